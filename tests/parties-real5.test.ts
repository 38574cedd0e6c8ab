// Parties: the classes the fifth round took up (bodies set up with 设 and the posts they seat, the issuer that
// sets up its own group, bureaus named by their field alone, service units in member lists, an office post held
// by 由…兼任, and titles or staff only described). Every sentence is invented (fictional places and people) and
// differs from the dev fixtures; each class has near-misses that must stay out.
import { describe, expect, it } from 'vitest';
import { extractParties as extract } from './helpers/parties-extract.js';

describe('bodies a plan sets up with 设, and the posts they seat', () => {
  it('a council set up in a group is a group, the posts seated in it roles with that group', () => {
    const { byName } = extract('某区学区化办学方案\n二、治理结构\n每个教育集团设理事会，牵头校校长任理事长，分校校长任副理事长。\n集团设课程指导中心，负责课程统筹。\n各集团联合组建教研联盟，联盟设秘书处，负责资料汇总。');
    expect(byName.get('理事会')?.kind).toBe('group');
    expect(byName.get('牵头校校长')).toMatchObject({ kind: 'role', role: '理事长', group: '理事会' });
    expect(byName.get('分校校长')).toMatchObject({ kind: 'role', role: '副理事长', group: '理事会' });
    expect(byName.get('课程指导中心')?.kind).toBe('org');
    expect(byName.get('教研联盟')?.kind).toBe('group');
    expect(byName.get('秘书处')?.kind).toBe('org');
  });

  it('a body named in a document title, or each of a kind, is not set up by the plan', () => {
    const { names } = extract('某县方案\n依据《关于设立县域教育发展联盟的通知》精神，制定本方案。\n各集团设立的各类中心要按时报送材料。');
    expect(names.filter((n) => /联盟|中心/.test(n))).toEqual([]);
  });
});

describe('the issuer that sets up its own group', () => {
  it('a bureau signing the plan and setting up the group that runs it is a party', () => {
    const { byName } = extract('某县学前教育普及方案\n一、组织领导\n县教育局成立以局长为组长的学前教育普惠工作领导小组，统筹推进各项工作。\n二、要求\n各园要按时报送材料。\n桐溪县教育局\n2025年4月1日');
    expect(byName.get('县教育局')?.kind).toBe('org');
    expect(byName.get('学前教育普惠工作领导小组')?.kind).toBe('group');
  });

  it('a higher body setting up a group, signing nothing, stays background', () => {
    const { names } = extract('某校方案\n一、背景\n县政府成立了县域教育改革领导小组，我校积极响应。\n二、措施\n教务处负责课程安排。\n桐溪县第二小学\n2025年4月1日');
    expect(names).not.toContain('县政府');
    expect(names).toContain('教务处');
  });
});

describe('bureaus named by their field alone', () => {
  it('a short name charged at a clause head is a unit; it is the bureau where the full name appears too', () => {
    const a = extract('某区方案\n三、保障\n区财政要足额安排项目资金。区人社负责落实岗位设置。');
    expect(a.byName.get('区财政')?.kind).toBe('org');
    expect(a.byName.get('区人社')?.kind).toBe('org');
    const b = extract('某县方案\n一、成员单位\n县财政局、县民政局为成员单位。\n二、分工\n县财政：负责经费保障。');
    expect(b.names).toContain('县财政局');
    expect(b.names).not.toContain('县财政');
  });

  it('the field word in a phrase (县财政投入, 市财政补助资金) is no body, nor a plan a news item reports (区财政将安排)', () => {
    const { names } = extract('某县方案\n一、现状\n近三年县财政投入教育经费逐年增长，争取市财政补助资金。据悉，今年区财政将安排奖补资金。');
    expect(names.filter((n) => /财政/.test(n))).toEqual([]);
  });
});

describe('member lists', () => {
  it('a county centre or station listed with bureaus is a unit, and every member of 为成员单位', () => {
    const { byName, names } = extract('某县方案\n一、组织机构\n成立县校园安全工作领导小组。\n县公安局、县应急管理局、县教育技术装备中心、县气象站负责人为成员。\n县消防救援大队、县卫生健康局、县文化和旅游局为成员单位。');
    for (const n of ['县公安局', '县应急管理局', '县教育技术装备中心', '县气象站', '县卫生健康局', '县文化和旅游局']) expect(byName.get(n)?.kind, n).toBe('org');
    expect(names.filter((n) => /负责人$/.test(n))).toEqual([]);
  });
});

describe('an office post held by 由…兼任', () => {
  it('the holder is the person with the office role; the posts are no roles of their own', () => {
    const { byName, names } = extract('某县方案\n一、组织领导\n成立县课后服务工作领导小组，领导小组下设办公室，办公室主任由县教育局副局长吕某某兼任。');
    expect(byName.get('吕某某')).toMatchObject({ kind: 'person', role: '办公室主任' });
    expect(names).not.toContain('办公室主任');
    expect(names).not.toContain('副局长');
    expect(names).toContain('领导小组办公室');
  });
});

