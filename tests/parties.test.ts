import { describe, expect, it } from 'vitest';
import type { Article, AssignmentRecord, PartyRecord } from '../src/types.js';
import { partiesExtractor } from '../extractors/parties/index.js';
import { looksLikeName, splitRunTogetherNames } from '../extractors/parties/names.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

function article(text: string): Article {
  return { id: 't#1', sourcePath: 't.txt', index: 1, text, offsetInFile: 0, script: 'hans', sections: [], sentences: [], pageContext: { title: null, date: null, compilation: false }, messages: [] };
}
function extract(text: string) {
  const records = partiesExtractor.extract(article(text), { segmenter }).records;
  const parties = records.filter((r): r is PartyRecord => r.type === 'party');
  const assignments = records.filter((r): r is AssignmentRecord => r.type === 'assignment');
  return { parties, assignments, byName: new Map(parties.map((p) => [p.name, p])) };
}

describe('names', () => {
  it('tells personal names from roles and phrases', () => {
    expect(looksLikeName('周建华')).toBe(true);
    expect(looksLikeName('欧阳明')).toBe(true);
    expect(looksLikeName('王老师')).toBe(false);
    expect(looksLikeName('成立以')).toBe(false);
  });
  it('splits names that scraping ran together', () => {
    expect(splitRunTogetherNames('刘海波孙丽何晓东郑文华')).toEqual(['刘海波', '孙丽', '何晓东', '郑文华']);
    expect(splitRunTogetherNames('提高质量')).toBeNull();
  });
});

describe('partiesExtractor: rosters', () => {
  const text =
    '一、组织领导\n学校成立课堂教学改革工作领导小组,组成人员如下:\n组长:周建华\n副组长:孙丽、何晓东\n成员:刘海波郑文华吴国庆及教务处其他成员,各班主任\n领导小组设办公室,林静任办公室主任。\n领导小组下设3个工作组:1.课程建设组\n组长:陈志强\n成员:赵敏、钱伟';
  const { byName } = extract(text);
  it('records each named person with the roster label and the group it belongs to', () => {
    expect(byName.get('周建华')).toMatchObject({ kind: 'person', role: '组长', group: '课堂教学改革工作领导小组' });
    expect(byName.get('何晓东')).toMatchObject({ kind: 'person', role: '副组长' });
    expect(byName.get('吴国庆')).toMatchObject({ kind: 'person', role: '成员', group: '课堂教学改革工作领导小组' });
    expect(byName.get('林静')).toMatchObject({ kind: 'person', role: '办公室主任' });
    expect(byName.get('钱伟')).toMatchObject({ kind: 'person', role: '成员', group: '课程建设组' });
  });
  it('records the groups, and units and positions listed as members', () => {
    expect(byName.get('课堂教学改革工作领导小组')?.kind).toBe('group');
    expect(byName.get('课程建设组')?.kind).toBe('group');
    expect(byName.get('教务处')?.kind).toBe('org');
    expect(byName.get('班主任')?.kind).toBe('role');
  });
  it('does not record the numbered 工作组 count or the bare short form as a party', () => {
    expect(byName.has('3个工作组')).toBe(false);
    expect(byName.has('领导小组')).toBe(false);
  });
});

describe('partiesExtractor: actors in sentences', () => {
  it('keeps units and positions that act and drops cited or generic ones', () => {
    const text = '教导处要定期检查教案。由政教处牵头组织班会。按照县教育局的要求,学校制定方案。根据《市教育局关于教学常规的意见》执行。班主任负责家访工作。全体教师、学生和家长积极参与。';
    const { byName } = extract(text);
    expect(byName.get('教导处')?.kind).toBe('org');
    expect(byName.get('政教处')?.kind).toBe('org');
    expect(byName.get('班主任')?.kind).toBe('role');
    expect(byName.has('县教育局')).toBe(false);
    expect(byName.has('市教育局')).toBe(false);
    for (const generic of ['学校', '全体教师', '学生', '家长']) expect(byName.has(generic)).toBe(false);
  });
  it('leaves positions that are only described or counted', () => {
    const { byName } = extract('加强班主任队伍建设。现有骨干教师12人。帮助任课教师分析学情。');
    expect([...byName.keys()]).toEqual([]);
  });
  it('reads a group set up with its leader and members', () => {
    const { byName } = extract('成立以分管副校长为组长、教研组长和骨干教师组成的课改指导小组,负责课堂改革。');
    expect(byName.get('课改指导小组')?.kind).toBe('group');
    expect(byName.get('分管副校长')).toMatchObject({ kind: 'role', group: '课改指导小组' });
    expect(byName.get('骨干教师')?.kind).toBe('role');
  });
  it('leaves out kinds of staff only exhorted in running text; one given a duty of its own is a role', () => {
    const { byName } = extract('骨干教师要发挥示范引领作用,任课教师负责批改作业,班主任负责家校联系。');
    expect(byName.has('骨干教师')).toBe(false);
    expect(byName.get('任课教师')?.kind).toBe('role');
    expect(byName.get('班主任')?.kind).toBe('role');
  });
});

describe('partiesExtractor: assignments', () => {
  it('charges a group with each task block under it, deadline = end of the 落实时间 range', () => {
    const text = '2.校舍安全组\n组长:陈志强\n工作任务和职责:排查校舍隐患。\n落实时间:2019年3月-2019年6月\n工作任务和职责:完善消防设施。\n落实时间:2019年9月';
    const { assignments } = extract(text);
    expect(assignments.map((a) => [a.party, a.task, a.deadline])).toEqual([
      ['校舍安全组', '排查校舍隐患。', '2019-06'],
      ['校舍安全组', '完善消防设施。', '2019-09'],
    ]);
    for (const a of assignments) expect(text.slice(a.evidence.span.start, a.evidence.span.end)).toBe(a.evidence.quote);
  });
  it('reads a responsibility table: one assignment per party of each row', () => {
    const text = '序号\t工作任务\t责任单位\t完成时限\n1\t修订教学常规\t教务处、教研组\t2020年9月底\n2\t开展家长学校活动\t政教处\t2020年10月-12月';
    const { assignments, byName } = extract(text);
    expect(assignments.map((a) => [a.party, a.task, a.deadline])).toEqual([
      ['教务处', '修订教学常规', '2020-09'],
      ['教研组', '修订教学常规', '2020-09'],
      ['政教处', '开展家长学校活动', '2020-12'],
    ]);
    expect(byName.get('政教处')?.kind).toBe('org');
  });
  it('charges the actor of 负责 with the rest of its clause', () => {
    const { assignments } = extract('大队部负责组织升旗仪式和主题队会。');
    expect(assignments).toHaveLength(1);
    expect(assignments[0]).toMatchObject({ party: '大队部', task: '组织升旗仪式和主题队会', deadline: null });
  });
});
