// Repairs of flattened scraped text that must happen before structure. Invented sentences.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { removePageCounters, removePageFooterLines, removePagePrefixes } from '../src/normalize/page-markers.js';
import { buildSections } from '../src/structure/index.js';

describe('page counters left inside the text', () => {
  it('removes a run of n/total counters, even inside words, keeping offsets', () => {
    const text = '1/5松林小学寒假工作计划。第一2/5周为家访周,家访比例不低于30%。3/5开学前完成4/5校舍检查。';
    const out = removePageCounters(text);
    expect(out.text).toBe('松林小学寒假工作计划。第一周为家访周,家访比例不低于30%。开学前完成校舍检查。');
    const at = out.text.indexOf('周为');
    expect(text.slice(out.map[at]!, out.map[at]! + 2)).toBe('周为');
  });
  it('keeps fractions, dates and short runs', () => {
    for (const text of ['1/3的学生和2/3的教师参加。', '2023/10/31发布,10/31起执行,11/30结束,12/31总结。', '完成1/2,再完成2/2。']) {
      expect(removePageCounters(text).text).toBe(text);
    }
  });
});

describe('page footer lines left inside the text', () => {
  it('removes a footer between sentences and mends a sentence it fell into, keeping offsets', () => {
    const text = '一、主要工作\n全年共检查教案\n第1页,共3页\n620本,作业1500本。\n- 2 -\n二、存在问题\n个别教师备课不够深入。\n共3页 第3页';
    const out = removePageFooterLines(text);
    expect(out.text).toBe('一、主要工作\n全年共检查教案620本,作业1500本。\n二、存在问题\n个别教师备课不够深入。');
    const at = out.text.indexOf('620本');
    expect(text.slice(out.map[at]!, out.map[at]! + 4)).toBe('620本');
  });
  it('does not glue a title to its repetition at the top of the next page', () => {
    expect(removePageFooterLines('青禾小学秋季教学计划\n第1页 共5页\n青禾小学秋季教学计划\n一、指导思想').text).toBe('青禾小学秋季教学计划\n青禾小学秋季教学计划\n一、指导思想');
  });
  it('keeps a sentence that only mentions pages', () => {
    const text = '每份作业不超过2页。\n第1页为封面,共3页的材料装订成册。';
    expect(removePageFooterLines(text).text).toBe(text);
  });
});

describe('page numbers a preview put before each page', () => {
  const page = (s: string) => s + '全校教师认真备课上课,每月开展一次教研活动,学生学业水平稳步提高,家长满意度不断提升'.repeat(4);
  it('removes a run of 1、 2、 3、 before long pages that end mid-word, and joins the word', () => {
    const text = `1、${page('青岭中学基本情况汇报')}学\n2、${page('校占地面积15260平方米')}茶叶基地1\n3、5亩,已全部投产。`;
    const out = removePagePrefixes(text);
    expect(out.text).not.toMatch(/\d、/);
    expect(out.text).toContain('学校占地面积15260平方米');
    expect(out.text).toContain('茶叶基地15亩');
    const at = out.text.indexOf('校占地');
    expect(text.slice(out.map[at]!, out.map[at]! + 3)).toBe('校占地');
  });
  it('keeps a numbered list, short or with long items that end with a stop', () => {
    for (const text of ['1、加强管理\n2、深化改革\n3、强化保障', `1、${page('加强管理')}。\n2、${page('深化改革')}。\n3、强化保障。`]) {
      expect(removePagePrefixes(text).text).toBe(text);
    }
  });
});

describe('whitespace of flattened text', () => {
  const body = '全体教师坚持以学生为本,认真上好每一节课,合格率达到95%。'.repeat(8);
  it('turns the spaces where line breaks were in a one-line article back into breaks', () => {
    const text = `一、指导思想 以新时代教育思想为指导。 ${body} 二、工作目标 合格率达到95%。 (一)加强管理 学校每月检查。`;
    const n = normalizeText(text).text;
    expect(n.split('\n').map((l) => l.slice(0, 6))).toEqual(['一、指导思想', '以新时代教育', '全体教师坚持', '二、工作目标', '合格率达到9', '(一)加强管', '学校每月检查']);
    expect(buildSections(n).map((s) => s.title)).toEqual(['指导思想', '工作目标', '加强管理']);
  });
  it('does not break inside a heading\'s bracketed note', () => {
    const text = `三、实施步骤 (一)动员阶段(2024年 3月1日—3月9日) 召开动员会,${body}`;
    expect(normalizeText(text).text.split('\n').slice(0, 3)).toEqual(['三、实施步骤', '(一)动员阶段(2024年3月1日—3月9日)', expect.stringMatching(/^召开动员会/)]);
  });
  it('keeps short lines on one line', () => {
    expect(normalizeText('一、指导思想 以新时代教育思想为指导。 二、工作目标').text).toBe('一、指导思想以新时代教育思想为指导。二、工作目标');
  });
  it('joins a number split by a thousands space, and only that', () => {
    expect(normalizeText('新建幼儿园1 122个,共176万平方米,2 083所学校。').text).toBe('新建幼儿园1122个,共176万平方米,2083所学校。');
    expect(normalizeText('2019 2020 学年 3.5 100').text).toBe('2019 2020学年3.5 100');
  });
});

describe('a megabyte of flattened text', () => {
  it('is normalized in one pass, spaces and counters included', () => {
    const piece = '全体教师坚持以学生为本 认真上好每一节课 合格率达到95%。 2 083所 ';
    const text = piece.repeat(Math.ceil(1_000_000 / piece.length));
    const out = normalizeText(text).text;
    expect(out.split('\n').length).toBeGreaterThan(10_000);
    expect(out).toContain('2083所');
  });
});

describe('a compilation flattened onto one line', () => {
  const filler = '全体教师认真落实各项工作要求,确保假期安全有序。'.repeat(6);
  const text = `小学寒假工作计划【精选2篇】下面是小编整理的范文。小学寒假工作计划【第一篇】根据上级通知,制定本计划。${filler}小学寒假工作计划【第二篇】为做好寒假工作,特制定本计划。${filler}`;
  it('gets its count and markers back on lines of their own, offsets kept', () => {
    const out = normalizeText(text);
    const lines = out.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('小学寒假工作计划【精选2篇】');
    expect(lines[1]).toBe('下面是小编整理的范文。');
    expect(lines[2]!.startsWith('小学寒假工作计划【第一篇】根据')).toBe(true);
    expect(lines[3]!.startsWith('小学寒假工作计划【第二篇】为做好')).toBe(true);
    const at = out.text.indexOf('小学寒假工作计划【第二篇】');
    expect(text.slice(out.map[at]!, out.map[at]! + 8)).toBe('小学寒假工作计划');
  });
  it('leaves short lines and ordinary sentences alone', () => {
    expect(normalizeText('小学寒假工作计划【第一篇】根据上级通知,制定本计划。').text).toBe('小学寒假工作计划【第一篇】根据上级通知,制定本计划。');
  });
});
