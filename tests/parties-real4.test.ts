// Parties: the classes the fourth round took up (units the lexicon lacked, bureau lists, rosters seating posts,
// staff kinds given plain duties, and bodies that only report). Every sentence is invented (fictional places
// and people) and differs from the dev fixtures; each class has near-misses that must stay out.
import { describe, expect, it } from 'vitest';
import { extractParties as extract } from './helpers/parties-extract.js';

describe('units the lexicon lacked, given tasks', () => {
  it('hospital sections charged at a clause head are units; the hospital as a place is not', () => {
    const { byName, names } = extract('某院方案\n二、分工\n1.感控科负责每周环境卫生学监测。\n2.后勤部要定期检修电梯。\n3.病案科每月抽查归档病历。\n三、要求\n患者到医院复诊须预约。');
    expect(byName.get('感控科')?.kind).toBe('org');
    expect(byName.get('后勤部')?.kind).toBe('org');
    expect(byName.get('病案科')?.kind).toBe('org');
    expect(names).not.toContain('医院');
  });

  it('units a table cell or a label listed with spaces normalization dropped are each a party', () => {
    const { names } = extract('某院方案\n二、任务\n序号\t任务\t责任科室\n1\t病历质控\t医务科 病案科\n三、要求\n2.规范用药(责任科室:药剂科 门诊部)');
    expect(names).toEqual(expect.arrayContaining(['医务科', '病案科', '药剂科', '门诊部']));
    expect(names.filter((n) => n.length > 4)).toEqual([]);
  });

  it('a school panel in a 负责人 column is a unit, its subject head a post (traditional script too)', () => {
    const { byName } = extract('某小學周年計劃\n目標\t策略\t時間表\t負責人\n培養自律\t班級經營\t全學年\t訓導組\n擴闊視野\t參觀活動\t下學期\t課外活動組、中文科主任\n');
    expect(byName.get('训导组')?.kind).toBe('org');
    expect(byName.get('课外活动组')?.kind).toBe('org');
    expect(byName.get('中文科主任')?.kind).toBe('role');
  });

  it('a 负责人 label after its strategy names the panels and posts charged; one opening a line names a contact', () => {
    const { byName, names } = extract('某中学发展计划\n策略一：推行午间阅读，负责人：图书组、语文发展组\n策略二：推行每日一练，负责人：体育科主任\n负责人：龚立民 电话：12345678\n');
    expect(byName.get('语文发展组')?.kind).toBe('org');
    expect(byName.get('体育科主任')?.kind).toBe('role');
    expect(names).not.toContain('龚立民');
  });

  it('a kindergarten department charged at a clause head is a unit', () => {
    const { byName } = extract('某园计划\n二、分工\n1.保教部负责制定半日活动评价细则。');
    expect(byName.get('保教部')?.kind).toBe('org');
  });

  it('a unit charged after 由 inside its clause, on a yearly schedule, or after a glued heading phrase is read', () => {
    expect(extract('某县方案\n三、措施\n2.学业抽测由县教育评估监测中心组织实施。').names).toContain('县教育评估监测中心');
    expect(extract('某县方案\n三、措施\n县教师培训中心每学年对新教师进行跟岗培训。').names).toContain('县教师培训中心');
    const { names } = extract('某校方案 二、具体措施 1.规范作业管理 教务处每周抽查一次作业。');
    expect(names).toContain('教务处');
    expect(names.filter((n) => n.startsWith('规范'))).toEqual([]);
  });

  it('由于 opens no charge, and 由学校 names no one', () => {
    const { names } = extract('某校方案\n二、措施\n由于县城学校较多，此项工作由学校负责。');
    expect(names).toEqual([]);
  });

  it('a grade group is a standing unit, not a group the plan sets up', () => {
    const { byName } = extract('某中学备考方案\n二、职责\n1.初二年级组负责本年级学情分析。');
    expect(byName.get('初二年级组')?.kind).toBe('org');
  });

  it('generic actors stay out beside charged units', () => {
    const { names } = extract('某校方案\n三、分工\n1.心理咨询室负责个别辅导。\n2.各校要结合实际落实。\n3.学校负责提供场地。\n4.全体教师要积极参与。');
    expect(names).toContain('心理咨询室');
    expect(names.filter((n) => /^(?:学校|各校|全体教师)$/.test(n))).toEqual([]);
  });

  it('a pupils\' small-group session (小组辅导) names no group', () => {
    const { names } = extract('某校计划\n二、措施\n为学习困难学生安排小组辅导，每周两次。');
    expect(names.filter((n) => n.endsWith('小组'))).toEqual([]);
  });
});

