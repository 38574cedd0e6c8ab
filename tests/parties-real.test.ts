// Parties on real-style pages: bodies that are only authors, addressees or background are left out;
// units and positions given a task are kept however the page lays them out. Every sentence here is
// invented; each reproduces a class seen on scraped pages.
import { describe, expect, it } from 'vitest';
import { extractParties as extract } from './helpers/parties-extract.js';

describe('bodies that only author, address, approve or host', () => {
  it('leaves out every body of a list that a clause cites as its source', () => {
    const { names } = extract('某小学保教工作方案\n根据市教育局、市卫健委《关于加强保育工作的通知》精神,制定本方案。教导处负责组织实施。');
    expect(names).not.toContain('市卫健委');
    expect(names).not.toContain('市教育局');
    expect(names).toContain('教导处');
  });

  it('leaves out bodies that lead, approve or attend (的领导下, 高度重视, 同意, 由…组成)', () => {
    const { names } = extract(
      '某县教育工作要点\n在县委、县政府的坚强领导下,全县教育稳步发展。县委、县政府高度重视教育工作。经县政府同意,现印发给你们。县政府由县长、副县长组成。县财政局要足额拨付经费。',
    );
    for (const background of ['县委', '县政府', '县长', '副县长']) expect(names).not.toContain(background);
    expect(names).toContain('县财政局');
  });

  it('leaves out the addressees of a notice and the body signing it', () => {
    const { names } = extract(
      '关于印发某县教研工作方案的通知\n各乡镇人民政府,县直各单位,各中小学、幼儿园:\n现将方案印发给你们,请认真执行。\n某县教育局\n2024年3月1日\n某县教研工作方案\n一、主要任务\n县教研室负责组织学科视导。',
    );
    expect(names).not.toContain('乡镇人民政府');
    expect(names).not.toContain('县教育局');
    expect(names).not.toContain('幼儿园');
    expect(names).toContain('县教研室');
  });

  it('a national or provincial body counts only where the clause charges it', () => {
    const { names } = extract('某校自查报告\n省人民政府教育督导室将于下月开展交叉督导。国务院教育督导委员会办公室将组织督导组检查。教务处负责整理档案。');
    expect(names).not.toContain('省人民政府');
    expect(names).not.toContain('教育督导室');
    expect(names.some((n) => n.includes('国务院'))).toBe(false);
    expect(extract('某省行动计划\n省教育厅负责统筹推进,省财政厅要加大投入。').names).toEqual(expect.arrayContaining(['省教育厅', '省财政厅']));
  });

  it('a position that titles a named person is how a news item names him, not a charge', () => {
    const { names } = extract('某中学召开质量分析会\n校长周立新,副校长吴芳及全体教师参加会议。在校长周立新的带领下,学校取得佳绩。班主任要做好学生思想工作。');
    expect(names).not.toContain('校长');
    expect(names).not.toContain('副校长');
    expect(names).toContain('班主任');
  });

  it('a body that only qualifies the next one (县教育局局长, 中心校教研室) is not a party of its own', () => {
    const { names } = extract('某镇教学方案\n中心校教研室负责组织全镇统考。党总支书记主持全面工作。');
    expect(names).not.toContain('中心校');
    expect(names).not.toContain('党总支');
    expect(names.some((n) => n.endsWith('教研室'))).toBe(true);
  });

  it('a bare 幼儿园 is the author or any kindergarten; a school’s own kindergarten acts', () => {
    expect(extract('某幼儿园保教方案\n幼儿园要加强与家长的沟通。').names).not.toContain('幼儿园');
    expect(extract('某中心小学工作计划\n我校幼儿园将开展游戏化教学。').names).toContain('幼儿园');
  });
});

