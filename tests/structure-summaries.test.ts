// Headings of real-style pages, issue 13: stage headings closed by `.` after their dated bracket,
// numbered lists of figures in 范文 summaries and plans (body, not headings), and the section titles
// of summaries and self-check reports, numbered or not, standing alone or glued to their paragraph.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

function headings(lines: readonly string[]): [number, string][] {
  const n = normalizeText(lines.join('\n'));
  const [article] = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script });
  return article!.sections.filter((s) => s.level <= 2).map((s) => [s.level, s.title]);
}

describe('a stage heading whose dated bracket is closed by an ASCII full stop', () => {
  it.each(['.', '。', ':'])('ends at the bracket before "%s" with the body on the same line', (stop) => {
    const found = headings(['某校读书节方案', '二、实施步骤', `1.宣传发动阶段(2024年9月)${stop}召开教职工大会和家长会,解读活动要求,签订承诺书。`, `2.落实整改阶段(2024年10月—12月)${stop}各年级制定作业公示制度,开展读物排查。`]);
    expect(found).toEqual([[1, '实施步骤'], [2, '宣传发动阶段(2024年9月)'], [2, '落实整改阶段(2024年10月—12月)']]);
  });
  it('leaves a dot after a list number in brackets to the numbering, and a decimal alone', () => {
    const found = headings(['某校方案', '一、工作目标', '(1).加强领导', '学校成立领导小组。', '(2).落实责任', '生均经费(元)达到1200.5元,每月检查一次。']);
    expect(found).toEqual([[1, '工作目标'], [2, '加强领导'], [2, '落实责任']]);
  });
});

describe('numbered lists that state figures are body text, not headings', () => {
  const summary = (items: readonly string[]) => ['某小学体育工作总结', '一、主要成绩', ...items, '二、主要做法', '1、落实课时,开足开齐体育课', '学校严格执行课程计划。', '2、抓实大课间,保证活动时间', '大课间由体育组统一编排。'];
  it('drops a list of results with figures, keeps the topic headings of the next list', () => {
    const found = headings(summary(['1、全校学生体质健康达标率达到95.3%,优秀率提高到25%。', '2、学校田径队获团体总分第一名,6名队员获单项冠军。', '3、开展大课间活动180天,学生出勤率达到98%以上。']));
    expect(found).toEqual([[1, '主要成绩'], [1, '主要做法'], [2, '落实课时,开足开齐体育课'], [2, '抓实大课间,保证活动时间']]);
  });
  it('drops the whole list when most of its items state figures', () => {
    const found = headings(summary(['1.开展阳光体育活动12次,参与学生860人次。', '2.组织教师参加市级培训,交流教学经验。', '3.上公开课8节,评选优质课3节。']));
    expect(found.filter(([level]) => level === 2).map(([, t]) => t)).toEqual(['落实课时,开足开齐体育课', '抓实大课间,保证活动时间']);
  });
  it('keeps sentence-like headings without figures, and headings whose figures sit in a bracket', () => {
    expect(headings(['某中学工作总结', '(一)坚持五育并举,促进全面发展', '学校开设了武术特色课程。', '(二)强化常规管理,教学质量稳步提升', '学校每月检查一次教案。'])).toEqual([[2, '坚持五育并举,促进全面发展'], [2, '强化常规管理,教学质量稳步提升']]);
    expect(headings(['某园自评报告', '一、各项指标自评情况', '(一)办学方向(满分20分,自评19分)', '我园坚持正确办园方向。', '(二)保育教育(满分30分,自评27分)', '我园科学制定一日作息。'])).toEqual([[1, '各项指标自评情况'], [2, '办学方向(满分20分,自评19分)'], [2, '保育教育(满分30分,自评27分)']]);
  });
  it('keeps a list where only one item of several carries a figure', () => {
    const found = headings(['某校计划', '一、主要措施', '1.加强组织领导', '校长任组长。', '2.落实课后服务,每周不少于5课时', '各年级统一安排。', '3.完善评价机制', '纳入考核。']);
    expect(found.map(([, t]) => t)).toEqual(['主要措施', '加强组织领导', '落实课后服务,每周不少于5课时', '完善评价机制']);
  });
});