describe('titles and staff only described', () => {
  it('a speaker at a meeting is no party; teachers counted are a population', () => {
    const { names } = extract('某县方案\n一、现状\n全县现有美术教师、音乐教师共计120人。\n二、要求\n县委副书记在推进会上强调，要高度重视。');
    expect(names).not.toContain('美术教师');
    expect(names).not.toContain('音乐教师');
    expect(names.filter((n) => /书记/.test(n))).toEqual([]);
  });

  it('a subject teacher given a duty stays a role', () => {
    const { byName } = extract('某校方案\n三、措施\n1.美术教师负责组织校园书画展。');
    expect(byName.get('美术教师')?.kind).toBe('role');
  });
});

describe('government cut from a heading', () => {
  it('政府 with no level, opening a principle or heading, is no party; a level named and charged is', () => {
    const { names } = extract('某县方案\n二、基本原则\n（一）政府主导，部门协同。\n三、政府统筹，加大投入\n县人民政府要将创建经费纳入预算。\n1.政府主导。将创建工作纳入考核。');
    expect(names).not.toContain('政府');
    expect(names).toContain('县人民政府');
  });
});

describe('a group name holding 及', () => {
  it('普及 inside the name does not cut it; 及 joining two groups still does', () => {
    const a = extract('某县方案\n一、组织领导\n成立县特殊教育普及工作领导小组，统筹推进。');
    expect(a.names).toContain('县特殊教育普及工作领导小组');
    const b = extract('某校方案\n一、组织领导\n成立安全工作领导小组及后勤保障工作小组，分别负责。');
    expect(b.names).toEqual(expect.arrayContaining(['安全工作领导小组', '后勤保障工作小组']));
  });
});

describe('standing units named the way school plans name them (realstyle5 party classes)', () => {
  it('a subject panel named in full is a unit, and its short form later is the same one', () => {
    const { byName, names } = extract('某小学读书节方案\n三、分工\n数学教研组负责口算比赛,大队部负责读书节的组织。\n四、要求\n教研组要及时总结。');
    expect(byName.get('数学教研组')?.kind).toBe('org');
    expect(byName.get('大队部')?.kind).toBe('org');
    expect(names).not.toContain('教研组');
  });

  it('the heads of units a roster lists stand for their units; a kind of unit stays a post', () => {
    const { byName } = extract('某校劳动教育方案\n一、组织领导\n学校成立劳动教育领导小组。\n组长:校长\n成员:政教处、总务处、少先队大队部负责人及各班班主任');
    expect(byName.get('少先队大队部')).toMatchObject({ kind: 'org' });
    // the same list seated in running text, or composing the group being set up
    const seated = extract('某校方案\n一、组织领导\n学校成立安全工作领导小组,校长任组长,政教处、总务处、少先队大队部负责人为成员。');
    expect(seated.byName.get('少先队大队部')).toMatchObject({ kind: 'org' });
    expect(seated.names).not.toContain('少先队大队部负责人');
    const composed = extract('某校方案\n一、组织领导\n成立由校长任组长,政教处、教导处、总务处、少先队大队部负责人组成的安全工作领导小组。');
    expect(composed.names).toEqual(expect.arrayContaining(['政教处', '少先队大队部']));
    expect(composed.names).not.toContain('少先队大队部负责人');
    // alone, the head of a unit charged in running text is still a post
    expect(extract('某校方案\n三、职责\n政教处负责人负责每日巡查。').byName.get('政教处负责人')?.kind).toBe('role');
    const county = extract('某县方案\n成立工作领导小组,局长任组长,各股室负责人为成员。');
    expect(county.byName.get('股室负责人')?.kind).toBe('role');
  });

  it('a body convened for a meeting is no party the plan sets up; one it sets up still is', () => {
    const convened = extract('某幼儿园自评报告\n三、家园共育\n我园每学期召开家长委员会会议两次,听取意见。');
    expect(convened.names.filter((n) => n.includes('委员会'))).toEqual([]);
    const setUp = extract('某校方案\n一、组织领导\n成立课后服务工作小组,每月召开一次会议。');
    expect(setUp.byName.get('课后服务工作小组')?.kind).toBe('group');
  });
});

describe('a duty line naming its holder before the colon', () => {
  it('the person is the party with the post as role; a unit whose head is bracketed is one too', () => {
    const { byName, names } = extract('某县方案\n五、职责分工\n县教育局局长顾长林:对全县工作负总责。\n县教育局分管副局长柯明远:具体组织实施。\n人事股(股长任晓峰):负责教师调配工作。\n县教研中心(主任宁静怡):负责教学指导。');
    expect(byName.get('顾长林')).toMatchObject({ kind: 'person', role: '局长' });
    expect(byName.get('柯明远')).toMatchObject({ kind: 'person', role: '分管副局长' });
    expect(byName.get('任晓峰')).toMatchObject({ kind: 'person', role: '股长' });
    expect(byName.get('人事股')?.kind).toBe('org');
    expect(byName.get('县教研中心')?.kind).toBe('org');
    expect(names).not.toContain('局长');
  });

  it('a post alone before the colon stays a post', () => {
    expect(extract('某校方案\n三、职责\n教导主任:负责教学常规检查。').byName.get('教导主任')?.kind).toBe('role');
  });
});
