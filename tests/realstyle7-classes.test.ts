// The classes realstyle7's first run missed, on invented pages: a 范文 page of documents set one after
// another with only their titles between them, chapters (第一章) and capital numerals (壹、) over 一、, and
// rates per thousand (千分之三). Every text here is invented.
import { describe, expect, it } from 'vitest';
import { targetsExtractor } from '../extractors/targets/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };
const articlesOf = (text: string) => {
  const n = normalizeText(text);
  return buildArticles({ text: n.text, sourcePath: 'page.txt', script: n.script });
};
const body = (goal: string) => ['一、工作目标', goal, '二、主要措施', '教导处每月检查一次教案。', '三、保障措施', '学校成立领导小组。'].join('\n');

describe('a 范文 page of documents separated only by their titles', () => {
  const DOCS = ['青石镇中心小学2025年春季学期教学工作计划', body('学生学业水平合格率达到95%以上。'), '青石镇中心小学', '2025年2月20日', '', '初中数学教研组2024学年第二学期工作总结', body('全组教师均上了一节公开课。'), '', '南溪县第二中学2025年德育工作计划', body('学生行为规范达标率达到98%。')];

  it('gives one article a title, each opening with its own', () => {
    const page = ['好范文网 > 工作计划 > 教学工作计划', '2025年学校教学工作计划与总结范文', '导读:下面是小编为大家整理的工作计划和总结,仅供参考。', '', ...DOCS].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.text.split('\n')[0])).toEqual(['青石镇中心小学2025年春季学期教学工作计划', '初中数学教研组2024学年第二学期工作总结', '南溪县第二中学2025年德育工作计划']);
  });

  it('leaves a school’s own page of a plan and its attached rules as one article', () => {
    const page = ['南溪县第二中学2025年德育工作计划', body('学生行为规范达标率达到98%。'), '附件:', '南溪县第二中学学生行为规范考核细则', body('每月考核一次。')].join('\n');
    expect(articlesOf(page)).toHaveLength(1);
  });
});

describe('chapters and capital numerals over 一、', () => {
  const levels = (text: string) => articlesOf(text)[0]!.sections.map((s) => [s.level, s.title]);

  it('a rules page in chapters: the chapters are level 1, its numbered articles no headings', () => {
    const page = ['某校作业管理实施细则', '第一章 总则', '第一条 为减轻学生过重作业负担,制定本细则。', '第二章 作业设计', '第二条 各学科每周至少设计一次分层作业。', '第三章 附则', '第三条 本细则自发布之日起施行。'].join('\n');
    expect(levels(page)).toEqual([[1, '总则'], [1, '作业设计'], [1, '附则']]);
  });

  it('壹、 sections are level 1 and the 一、 items under them level 2, in traditional script too', () => {
    const page = ['某國民小學校務發展計畫', '壹、計畫依據', '依據教育相關法令辦理。', '貳、發展目標', '一、提升學習成效', '學生閱讀達標率達到九成。', '二、精進教師專業', '教師參加研習每年不少於18小時。', '參、實施期程', '自114學年度起實施。'].join('\n');
    expect(levels(page)).toEqual([[1, '计划依据'], [1, '发展目标'], [2, '提升学习成效'], [2, '精进教师专业'], [1, '实施期程']]);
  });
});

describe('rates per thousand', () => {
  it('千分之三 is 0.3%, with the comparator its verb gives', () => {
    const n = normalizeText('某校方案\n一、工作目标\n学生辍学率控制在千分之三以内,近视率每年下降千分之五。');
    const article = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script })[0]!;
    const found = targetsExtractor.extract(article, { segmenter }).records.map((r) => [r.value, r.unit, r.comparator]);
    expect(found).toEqual([[0.3, '%', 'le'], [0.5, '%', 'decrease']]);
  });
});
