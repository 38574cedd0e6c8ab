import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles, buildSections, splitSentences } from '../src/structure/index.js';

const COMPILATION = [
  '当前位置:首页>范文>工作总结',
  '学校质量提升工作总结(精选2篇)',
  '2023-06-18',
  '学校质量提升工作总结 第1篇',
  '城南小学质量提升工作总结',
  '一、主要做法',
  '我校狠抓常规管理,合格率达到95%。',
  '学校质量提升工作总结 第2篇',
  '一、基本情况',
  '全校共有教师48名。',
  '上一篇:安全工作计划',
  '右侧悬浮广告',
  '下一篇:读书活动方案',
  '网站备案号:京ICP备00000000号',
].join('\n');

describe('buildArticles: compilation pages', () => {
  const articles = buildArticles({ text: COMPILATION, sourcePath: '/in/007_abc.def.html', script: 'hans' });

  it('splits at 第N篇 markers and numbers ids from the file name up to its first dot', () => {
    expect(articles.map((a) => a.id)).toEqual(['007_abc#1', '007_abc#2']);
  });
  it('keeps the article title line and drops the marker line and the chrome', () => {
    expect(articles[0]!.text.startsWith('城南小学质量提升工作总结\n一、主要做法')).toBe(true);
    expect(articles[1]!.text).toBe('一、基本情况\n全校共有教师48名。');
    expect(articles.some((a) => a.text.includes('上一篇') || a.text.includes('当前位置'))).toBe(false);
  });
  it('places each article in the file text and records the page', () => {
    for (const a of articles) expect(COMPILATION.slice(a.offsetInFile, a.offsetInFile + a.text.length)).toBe(a.text);
    // the words before the marker on its line are kept for the title finder, which tells whether they are the article's
    expect(articles[0]!.pageContext).toEqual({ title: '学校质量提升工作总结', date: '2023-06-18', compilation: true, markerHeading: '学校质量提升工作总结' });
  });
});

describe('buildArticles: 第一篇: markers and single pages', () => {
  it('keeps the title after 第一篇: and drops the blurb before it', () => {
    const text = [
      '推进均衡发展工作措施(共2篇)',
      '简介:小编为你整理了多篇相关的《推进均衡发展工作措施》。',
      '第一篇:东风中学推进均衡发展工作措施',
      '一、强化经费保障',
      '第二篇:西山小学推进均衡发展工作措施',
      '一、优化资源配置',
      '下载推进均衡发展工作措施(共2篇)word格式文档',
    ].join('\n');
    const articles = buildArticles({ text, sourcePath: 'x.txt', script: 'hans' });
    expect(articles.map((a) => a.text.split('\n')[0])).toEqual(['东风中学推进均衡发展工作措施', '西山小学推进均衡发展工作措施']);
    expect(articles[1]!.text.includes('下载')).toBe(false);
  });
  it('treats a page without markers as one article after its header chrome', () => {
    const text = ['联系电话:010-12345678', '当前位置:首页>新闻', '北关小学教学质量提升方案', '所属分类:新闻 阅读次数:120 发布时间:2015-09-01', '北关小学教学质量提升方案', '一、指导思想', '以提高质量为核心。', 'Copyright © 2024'].join('\n');
    const [article, ...rest] = buildArticles({ text, sourcePath: 'a/b/012_ff.txt', script: 'hans' });
    expect(rest).toHaveLength(0);
    expect(article!.id).toBe('012_ff#1');
    expect(article!.text).toBe('北关小学教学质量提升方案\n一、指导思想\n以提高质量为核心。');
    expect(article!.pageContext).toEqual({ title: '北关小学教学质量提升方案', date: '2015-09-01', compilation: false });
  });
  it('keeps a short plan whole when its signature date falls within the header window', () => {
    const text = ['南坪小学作业管理实施方案', '为减轻学生负担,制定本方案。', '一、工作目标', '作业完成率达到95%。', '南坪小学', '2023年9月1日'].join('\n');
    const [article] = buildArticles({ text, sourcePath: 'nanping.txt', script: 'hans' });
    expect(article!.text).toBe(text);
    expect(article!.pageContext.date).toBeNull();
  });
});

