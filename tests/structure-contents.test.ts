// Rules for three classes of real pages (issue 13): a contents block before the text it lists,
// `1.1` decimal sub-headings of template documents, and review rounds (第一轮) as stages. Every text
// here is invented.
import { describe, expect, it } from 'vitest';
import { phasesExtractor } from '../extractors/phases/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

const articleOf = (lines: readonly string[]) => {
  const n = normalizeText(lines.join('\n'));
  return buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script })[0]!;
};
const headings = (lines: readonly string[]) => articleOf(lines).sections.map((s) => [s.level, s.title]);
const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };
const phases = (lines: readonly string[]) => phasesExtractor.extract(articleOf(lines), { segmenter }).records.map((r) => [r.name, r.start, r.end]);

describe('a contents block before the text', () => {
  const body = ['一、活动目标', '学生人均阅读量明显增加。', '二、活动内容', '开展好书推荐和读书交流会。', '三、活动要求', '各班主任认真组织。'];
  it('drops entries with page numbers, keeps the sections they list', () => {
    const toc = ['目录', '一、活动目标 1', '二、活动内容 2', '三、活动要求 3'];
    expect(headings(['沙河小学读书月活动方案', ...toc, ...body])).toEqual([[1, '活动目标'], [1, '活动内容'], [1, '活动要求']]);
  });
  it('drops entries with dot leaders and no caption', () => {
    const toc = ['一、活动目标…………1', '二、活动内容…………1', '三、活动要求…………2'];
    expect(headings(['沙河小学读书月活动方案', '为营造书香校园,制定本方案。', ...toc, ...body])).toEqual([[1, '活动目标'], [1, '活动内容'], [1, '活动要求']]);
  });
  it('keeps a run of empty headings that nothing repeats (a real outline)', () => {
    const outline = ['沙河小学读书月活动方案', '一、活动安排', '(一)启动仪式', '(二)班级读书会', '(三)成果展示', '各班按学校安排开展活动。'];
    expect(headings(outline)).toEqual([[1, '活动安排'], [2, '启动仪式'], [2, '班级读书会'], [2, '成果展示']]);
  });
  it('keeps the page title above a 目 录 caption', () => {
    const a = articleOf(['文档简介', '沙河小学读书月活动方案', '目 录', '一、活动目标 1', '二、活动内容 2', '三、活动要求 3', '沙河小学读书月活动方案', ...body]);
    expect(a.pageContext.title).toBe('沙河小学读书月活动方案');
  });
});

describe('decimal sub-headings', () => {
  it('1. over 1.1 over 1.1.1 are levels 1, 2 and 3', () => {
    const lines = ['某校作业管理方案', '1.管理目标', '1.1总量控制', '1.1.1书面作业时长', '一、二年级不布置书面作业。', '1.2质量提升', '提高作业设计水平。', '2.管理措施', '2.1公示制度', '每周公示作业。'];
    expect(headings(lines)).toEqual([[1, '管理目标'], [2, '总量控制'], [3, '书面作业时长'], [2, '质量提升'], [1, '管理措施'], [2, '公示制度']]);
  });
  it('1.1 under 一、 is level 2', () => {
    expect(headings(['某校方案', '一、工作目标', '1.1 阅读推广', '开展阅读活动。', '1.2 书法教育', '开设书法课。', '二、工作要求', '认真落实。'])).toEqual([[1, '工作目标'], [2, '阅读推广'], [2, '书法教育'], [1, '工作要求']]);
  });
  it('a decimal figure opening a line is no heading (1.5小时, 2.5%, 3.2万元)', () => {
    const lines = ['某校方案', '一、工作目标', '1.1 课后服务', '1.5小时的课后服务每天安排一次。', '2.5%的经费用于培训。', '3.2万元用于购书。', '1.2 社团活动', '每周开展一次。'];
    expect(headings(lines)).toEqual([[1, '工作目标'], [2, '课后服务'], [2, '社团活动']]);
  });
});

describe('review rounds as stages', () => {
  it('第一轮: lines are stages named without the ordinal, with the year carried over', () => {
    const lines = ['某中学中考备考方案', '一、复习安排', '第一轮:基础复习(2026年2月—3月)', '梳理教材。', '第二轮:专题训练(4月)', '专题复习。', '二、工作要求', '认真落实。'];
    expect(phases(lines)).toEqual([['基础复习', '2026-02', '2026-03'], ['专题训练', '2026-04', '2026-04']]);
    expect(headings(lines)).toEqual([[1, '复习安排'], [2, '基础复习(2026年2月—3月)'], [2, '专题训练(4月)'], [1, '工作要求']]);
  });
  it('第一步 and 第二步 count like 第一阶段', () => {
    const lines = ['某小学安全整治方案', '一、实施步骤', '(一)第一步:排查摸底(2025年3月)。全面排查。', '(二)第二步:集中整改(2025年4月—5月)。限期整改。', '二、工作要求', '认真落实。'];
    expect(phases(lines)).toEqual([['排查摸底', '2025-03', '2025-03'], ['集中整改', '2025-04', '2025-05']]);
  });
  it('a round dated at once is named by its ordinal; an undated round is a task, no stage', () => {
    const dated = ['某中学高考备考方案', '一、备考安排', '第一轮复习(2025年9月—12月):梳理教材,查漏补缺。', '第二轮复习(2026年1月—3月):专题训练。', '二、工作要求', '认真落实。'];
    expect(phases(dated)).toEqual([['第一轮复习', '2025-09', '2025-12'], ['第二轮复习', '2026-01', '2026-03']]);
    const undated = ['某中学方案', '一、实施步骤', '(一)准备阶段(2025年3月)', '第一轮督查由教导处组织。', '(二)实施阶段(2025年4月—6月)', '第二轮督查由校长室组织。', '二、工作要求', '认真落实。'];
    expect(phases(undated)).toEqual([['准备阶段', '2025-03', '2025-03'], ['实施阶段', '2025-04', '2025-06']]);
  });
  it('a round with its work on the same line is a list entry, no heading', () => {
    const lines = ['某中学中考备考方案', '一、复习安排', '第一轮:基础复习(2026年2月—3月),以课本为主,梳理知识体系。', '第二轮:专题训练(4月),突出重点难点。', '二、工作要求', '认真落实。'];
    expect(headings(lines)).toEqual([[1, '复习安排'], [1, '工作要求']]);
    expect(phases(lines)).toEqual([['基础复习', '2026-02', '2026-03'], ['专题训练', '2026-04', '2026-04']]);
  });
  it('a round in a sentence is no heading (第一轮检测)', () => {
    expect(headings(['某中学方案', '一、工作措施', '第一轮检测后召开质量分析会。', '二、工作要求', '认真落实。'])).toEqual([[1, '工作措施'], [1, '工作要求']]);
  });
});