describe('units given a task in a list', () => {
  it('charges each body a 责任单位, 牵头单位 or 配合单位 label lists, with the item it closes', () => {
    const text =
      '某县义务教育提升计划\n二、重点任务\n(一)补充师资。每年招聘教师不少于40名。(责任单位:县教育局、县人社局)\n(二)强化教研。开展送教下乡。(牵头单位:县教研室;配合单位:各中心学校、各乡镇人民政府)';
    const { assignments, byName } = extract(text);
    expect(assignments.filter((a) => a.party === '县人社局').map((a) => a.task)).toEqual(['补充师资。每年招聘教师不少于40名']);
    expect(assignments.find((a) => a.party === '中心学校')?.task).toBe('强化教研。开展送教下乡');
    expect(byName.get('乡镇人民政府')?.kind).toBe('org');
  });

  it('reads a label list on a flattened page, up to the next numbered item', () => {
    const { names } = extract('某县学前教育方案 1.扩充资源。新建幼儿园3所。责任单位:县发改委、县自然资源局 2.配齐教师。责任单位:县编办');
    expect(names).toEqual(expect.arrayContaining(['县发改委', '县自然资源局', '县编办']));
    expect(names.some((n) => /\d|配齐/.test(n))).toBe(false);
  });

  it('a duty list opening each line with its body (镇政府:负责…) charges that body, not a label', () => {
    const { names, assignments } = extract('某镇控辍保学方案\n二、职责分工\n镇政府:负责统筹协调。\n村委会(社区):负责摸排适龄儿童。\n派出所:负责核查户籍。\n工作要求:负责资料归档。\n各学校:落实一生一档。');
    expect(names).toEqual(expect.arrayContaining(['镇政府', '村委会', '派出所']));
    expect(names).not.toContain('工作要求');
    expect(names).not.toContain('学校');
    expect(assignments.filter((a) => a.party === '派出所')).toHaveLength(1);
  });

  it('a 主要负责同志 list is no 负责 clause', () => {
    const { assignments } = extract('某县方案\n成员:县财政局、县公安局主要负责同志。');
    expect(assignments.some((a) => a.task.includes('同志'))).toBe(false);
  });
});

describe('leading groups as scraped pages lay them out', () => {
  it('splits a roster flattened onto one line: names with titles in brackets, posts run together', () => {
    const { byName, names } = extract('某小学质量提升方案\n一、组织机构 成立质量提升领导小组 组长:罗为民(校长) 副组长:邓秀英(教导主任) 何立群(副校长) 成员:各年级组长 各班主任 教研组长 少先队大队辅导员 二、工作目标');
    expect(byName.get('罗为民')).toMatchObject({ kind: 'person', role: '组长', group: '质量提升领导小组' });
    expect(byName.get('何立群')).toMatchObject({ kind: 'person', role: '副组长' });
    expect(byName.get('年级组长')?.kind).toBe('role');
    expect(byName.get('班主任')?.kind).toBe('role');
    expect(names.some((n) => n.endsWith('大队辅导员'))).toBe(true);
    expect(names.some((n) => n.includes('工作目标'))).toBe(false);
  });

  it('reads a name whose title lost the space before it (黄启明 中心校校长)', () => {
    const { byName, names } = extract('某镇质量方案\n组 长:黄启明 中心校校长\n副组长:贺春燕 中心校副校长  覃志勇 中心校副校长');
    expect(byName.get('黄启明')).toMatchObject({ kind: 'person', role: '组长' });
    expect(byName.get('覃志勇')).toMatchObject({ kind: 'person', role: '副组长' });
    expect(names.some((n) => n.startsWith('黄启明') && n !== '黄启明')).toBe(false);
  });

  it('a masked name is no person; the post beside it holds the seat', () => {
    const { byName, parties } = extract('某幼儿园保教方案\n成立保教质量领导小组。\n组 长:xxx(园长)\n副组长:XX(副园长) **(保教主任)\n二、组织领导 组长:**校长');
    expect(parties.some((p) => /[xX*]/.test(p.name))).toBe(false);
    expect(byName.get('园长')).toMatchObject({ kind: 'role', role: '组长' });
    expect(byName.get('副园长')).toMatchObject({ kind: 'role', role: '副组长' });
    expect(byName.get('保教主任')).toMatchObject({ kind: 'role', role: '副组长' });
    expect(byName.has('校长')).toBe(true);
  });

  it('reads the run of names a flattened roster ends with, up to the next heading', () => {
    const { names } = extract('某园安全计划 二、组织机构 安全工作领导小组 组长:程慧 成员:陶敏 雷晓燕 石文静 三、工作职责 门卫负责来访登记。');
    expect(names).toEqual(expect.arrayContaining(['陶敏', '雷晓燕', '石文静', '门卫']));
    expect(names).toContain('安全工作领导小组');
  });

  it('seats each post of a list (…为成员), and the posts of a group being set up', () => {
    const { byName } = extract('某镇控辍方案\n成立镇控辍保学领导小组,镇长任组长,分管副镇长任副组长,中心学校校长、派出所所长、各村支部书记为成员。\n学校成立了以校长为组长、各处室主任为成员的自查工作小组。');
    expect(byName.get('镇长')).toMatchObject({ kind: 'role', role: '组长', group: '镇控辍保学领导小组' });
    expect(byName.get('分管副镇长')).toMatchObject({ kind: 'role', role: '副组长' });
    expect(byName.get('所长')).toMatchObject({ kind: 'role', role: '成员' });
    expect(byName.get('村支部书记') ?? byName.get('支部书记')).toMatchObject({ kind: 'role', role: '成员' });
    expect(byName.get('处室主任')).toMatchObject({ kind: 'role', role: '成员', group: '自查工作小组' });
    expect([...byName.keys()].some((n) => n.includes('成立'))).toBe(false);
  });

  it('a group named inside a document title is no group (认真贯彻落实《…委员会…》)', () => {
    const { names } = extract('某校双减方案\n认真贯彻落实《某区中小学“双减”督查工作委员会工作规程》,教导处负责作业公示。');
    expect(names.some((n) => n.includes('委员会'))).toBe(false);
  });

  it('a subject-qualified post is the post once (语数英教研组长, 教研组长)', () => {
    const { names } = extract('某校方案\n成员:全体班主任、语数英教研组长\n教研组长负责组织经验交流。');
    expect(names.filter((n) => n.endsWith('教研组长'))).toHaveLength(1);
  });
});