describe('buildSections', () => {
  const titles = (text: string) => buildSections(text).map((s) => [s.level, s.title]);

  it('ranks each numbering style and strips the numbering', () => {
    const text = '一、指导思想\n坚持质量为本。\n二、主要措施\n(一)加强管理。\n1.完善制度\n(1)建立台账\n①按月检查\n(二)、强化教研';
    expect(titles(text)).toEqual([
      [1, '指导思想'], [1, '主要措施'], [2, '加强管理'], [3, '完善制度'], [4, '建立台账'], [5, '按月检查'], [2, '强化教研'],
    ]);
    const sections = buildSections(text);
    expect(sections[3]!.path).toEqual(['主要措施', '加强管理', '完善制度']);
    expect(sections[2]!.numbering).toBe('(一)');
    expect(text.slice(sections[1]!.body.start, sections[1]!.body.end).startsWith('二、主要措施')).toBe(true);
    expect(sections[1]!.body.end).toBe(text.length);
  });
  it('keeps (一) at level 2 when an article starts there, and closes gaps below the top style', () => {
    expect(titles('(一)加强师资建设\n1、开展培训\n(二)改革课堂')).toEqual([[2, '加强师资建设'], [3, '开展培训'], [2, '改革课堂']]);
    expect(titles('一、研究背景\n1.问题提出\n2.研究意义\n二、结论')).toEqual([[1, '研究背景'], [2, '问题提出'], [2, '研究意义'], [1, '结论']]);
  });
  it('cuts run-on headings at a stop, a colon or the next numbering', () => {
    expect(titles('一、工作目标:全面提高质量。\n(一)抓实常规管理。学校常规工作以严为原则。')).toEqual([[1, '工作目标'], [2, '抓实常规管理']]);
    expect(titles('三、活动安排(一)启动阶段(2019年3月1日—3月20日)1、召开动员会。')).toEqual([
      [1, '活动安排'], [2, '启动阶段(2019年3月1日—3月20日)'], [3, '召开动员会'],
    ]);
  });
  it('cuts headings glued to their paragraph in text printed without line breaks', () => {
    const body = '全面贯彻教育方针,坚持立德树人,推进素质教育,促进学生全面发展,办人民满意的教育。'.repeat(6);
    const text = `为提高质量,制定本方案。一、指导思想${body}二、工作目标通过三年努力,使教学质量显著提升。${body}`;
    expect(titles(text)).toEqual([[1, '指导思想'], [1, '工作目标']]);
  });
  it('ignores numbers inside sentences, dates and enumerations', () => {
    expect(titles('学校提出“七个提升”,实现1、2年级全覆盖。\n2015.9.1\n一、二年级开展识字活动。\n第一,要提高认识。')).toEqual([]);
    expect(titles('比率达到12.5%,3、4月完成。')).toEqual([]);
  });
  it('drops long sentences in a list but keeps a long item among short headings', () => {
    const long = '认真贯彻落实各项法律法规,依法保障适龄儿童按时接受义务教育,会同村组干部千方百计帮助困难学生克服困难,区域内适龄儿童都能按时入学';
    expect(titles(`一、措施\n1.${long}。\n2.${long}。`)).toEqual([[1, '措施']]);
    expect(titles(`一、措施\n1.${long}。\n2.抓好安全稳定。\n3.加强教学管理。`).map((t) => t[1])).toEqual(['措施', long, '抓好安全稳定', '加强教学管理']);
  });
});

describe('splitSentences', () => {
  it('splits a heading glued to its paragraph from it', () => {
    const text = '一、工作目标通过三年努力,质量显著提升。';
    const sections = buildSections(text.repeat(1));
    expect(sections).toHaveLength(1);
    const sentences = splitSentences(text, [{ ...sections[0]!, heading: { start: 0, end: 6 } }]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['一、工作目标', '通过三年努力,质量显著提升。']);
  });
  it('splits at stops and line breaks, heading lines apart, with their section path', () => {
    const text = '一、目标\n优秀率不低于50%;合格率达到98%。\n(一)措施加强管理。';
    const sections = buildSections(text);
    const sentences = splitSentences(text, sections);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['一、目标', '优秀率不低于50%;', '合格率达到98%。', '(一)措施加强管理。']);
    expect(sentences[3]!.sectionPath).toEqual(['目标', '措施加强管理']);
    expect(sentences[1]!.sectionPath).toEqual(['目标']);
  });
});

const SEEDS = '/work/shared/seeds/txt';
describe.runIf(existsSync(SEEDS))('seed pages', () => {
  it('split into the 14 known articles', () => {
    const counts = readdirSync(SEEDS).sort().map((f) => {
      const n = normalizeText(readFileSync(`${SEEDS}/${f}`, 'utf8'));
      return buildArticles({ text: n.text, sourcePath: f, script: n.script }).length;
    });
    expect(counts).toEqual([1, 6, 1, 1, 5]);
  });
});