describe('bureaus listed in one clause', () => {
  it('each bureau of a list charged with 等部门负责 is a party, under its full name', () => {
    const { byName } = extract('某县方案\n二、任务\n(二)县农业农村局、县医疗保障局等部门负责乡村学校学生健康保障。\n(三)县住房和城乡建设局牵头校舍安全排查。');
    expect(byName.get('县农业农村局')?.kind).toBe('org');
    expect(byName.get('县医疗保障局')?.kind).toBe('org');
    expect(byName.get('县住房和城乡建设局')?.kind).toBe('org');
  });

  it('`…等部门负责人为成员` seats the bureaus, not a post of that name', () => {
    const { byName, names } = extract('某县方案\n三、保障\n成立某县校园安全工作领导小组，由分管副县长任组长，县水利局、县审计局等部门负责人为成员。');
    expect(byName.get('县审计局')?.kind).toBe('org');
    expect(byName.get('县审计局')?.role).toBeNull();
    expect(names.filter((n) => /等部门/.test(n))).toEqual([]);
  });

  it('a bureau only cited as the author of a document is not a party', () => {
    const { names } = extract('某县方案\n根据县卫生健康局《关于加强学校卫生工作的通知》精神，制定本方案。\n二、任务\n县教研室负责课程指导。');
    expect(names).not.toContain('县卫生健康局');
    expect(names).toContain('县教研室');
  });
});

describe('rosters that seat posts and masked holders', () => {
  it('a masked holder with the post in brackets is a person with the label as role', () => {
    const { byName, names } = extract('某校方案\n一、组织\n成立阅读推广工作领导小组。\n组长：校长\n副组长：易某某（副校长）\n');
    expect(byName.get('易某某')).toMatchObject({ kind: 'person', role: '副组长', group: '阅读推广工作领导小组' });
    expect(byName.get('校长')).toMatchObject({ kind: 'role', role: '组长' });
    expect(names).not.toContain('副组长');
  });

  it('a post listed as a member holds the label too, once, also when a qualified form is charged later', () => {
    const { parties } = extract('某校方案\n一、组织\n成立作业管理工作小组。\n成员：各学科备课组长\n二、分工\n备课组长负责每周作业统筹。');
    const posts = parties.filter((p) => p.name.endsWith('备课组长'));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ kind: 'role', role: '成员', group: '作业管理工作小组' });
  });

  it('bare labels one a line, without colons, seat their posts; a member\'s post ending in 组长 is no label', () => {
    const { byName, names } = extract('某校方案\n一、组织\n成立毕业年级教学指导小组\n组长 校长\n副组长 副校长\n成员 各教研组长\n二、措施\n教导处负责统筹。');
    expect(byName.get('校长')).toMatchObject({ kind: 'role', role: '组长', group: '毕业年级教学指导小组' });
    expect(byName.get('副校长')).toMatchObject({ kind: 'role', role: '副组长' });
    expect(byName.get('教研组长')).toMatchObject({ kind: 'role', role: '成员' });
    expect(names).not.toContain('副组长');
  });

  it('everyone of a kind (全体行政人员) holds no seat', () => {
    const { names } = extract('某校方案\n一、组织\n成立迎检工作小组。\n组长：范明远\n成员：全体行政人员\n');
    expect(names).not.toContain('行政人员');
  });

  it('a bureau run into a section head names the post, not the bureau', () => {
    const { byName, names } = extract('某县方案\n一、组织\n成立县课后服务工作领导小组。\n成员：县教育局计财股股长、督导股股长\n');
    expect(byName.get('计财股股长')?.kind ?? byName.get('县教育局计财股股长')?.kind).toBe('role');
    expect(byName.get('督导股股长')).toMatchObject({ kind: 'role', role: '成员' });
    expect(names).not.toContain('县教育局');
  });
});