describe('what the second, untuned batch of the dev set called for', () => {
  it('reads a roster whose labels lost their colons and separators (…领导小组 组长 韦国强 副组长 …)', () => {
    const { byName } = extract('某中学体育规划\n(一)组织保障 学校成立体育工作领导小组 组长 韦国强 副组长 莫少华 覃桂兰 成员 体育组全体教师 各班主任 校医\n(二)经费保障');
    expect(byName.get('韦国强')).toMatchObject({ kind: 'person', role: '组长', group: '体育工作领导小组' });
    expect(byName.get('覃桂兰')).toMatchObject({ kind: 'person', role: '副组长' });
    expect(byName.get('校医')).toMatchObject({ kind: 'role', group: '体育工作领导小组' });
    expect([...byName.keys()].some((n) => n.includes('韦国强') && n !== '韦国强')).toBe(false);
  });

  it('every party column of a task table counts (牵头科室 and 配合科室)', () => {
    const { assignments } = extract('某县任务分解表\n序号\t工作任务\t牵头科室\t配合科室\t完成时限\n1\t推进集团化办学\t教育股\t人事股、各学区\t2024年6月');
    expect(assignments.map((a) => [a.party, a.deadline])).toEqual([
      ['教育股', '2024-06'],
      ['人事股', '2024-06'],
      ['学区', '2024-06'],
    ]);
  });

  it('a unit whose task begins with 组织 or 会同 is not the start of a longer name', () => {
    expect(extract('某校总结\n三、德育工作\n德育处组织开展了礼仪月活动。').names).toContain('德育处');
  });

  it('a post with its holder masked (以校长王某为组长) holds the seat', () => {
    const { byName } = extract('某校自查报告\n我校成立了以校长王某为组长的自查小组,逐项自查。');
    expect(byName.get('校长')).toMatchObject({ kind: 'role', role: '组长', group: '自查小组' });
    expect(byName.has('校长王某')).toBe(false);
  });

  it('leaves out bodies 对…高度重视 and a visiting head named with his post', () => {
    const { names } = extract('某校总结\n区委、区政府对教育工作高度重视。区教研室主任张立华到校指导。保教处每月检查一次活动计划。');
    expect(names).not.toContain('区委');
    expect(names).not.toContain('区政府');
    expect(names.some((n) => n.includes('教研室'))).toBe(false);
    expect(names).toContain('保教处');
  });
});

describe('what the third, untuned batch of the dev set called for', () => {
  it('a post joined to the actor before it (校长与政教主任签订…) acts with it', () => {
    const { names } = extract('某校责任书细则\n1.校长与政教主任、教务主任签订责任书。\n2.年级组长与班主任签订责任书。');
    expect(names).toEqual(expect.arrayContaining(['校长', '政教主任', '教务主任', '年级组长', '班主任']));
  });

  it('posts that only attend a meeting are not charged; the units the meeting charges are', () => {
    const { names } = extract('某中学推进会\n学校领导班子成员、各年级组长及各处室负责人参加会议。会议要求,后勤处要检修取暖设施,安全办要开展一次疏散演练。');
    expect(names).not.toContain('年级组长');
    expect(names).toEqual(expect.arrayContaining(['后勤处', '安全办']));
  });

  it('a body named in page credits (供稿:, 审核:, 来源:) wrote or hosts the page', () => {
    const { names } = extract('某小学方案\n教导处负责组织实施。\n供稿:教务处 审核:校长办公室\n来源:某县教育局');
    expect(names).toEqual(['教导处']);
  });
});

describe('working groups named with a bare 组', () => {
  it('counts one that is plainly charged, not one merely mentioned', () => {
    expect(extract('某校双减方案\n学校“双减”督查组每月开展一次自查。').names.some((n) => n.endsWith('督查组'))).toBe(true);
    expect(extract('某校总结\n本学期参加了区里的督查组检查。').names.some((n) => n.endsWith('督查组'))).toBe(false);
  });
});
