// Headings of scraped text that lost its line breaks: glued to their paragraphs, or a whole
// article on one line with the numbering as its only structure. Every text here is invented.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles, buildSections, splitSentences } from '../src/structure/index.js';

const titles = (text: string) => buildSections(normalizeText(text).text).map((s) => [s.level, s.title]);

describe('headings whose line break was lost', () => {
  it('keeps the standard section name alone when its paragraph is glued to it', () => {
    const text = '一、指导思想以新时代教育思想为指导,落实立德树人根本任务。二、工作目标通过两年努力,合格率达到95%。三、组织领导成立领导小组,校长任组长。四、活动时间2024年3月至6月。五、组织实施各处室分工负责,按月推进。';
    expect(titles(text)).toEqual([[1, '指导思想'], [1, '工作目标'], [1, '组织领导'], [1, '活动时间'], [1, '组织实施']]);
  });
  it('keeps a section name that goes on as a heading', () => {
    expect(titles('一、实施步骤与方法\n按三个阶段推进。\n二、组织领导小组及职责\n校长任组长。\n三、工作内容和措施\n略。')).toEqual([
      [1, '实施步骤与方法'], [1, '组织领导小组及职责'], [1, '工作内容和措施'],
    ]);
  });
  it('cuts a heading where a heading word meets the subject of a sentence', () => {
    expect(titles('(一)加强常规管理学校每月检查教案和作业。(二)强化教师队伍建设通过校本培训提升能力。')).toEqual([
      [2, '加强常规管理'], [2, '强化教师队伍建设'],
    ]);
  });
  it('finds the next heading of an open list glued to a paragraph without a stop', () => {
    const long = '全体教师要坚持以学生为本的理念深入钻研教材认真上好每一节课'.repeat(10);
    const text = `一、指导思想以新时代教育思想为指导${long}二、工作目标合格率达到95%三、主要措施(一)加强管理学校每月检查(二)深化改革通过培训提升能力`;
    expect(titles(text)).toEqual([[1, '指导思想'], [1, '工作目标'], [1, '主要措施'], [2, '加强管理'], [2, '深化改革']]);
  });
  it('ends a task heading (verb and object) where the glued sentence says when or who', () => {
    const text = '一、强化防溺水教育暑假前各班召开一次主题班会,发放告家长书。\n二、加强值班值守假期期间学校实行领导带班制度。\n三、做好校园卫生各班主任每天安排学生打扫包干区。\n四、规范课后服务学校统一安排教师值守。\n五、加强农村学校教师队伍建设\n学校每年培训教师两次。\n六、强化经费保障,推动城乡学校办学条件标准化\n略。';
    expect(titles(text)).toEqual([[1, '强化防溺水教育'], [1, '加强值班值守'], [1, '做好校园卫生'], [1, '规范课后服务'], [1, '加强农村学校教师队伍建设'], [1, '强化经费保障,推动城乡学校办学条件标准化']]);
  });
  it('breaks a one-line article after the colon that announces its list', () => {
    const text = `${'九溪小学对照评估标准逐项开展自查,形成了自查材料。'.repeat(8)}现将自查情况汇报如下: 一、基本情况 学校现有教学班12个。 二、存在问题 功能室不足。`;
    expect(titles(text)).toEqual([[1, '基本情况'], [1, '存在问题']]);
  });
  it('does not start headings at numerals inside words', () => {
    expect(titles('学校统一、规范管理,这二、三个问题要解决,达到95%1、2年级')).toEqual([]);
  });
  it('reads headings of text whose Chinese punctuation became ASCII', () => {
    expect(titles('一.指导思想:以新时代思想为指导.\n二.工作目标:合格率达到95%.\n(1)加强管理\n(2)深化改革')).toEqual([
      [1, '指导思想'], [1, '工作目标'], [2, '加强管理'], [2, '深化改革'],
    ]);
  });
});

describe('a megabyte on one line', () => {
  it('is split into headings and sentences in one pass', () => {
    const paragraph = '一、指导思想以新时代教育思想为指导,落实根本任务,合格率达到95%。二、工作目标通过两年努力提升质量。';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const [article] = buildArticles({ text, sourcePath: 'one-line.txt', script: 'hans' });
    expect(article!.text.length).toBe(text.length);
    expect(article!.sections[0]!.title).toBe('指导思想');
    expect(article!.sections.length).toBeGreaterThan(2);
    expect(article!.sentences.length).toBeGreaterThan(10_000);
  });
});

describe('full stops that became ASCII', () => {
  const text = '一.工作目标.学生体质健康合格率达到95%.二.主要措施.每天锻炼1小时,达标率提高2.5个百分点.';
  it('end headings and sentences, but not list numbers or decimals', () => {
    expect(titles(text)).toEqual([[1, '工作目标'], [1, '主要措施']]);
    const sentences = splitSentences(text, buildSections(text)).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['一.工作目标.', '学生体质健康合格率达到95%.', '二.主要措施.', '每天锻炼1小时,达标率提高2.5个百分点.']);
  });
});