describe('staff kinds given duties in plain prose', () => {
  it('a task verb or a schedule makes a kind of staff a post', () => {
    const { byName } = extract('某校方案\n三、职责\n1.科任教师要做好课后个别辅导。\n2.校级领导每周听课不少于三节。\n3.行政人员轮流参与午间巡查。\n4.教研员要深入课堂开展指导。\n5.各校校长要履行第一责任人职责。');
    for (const post of ['科任教师', '校级领导', '行政人员', '教研员', '校长']) expect(byName.get(post)?.kind, post).toBe('role');
  });

  it('exhorted, or told to attend, a kind of staff stays a population', () => {
    const { names } = extract('某校方案\n三、要求\n1.骨干教师要发挥示范引领作用。\n2.中层干部都要参加听课。\n3.青年教师要加强自身学习。\n4.科任教师要积极参与听评课。');
    expect(names.filter((n) => /教师|干部/.test(n))).toEqual([]);
  });
});

describe('bodies that only report', () => {
  it('a news item: the bureau holding a dated meeting is no party, the one the meeting charges is', () => {
    const { names } = extract('市教育局召开春季教学工作会\n本报讯（通讯员 林某）3月9日，市教育局在市第三中学召开春季教学工作会。市教育局党委书记、局长邵某某出席并讲话。会议要求，市教研室要加强学科指导。');
    expect(names).not.toContain('市教育局');
    expect(names).not.toContain('书记');
    expect(names).toContain('市教研室');
  });

  it('a clause opened by the day reports what a body held, also without a news credit', () => {
    const { names } = extract('县教体局开展教学视导\n为促进质量提升，5月6日至8日，县教体局组织教研员深入乡镇学校开展视导。');
    expect(names).not.toContain('县教体局');
  });

  it('under a headline telling of an event, the bureau that held, hosted or spoke is no party', () => {
    expect(extract('我区举行读书节启动仪式\n为营造书香校园，区教育局于4月2日举行读书节启动仪式。区教育局局长在会上强调，各校要精心组织。').names).toEqual([]);
    expect(extract('区教育局部署暑期安全工作\n6月28日，全区暑期安全工作会召开。会议由区教育局主持。').names).toEqual([]);
    expect(extract('区教育局开展送教下乡\n为促进城乡均衡，区教育局近日开展了送教下乡活动。').names).toEqual([]);
  });

  it('a plan keeps a body that holds a meeting on a date it sets', () => {
    expect(extract('某校方案\n三、措施\n教务处于4月20日召开期中质量分析会。').names).toContain('教务处');
  });

  it('a plan keeps a body that holds a recurring meeting', () => {
    const { names } = extract('某校方案\n三、措施\n教导处每月召开一次质量分析会。');
    expect(names).toContain('教导处');
  });

  it('a summary\'s author (full or short name, its party group) is no party of its own report; the units it charges are', () => {
    const { names } = extract('柳溪县教育局2024年工作总结\n一年来，县教育局坚持质量为本。县教育局党组高度重视队伍建设。\n二、2025年打算\n县教研室负责学业质量监测。');
    expect(names.filter((n) => n.includes('教育局'))).toEqual([]);
    expect(names).toContain('县教研室');
  });

  it('a summary whose title names no body has its author in the signature', () => {
    const { names } = extract('2024年工作总结和2025年工作思路\n一、成效\n县教育局坚持质量立教。\n二、思路\n县教师培训中心负责教师轮训。\n青峰县教育局\n2025年1月6日');
    expect(names).not.toContain('县教育局');
    expect(names).toContain('县教师培训中心');
  });

  it('a bureau charged in a plan, not its own report, stays a party', () => {
    const { names } = extract('柳溪县义务教育质量提升方案\n二、任务\n县教育局负责统筹推进，县财政局保障经费。');
    expect(names).toContain('县教育局');
  });

  it('a party organization named for the role it plays is no party; one given a task is', () => {
    expect(extract('某校总结\n三、问题\n党支部的战斗堡垒作用发挥不够。').names).not.toContain('党支部');
    expect(extract('某校方案\n三、分工\n党支部负责组织党员示范课。').names).toContain('党支部');
  });
});
