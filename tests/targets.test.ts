import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';
import type { Article, TargetRecord } from '../src/types.js';
import { targetsExtractor } from '../extractors/targets/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

function articleOf(raw: string): Article {
  const n = normalizeText(raw);
  return buildArticles({ text: n.text, sourcePath: 'test.txt', script: n.script })[0]!;
}

function targets(raw: string): TargetRecord[] {
  return targetsExtractor.extract(articleOf(raw), { segmenter }).records;
}

/** A plan's body: the title line makes the article a forward-looking plan. */
const plan = (body: string) => `某小学教学质量提升实施方案\n${body}`;
const summary = (body: string) => `某小学教学质量提升工作总结\n${body}`;

function only(raw: string): TargetRecord {
  const found = targets(raw);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('rectification items, 新增 counts and ranks (issue 13)', () => {
  it('reads a problem item as actual and its 整改措施 as a goal due by the item\'s 完成时限', () => {
    const found = targets(plan('问题2：实验开出率偏低，目前分组实验开出率仅为70%。\n整改措施：配齐实验员，分组实验开出率达到98%以上。\n责任人：教务处\n完成时限：2026年7月底前'));
    expect(found.map((t) => [t.value, t.kind, t.year])).toEqual([[70, 'actual', null], [98, 'goal', 2026]]);
  });

  it('keeps a problem stated without a cue word actual in a plan', () => {
    const t = only(plan('问题1：部分学生睡眠时间少于8小时。'));
    expect([t.comparator, t.kind]).toEqual(['lt', 'actual']);
  });

  it('reads 新增 + a count as a plain amount of what is added, in a plan and in a summary', () => {
    const goal = only(plan('到2028年，新增寄宿床位800个。'));
    expect([goal.indicator, goal.comparator, goal.kind, goal.year]).toEqual(['寄宿床位', 'eq', 'goal', 2028]);
    const done = only(summary('全年新增心理健康教师12名。'));
    expect([done.indicator, done.unit, done.comparator, done.kind]).toEqual(['心理健康教师', '人', 'eq', 'actual']);
  });

  it('reads 个名次 and 校次 as whole units and keeps the ranked thing after 力争', () => {
    const rank = only(plan('力争全县学业质量排名提高2个名次。'));
    expect([rank.unit, rank.value, rank.comparator]).toEqual(['名次', 2, 'increase']);
    expect(rank.indicator).toContain('学业质量排名');
    const visits = only(plan('每学期开展联片教研不少于4校次。'));
    expect([visits.unit, visits.value]).toEqual(['校次', 4]);
  });

  it('never takes a time or heading word alone as the indicator', () => {
    const t = only(plan('本学期七年级数学平均分进入全区前5名。'));
    expect(t.indicator).toBe('七年级数学平均分');
    expect([t.unit, t.comparator]).toEqual(['名次', 'le']);
  });

  it('reads a norm a rules page states without a future word as a goal, and the same norm in a self-check as actual', () => {
    const rules = only('河湾小学课后作业管理规定\n学校成立了作业管理小组，明确了分工，细化了要求。\n一、作业总量\n一二年级以外各年级每天书面作业时间不超过50分钟。');
    expect([rules.comparator, rules.kind]).toEqual(['le', 'goal']);
    const check = only('河湾小学作业管理规定落实情况自查报告\n我校落实了作业管理规定，每天书面作业时间不超过50分钟。');
    expect(check.kind).toBe('actual');
  });

  it('dates the later goals of a sentence that a year glued to its verb opens', () => {
    const found = targets(plan('2027年新增录播教室2间，建成创客空间不少于3个。'));
    expect(found.map((t) => t.year)).toEqual([2027, 2027]);
  });
});

describe('comparators', () => {
  it('gives each value listed after another (分别达到55%、50%) the verb\'s comparator', () => {
    const found = targets(plan('骨干教师和学科带头人占比分别达到35%、20%,每班人数分别控制在40人、45人以内。'));
    expect(found.map((t) => [t.value, t.comparator])).toEqual([[35, 'ge'], [20, 'ge'], [40, 'le'], [45, 'le']]);
    expect(found[1]!.indicator).toBe(found[0]!.indicator);
  });

  const cases: [string, TargetRecord['comparator']][] = [
    ['学生体质测试及格率不低于95%。', 'ge'],
    ['教师每学期听评课不少于20节。', 'ge'],
    ['毕业班升学率达到85%。', 'ge'],
    ['每名学生至少掌握两项运动技能。', 'ge'],
    ['年级优秀率超过40%。', 'gt'],
    ['家长满意率高于90%。', 'gt'],
    ['学生书面作业不超过1小时。', 'le'],
    ['新生近视率控制在20%以下。', 'le'],
    ['控制学生周课时总量在30课时。', 'le'],
    ['每晚作业时间在1.5小时以内。', 'le'],
    ['学困生比例低于5%。', 'lt'],
    ['缺编教师不足3人。', 'lt'],
    ['新建校舍增加20个学位。', 'increase'],
    ['流失学生减少15人。', 'decrease'],
    ['本学年巩固率为99.5%。', 'eq'],
  ];
  it.each(cases)('%s → %s', (sentence, comparator) => {
    expect(only(plan(sentence)).comparator).toBe(comparator);
  });

  it('reads 个百分点 as a change in percent, in the direction of its verb', () => {
    const t = only(plan('学生近视率比上年降低2个百分点。'));
    expect(t).toMatchObject({ value: 2, unit: '%', comparator: 'decrease', kind: 'goal' });
  });

  it('lets a limit word after the number decide over the verb before it', () => {
    expect(only(plan('留守儿童结对帮扶率达95%以上。')).comparator).toBe('ge');
  });
});

describe('units, ranges, ratios, fractions and ranks', () => {
  it('normalizes 名 to 人 and ㎡ to 平方米, and scales 万 except in 万元', () => {
    expect(only(plan('骨干教师不少于12名。'))).toMatchObject({ value: 12, unit: '人' });
    expect(only(summary('新建食堂建筑面积2400㎡。'))).toMatchObject({ value: 2400, unit: '平方米' });
    expect(only(summary('学校占地面积3.5万㎡。'))).toMatchObject({ value: 35000, unit: '平方米' });
    expect(only(summary('今年投入资金56.5万元。'))).toMatchObject({ value: 56.5, unit: '万元' });
  });

  it('counts money and area without a comparator but not plain counts', () => {
    expect(targets(summary('学校现有教师86人,教学班24个。'))).toHaveLength(0);
    // 多 and 余 make a figure rough, not a comparator (GUIDE): eq when no word around says more.
    expect(only(summary('投资1000多万元建设新校区。'))).toMatchObject({ value: 1000, unit: '万元', comparator: 'eq' });
  });

  it('reads ranges written with a dash and with 到', () => {
    expect(only(plan('每个年级打造2-3个特色社团。'))).toMatchObject({ value: 2, valueMax: 3, unit: '个', comparator: 'range' });
    expect(only(plan('需要增加两到三个录播教室。'))).toMatchObject({ value: 2, valueMax: 3, comparator: 'range' });
  });

  it('reads ratios as left ÷ right and leaves clock times alone', () => {
    expect(only(summary('目前全校师生比为1:12.5。'))).toMatchObject({ value: 0.08, unit: 'ratio' });
    expect(only(plan('骨干教师梯队比例为2:3:5。')).value).toBeCloseTo(0.4);
    expect(targets(plan('每天8:30开始晨读。'))).toHaveLength(0);
  });

  it('reads fractions and 成 as percentages', () => {
    expect(only(plan('教师讲授时间不超过课堂的1/3。'))).toMatchObject({ value: 33.33, unit: '%', comparator: 'le' });
    expect(only(plan('力争九成学生达到良好等级。'))).toMatchObject({ value: 90, unit: '%' });
  });

  it('reads ranks: 前三名 is rank 3 or better, 第一名 exactly', () => {
    expect(only(plan('中考平均分进入全县前三名。'))).toMatchObject({ value: 3, unit: '名次', comparator: 'le', indicator: '中考平均分' });
    expect(only(plan('合唱比赛力争获得第一名。'))).toMatchObject({ value: 1, unit: '名次', comparator: 'eq' });
  });

  it('reads a bare number after a rate as a percentage', () => {
    expect(only(summary('全镇辍学率为0。'))).toMatchObject({ value: 0, unit: '%', indicator: '辍学率' });
  });
});

describe('what is not a target', () => {
  it.each([
    ['dates and spans of time', '2015年9月起,用三年时间完成改造,每学期不少于18周。'],
    ['plan names made of numerals', '认真落实十三五规划和“三个提升”工程。'],
    ['numbers in titles', '学习《提高95%学生阅读能力的十条建议》。'],
    ['phone numbers and codes', '联系电话:0931-8826451。责任指标B2(4分)、B7(8分)。'],
    ['project names with +', '深入推进体育艺术2+1工程。'],
    ['一 as an article', '使教学质量达到一个新台阶。'],
    ['a formula', '交流比例=交流教师数/专任教师数*100%。'],
    ['a document site’s price and points', '价格:9.9元 会员免费 下载所需积分:3 付费下载¥5.00'],
    ['ordinals', '第二阶段组织第三届读书节。'],
  ])('%s', (_label, sentence) => {
    expect(targets(plan(sentence))).toHaveLength(0);
  });
});

describe('indicators', () => {
  it('takes the noun phrase before the comparator and resolves an elided qualifier', () => {
    const [first, second] = targets(plan('美术测评合格率达100%,优秀率不低于45%。'));
    expect(first!.indicator).toBe('美术测评合格率');
    expect(second!.indicator).toBe('美术测评优秀率');
  });

  it('gives coordinated rates one record each', () => {
    const found = targets(summary('近年来全区小学入学率、巩固率均达到100%。'));
    expect(found.map((t) => t.indicator)).toEqual(['小学入学率', '小学巩固率']);
  });

  it('takes the counted noun after a measure word and the group after a leading percentage', () => {
    expect(only(plan('每个学生至少参加一项兴趣小组活动。')).indicator).toBe('兴趣小组活动');
    expect(only(plan('85%的学生能独立完成实验报告。')).indicator).toMatch(/^学生/);
    // The group alone (学生) is a bare subject: what the share of it does is the indicator.
    expect(only(plan('60%学生达到体育良好等级。')).indicator).toBe('学生达到体育良好等级');
    expect(only(summary('全镇95%的学校建成了录播教室。')).indicator).toBe('学校建成了录播教室');
  });

  it('does not cut 使用 in two when looking for the word that links a subject', () => {
    expect(only(summary('全校生均使用面积仅为3.2平方米。')).indicator).toBe('生均使用面积');
    expect(only(plan('各校应有图书馆使用面积不少于300平方米。')).indicator).toBe('图书馆使用面积');
    expect(only(plan('使用面积不少于300平方米。')).indicator).toBe('使用面积');
  });

  it('takes the subject before 占 and keeps the clause naming it in the evidence', () => {
    const t = only(summary('全校共有随迁子女320人,占学生总数的18.5%。'));
    expect(t.indicator).toContain('随迁子女');
    expect(t.evidence.quote).toContain('随迁子女320人,占学生总数的18.5%');
  });
});

describe('kind and year', () => {
  it('reads forward-looking cues as goals and reporting cues as actuals', () => {
    expect(only(summary('明年力争优秀率达到50%。')).kind).toBe('goal');
    expect(only(plan('学校现有绿化面积3200平方米。')).kind).toBe('actual');
  });

  it('follows the genre of the article when the sentence has no decisive cue', () => {
    expect(only(summary('保证入学率达到100%。')).kind).toBe('actual');
    expect(only(plan('教师培训率达到100%。')).kind).toBe('goal');
  });

  it('reads a section on the present state as actuals inside a plan', () => {
    const t = only(plan('一、现状分析\n留守儿童占在校生的35%以上。\n二、工作目标\n提高教学质量。'));
    expect(t.kind).toBe('actual');
  });

  it('takes the due year from 到…年 and from the task’s 落实时间, never for actuals', () => {
    expect(only(plan('到2020年,学生体质健康合格率达到95%。')).year).toBe(2020);
    expect(only(plan('工作任务:确保学生睡眠时间不少于9小时。\n落实时间:2019年3月-2020年6月')).year).toBe(2020);
    expect(only(summary('2018年全区教育经费支出达到5.6亿元。')).year).toBeNull();
  });
});

describe('comparators the GUIDE added: 超, 突破, and rough figures with 余/多', () => {
  it('reads 超 and 突破 before a figure as gt, and keeps 及格率 whole', () => {
    expect(only(plan('期末考试及格率超92%。'))).toMatchObject({ indicator: '期末考试及格率', comparator: 'gt', value: 92 });
    expect(only(plan('课外阅读参与率突破85%。'))).toMatchObject({ comparator: 'gt', value: 85 });
    expect(only(plan('及格率达到90%。')).indicator).toBe('及格率');
  });

  it('keeps the value of 余/多 as written and does not let them make a count a target', () => {
    expect(targets(summary('本学期开展送教下乡十余次,听课300多节。'))).toHaveLength(0);
    expect(only(plan('每学期开展家访不少于十余次。'))).toMatchObject({ value: 10, unit: '次', comparator: 'ge' });
    expect(only(summary('共筹集资金260余万元。'))).toMatchObject({ value: 260, unit: '万元', comparator: 'eq' });
  });
});

describe('quantities that are not targets (real pages, class 9)', () => {
  it('skips ages that name a group: 3-6岁幼儿, 0-6岁儿童, 45岁以上的教师', () => {
    expect(only(plan('3-6岁幼儿毛入园率达到92%。'))).toMatchObject({ value: 92, unit: '%' });
    expect(targets(plan('开展0-6岁儿童家庭教育指导。'))).toHaveLength(0);
    expect(targets(summary('全校教师48人,其中50岁以上的有16人,男教师11人。'))).toHaveLength(0);
  });

  it('keeps an age that states a limit', () => {
    expect(only(plan('儿童入学年龄不低于6周岁。'))).toMatchObject({ value: 6, unit: '岁', comparator: 'ge' });
    expect(only(plan('适龄少年最迟不晚于14周岁进入初中就读。'))).toMatchObject({ value: 14, comparator: 'le' });
  });

  it('skips words that hold a numeral: 二元结构, 一元化, 二类标准, 一流, 三好学生', () => {
    expect(targets(plan('逐步打破城乡二元结构,推进管理一元化。'))).toHaveLength(0);
    expect(targets(plan('全力创建省二类标准幼儿园和一流学校,评选三好学生。'))).toHaveLength(0);
  });

  it('reads a grade a rating body awards (市一类以上) as part of the indicator, not as a count of 类', () => {
    const found = targets(plan('全区市一类以上学校占比达到60%,每校开设4类以上社团。'));
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([['市一类以上学校占比', 60, '%'], ['社团', 4, '类']]);
  });

  it('skips a compilation’s count of articles', () => {
    expect(targets('小学教师读书心得(精选6篇)\n本页收录心得6篇,共计3篇为获奖作品。')).toHaveLength(0);
  });

  it('reads a list number glued to the figure after it as the number of the item', () => {
    const found = targets(plan('一、目标\n1.3-6岁幼儿入园率达到95%。\n2.教师持证率达到100%。'));
    expect(found.map((t) => [t.value, t.unit])).toEqual([[95, '%'], [100, '%']]);
  });

  it('gives the items of a list the year its lead line sets', () => {
    const found = targets(plan('二、发展目标\n到2027年,我校将实现以下目标:\n1.学生近视率控制在40%以内。\n2.体质健康优秀率达到30%。\n(3)家长满意度达95%以上。'));
    expect(found.map((t) => t.year)).toEqual([2027, 2027, 2027]);
    // A section of goals named with its year dates what it holds, as a table column does.
    expect(targets(plan('二、发展目标\n(一)2026年目标\n学生近视率控制在38%以内。\n(二)主要措施\n每周开展体育活动不少于5次。')).map((t) => t.year)).toEqual([2026, null]);
    // A list without such a lead gets no year of its own.
    expect(targets(plan('二、主要任务\n1.学生近视率控制在40%以内。')).map((t) => t.year)).toEqual([null]);
  });
});

describe('scraping artefacts that touch numbers (classes 4 and 5)', () => {
  it('joins a percentage split by a space', () => {
    expect(only(plan('学生体质健康达标率达到9 6%。'))).toMatchObject({ value: 96, unit: '%' });
  });

  it('gives no target and no year for masked figures', () => {
    expect(targets(plan('优秀率达到xx%,合格率不低于**%,到20xx年建成书香校园。'))).toHaveLength(0);
    expect(targets(plan('巩固率达到9x%。'))).toHaveLength(0);
  });

  it('does not carry a deadline across a heading that lost its line break', () => {
    const found = targets('青禾中学课改方案 一、工作目标 到2025年,作业公示率达到100%。 二、保障措施 每年安排专项经费不少于5万元。');
    expect(found.map((t) => t.year)).toEqual([2025, null]);
  });

  it('dates the items under a heading that opens their list with its year, not the next section\'s', () => {
    const page = plan('二、工作目标\n(二)具体目标。到2027年,实现以下具体目标:\n1.作业公示率达到100%;\n(1)家长满意率不低于95%;\n2.每周开设社团课不少于10节。\n(三)2026年目标\n1.教师培训覆盖率达到100%。\n三、保障措施\n1.每年安排专项经费不少于5万元。');
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([[100, 2027], [95, 2027], [10, 2027], [100, 2026], [5, null]]);
  });

  it('keeps a deadline inside its own item on a flattened page, except in the lead of a list', () => {
    const flat = '青禾小学质量提升方案 一、发展目标 (一)教学质量。到2026年,合格率达到95%。(二)教师队伍。每名教师每年培训不少于72学时。二、重点任务 到2027年,实现以下目标:1.精品课例不少于10节;2.作业公示率达到100%。';
    expect(targets(flat).map((t) => [t.value, t.year])).toEqual([[95, 2026], [72, null], [10, 2027], [100, 2027]]);
  });

  it('finds list numbers glued to a word once normalizing dropped the space, and a lead ending 到2027年,', () => {
    const flat = '青禾小学劳动教育方案 二、2026年工作目标 1.劳动课开课率达到100%;2.每名学生掌握生活技能不少于5项。三、保障措施 1.每年投入经费不少于2万元。';
    expect(targets(flat).map((t) => [t.value, t.year])).toEqual([[100, 2026], [5, 2026], [2, null]]);
    expect(targets(flat).map((t) => t.indicator)).toEqual(['劳动课开课率', '每名学生掌握生活技能', '投入经费']);
    const report = '青禾中学2025年工作总结 一、工作成效 全校合格率达到96%。';
    expect(targets(report)[0]!.indicator).not.toMatch(/总结/);
    const lead = plan('具体目标:到2027年,\n1.课后服务参与率达到95%以上;\n2.家长满意度不低于90%。');
    expect(targets(lead).map((t) => t.year)).toEqual([2027, 2027]);
  });

  it('reads a goal section dated by its span in brackets on a flattened page, and no marker inside a word', () => {
    const flat = '青禾小学发展规划 三、发展目标 (一)近期目标(2024-2025年) 1.教师本科学历达到90%;2.骨干教师不少于10人。(二)远期目标(2026—2027年) 1.教师本科学历达到98%。四、主要措施 1.每年培训经费不少于3万元。';
    expect(targets(flat).map((t) => [t.value, t.year])).toEqual([[90, 2025], [10, 2025], [98, 2027], [3, null]]);
    const words = plan('到2026年,高二、高三学生合格率达到95%,周一、周三开展阳光体育活动不少于1小时。');
    expect(targets(words).map((t) => t.year)).toEqual([2026, 2026]);
  });

  it('dates an item by the completion date in brackets right after it', () => {
    const list = plan('三、主要任务\n1.建成录播教室不少于2间(2026年底前完成);\n2.图书馆藏书达到5万册(2027年完成)。\n3.教师培训覆盖率达到100%。');
    expect(targets(list).map((t) => [t.value, t.year])).toEqual([[2, 2026], [50000, 2027], [100, null]]);
  });

  it('dates the rest of a sentence by a year opening a clause that demands, not one that reports', () => {
    const news = '青禾县召开教育工作会议\n县长在会上强调,2026年全县优良率要提升到56%,巩固率要保持在99%以上。';
    expect(targets(news).map((t) => [t.value, t.kind, t.year])).toEqual([[56, 'goal', 2026], [99, 'goal', 2026]]);
    expect(targets(plan('学校现状如下,2023年全校优秀率为30%,合格率为90%。')).map((t) => t.year)).toEqual([2023, null]);
  });

  it('reads ASCII punctuation as the Chinese it replaced', () => {
    const found = targets(plan('到2026年,学生近视率下降2个百分点;家长满意率达到95%.'));
    expect(found.map((t) => [t.value, t.comparator, t.year])).toEqual([[2, 'decrease', 2026], [95, 'ge', 2026]]);
  });
});

describe('kind follows what the article is (class 7)', () => {
  it('reads every plain figure of a self-check report or 汇报 as an actual', () => {
    expect(only('青禾镇中心小学义务教育优质均衡自评报告\n学生体质健康合格率为97.2%。').kind).toBe('actual');
    expect(only('青禾县关于学前教育三年行动计划完成情况的汇报\n全县毛入园率达到91%。').kind).toBe('actual');
  });

  it('does not read the noun 计划 in a report as a promise, and drops 我们 from the indicator', () => {
    const report = '青禾县义务教育发展三年行动计划执行情况的汇报\n三年来,我县认真落实行动计划,全县小学巩固率达到99.2%。\n下一步,我们力争到2027年初中巩固率达到97%。';
    const found = targets(report);
    expect(found.map((t) => [t.kind, t.year])).toEqual([['actual', null], ['goal', 2027]]);
    expect(found[1]!.indicator).toBe('初中巩固率');
  });

  it('reads a summary\'s next-term sentence and a relayed demand (要提升到) as goals, its 不少于 as done', () => {
    const report = summary('本学期开展听课活动不少于30次。存在问题:个别教研组活动偏少,下学期确保每个教研组开展活动不少于8次。');
    expect(targets(report).map((t) => [t.value, t.comparator, t.kind])).toEqual([[30, 'ge', 'actual'], [8, 'ge', 'goal']]);
    const ahead = summary('全年开展家访达到300户。今后,学校要确保每周体育活动不少于5次。新的一年,优秀率要力求达到30%。');
    expect(targets(ahead).map((t) => t.kind)).toEqual(['actual', 'goal', 'goal']);
    const news = '青禾县召开教育工作总结大会\n一年来全县巩固率达到98.1%。县长强调,全县巩固率要提升到99%。';
    expect(targets(news).map((t) => t.kind)).toEqual(['actual', 'goal']);
  });

  it('reads the heading glued into a flattened plan: a 现状 section reports, a 目标 section sets goals', () => {
    const flat = '青禾小学体育工作提升方案 一、学校现状 我校体质健康合格率为89%。二、工作目标 到2026年合格率达到95%。';
    expect(targets(flat).map((t) => [t.value, t.kind])).toEqual([[89, 'actual'], [95, 'goal']]);
  });

  it('agrees with doc_type when the first line is page chrome and the title comes later', () => {
    const page = '首页 > 文档下载\n青禾中学教学工作自查报告.docx\n青禾中学教学工作自查报告\n本学年,全校及格率达到88%。';
    expect(only(page).kind).toBe('actual');
  });
});

describe('tables', () => {
  it('reads each cell with indicator from the row and year and kind from the column', () => {
    const found = targets(plan('主要指标\n指标\t2020年基数\t2023年目标\n体质健康合格率(%)\t90\t95\n骨干教师(人)\t12\t20'));
    expect(found).toHaveLength(4);
    expect(found[0]).toMatchObject({ indicator: '体质健康合格率', value: 90, unit: '%', kind: 'actual', year: null });
    expect(found[1]).toMatchObject({ indicator: '体质健康合格率', value: 95, unit: '%', kind: 'goal', year: 2023 });
    expect(found[3]).toMatchObject({ indicator: '骨干教师', value: 20, unit: '人', kind: 'goal', year: 2023 });
  });
});

describe('evidence', () => {
  it('quotes the exact clause holding indicator, comparator and number', () => {
    const article = articleOf(plan('加强常规管理,课堂达标率不低于98%,全面提高质量。'));
    const [t] = targetsExtractor.extract(article, { segmenter }).records;
    expect(t!.evidence.quote).toBe(article.text.slice(t!.evidence.span.start, t!.evidence.span.end));
    expect(t!.evidence.quote).toBe('课堂达标率不低于98%');
  });
});

const SEEDS = '/work/shared/seeds/txt';
const GOLD = '/work/shared/gold/seeds.jsonl';

describe.runIf(existsSync(SEEDS) && existsSync(GOLD))('seed pages', () => {
  it('finds nearly every gold target with evidence holding its anchor, and little else', () => {
    const gold = readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.type === 'target');
    const found: { doc: string; t: TargetRecord }[] = [];
    for (const file of readdirSync(SEEDS)) {
      const n = normalizeText(readFileSync(`${SEEDS}/${file}`, 'utf8'));
      for (const a of buildArticles({ text: n.text, sourcePath: file, script: n.script }))
        for (const t of targetsExtractor.extract(a, { segmenter }).records) found.push({ doc: a.id, t });
    }
    const used = new Set<number>();
    let matched = 0;
    for (const g of gold) {
      const i = found.findIndex(
        (f, k) => !used.has(k) && f.doc === g.doc && Math.abs(f.t.value - g.value) <= 0.01 && f.t.evidence.quote.replace(/\s/g, '').includes(g.anchor),
      );
      if (i >= 0) {
        used.add(i);
        matched++;
      }
    }
    expect(matched / gold.length).toBeGreaterThan(0.95);
    expect(matched / found.length).toBeGreaterThan(0.95);
  });
});

// Issue 13 point 10: indicators a researcher can compare across schools. Each class on invented
// sentences, with the near-misses that must keep their old reading.
describe('indicators: the fifth round (分别, frequencies, ranks, school levels, distributive subjects)', () => {
  const names = (raw: string): string[] => targets(raw).map((t) => t.indicator);

  it('gives the n-th value after 分别 the n-th coordinated subject with the shared measure', () => {
    expect(names(summary('本学期我校物理、化学两科及格率分别为92.5%和88.4%。'))).toEqual(['物理及格率', '化学及格率']);
    expect(names(plan('小学、初中每百名学生拥有高级教师数分别达到2.1人、2.6人以上。'))).toEqual([
      '小学每百名学生拥有高级教师数', '初中每百名学生拥有高级教师数',
    ]);
    expect(names(plan('城区学校和乡村学校的平均班额分别控制在42人和38人以内。'))).toEqual(['城区学校平均班额', '乡村学校平均班额']);
    expect(names(plan('入学率、巩固率分别达到99%和97%。'))).toEqual(['入学率', '巩固率']);
  });

  it('leaves 分别 alone where there is one subject or no sure place to cut the list', () => {
    expect(names(summary('近三年毕业班及格率分别为90%、92%和95%。'))).toEqual(['毕业班及格率', '毕业班及格率', '毕业班及格率']);
    const whole = names(plan('骨干教师和学科带头人占比分别达到30%、15%。'));
    expect(whole[0]).toBe(whole[1]);
  });

  it('keeps frequency words out of the indicator, but not out of a modifier of the head noun', () => {
    expect(only(plan('教导主任每周听课不少于3节。')).indicator).toBe('教导主任听课');
    expect(only(plan('校医室每天开放不少于8小时。')).indicator).toBe('校医室开放');
    expect(only(plan('每周体育课不少于4节。')).indicator).toBe('体育课');
    expect(only(plan('城区学校每学年交流的教师人数不少于教师总数的8%。')).indicator).toBe('城区学校每学年交流的教师人数');
  });

  it('finds what a rank ranks: the measure before 列, the clause before a bare scope, a score after 获', () => {
    expect(only(summary('2024年中考,我校总平均分列全市第6名。')).indicator).toBe('总平均分');
    const [, rank] = targets(plan('九年级体育中考优秀率达到70%,继续保持全县前两名。'));
    expect(rank!.indicator).toContain('体育中考');
    expect(rank!.evidence.quote).toContain('体育中考优秀率达到70%');
    expect(only(summary('我校足球队获省青少年足球联赛团体总分第3名。')).indicator).toMatch(/团体总分$/);
    expect(only(summary('在全市义务教育质量评估中,我校连续两年位居全市前五名。')).indicator).toBe('义务教育质量评估');
    expect(only(summary('合唱团连续三年获区艺术节第一名。')).indicator).toBe('合唱团');
  });

  it('gives a bracketed earlier rank the indicator of the rank it follows', () => {
    expect(names(summary('在全县教学质量评估中,我校位列第3名(上年为第6名)。'))).toEqual(['教学质量评估', '教学质量评估']);
  });

  it('reads a 在…中 frame as what is measured, without its 中, but keeps 初中 whole', () => {
    const ranks = targets(plan('力争在全县艺术展演评比中有2个以上节目进入前五名。')).filter((t) => t.unit === '名次');
    expect(ranks.map((t) => t.indicator)).toEqual(['艺术展演评比']);
    expect(only(plan('教师在初中任教满五年的达到60%。')).indicator).toBe('初中任教满五年');
    expect(only(plan('全区学生在初中的体质达标率达到92%。')).indicator).toBe('初中的体质达标率');
  });

  it('keeps a ranked thing that stands before its verb, and a league after a cue word', () => {
    expect(only(plan('六年级学业水平检测成绩保持全镇前三名。')).indicator).toBe('六年级学业水平检测成绩');
    expect(only(plan('力争进入全区示范园前十名。')).indicator).toBe('示范园');
  });

  it('reads a school level alone as that level of the measure the clause before or the section names', () => {
    expect(names(plan('小学生近视率控制在35%以下,初中控制在45%以下。'))).toEqual(['小学生近视率', '初中生近视率']);
    expect(only(plan('一、校舍\n(一)生均绿化用地面积\n规定指标:小学不低于2.5平方米。')).indicator).toBe('小学生均绿化用地面积');
    expect(only(plan('初中物理实验室不少于2间。')).indicator).toBe('初中物理实验室');
  });

  it('takes what each one does or has after a distributive subject', () => {
    expect(only(plan('每名中层干部每学期至少上示范课1节。')).indicator).toBe('上示范课');
    expect(only(plan('每所幼儿园至少配备1名保健医生。')).indicator).toBe('保健医生');
  });

  it('does not take a reference level or a flattened full stop for the indicator', () => {
    const [, gap] = targets(summary('2024年全区学生体质健康优良率为52%,低于全省平均水平4.1个百分点.'));
    expect(gap!.indicator).toBe('学生体质健康优良率');
    expect(gap!.comparator).toBe('decrease');
    const [added] = targets(plan('新建小学2所,增加学位1 350个.到2027年,大班额全部消除。'));
    expect(added!.indicator).toBe('学位');
  });

  it('gives a value that names no indicator the one before it in the sentence', () => {
    expect(names(plan('到2025年,全科合格率提升至82%;到2026年,提升至86%。'))).toEqual(['全科合格率', '全科合格率']);
  });

  it('reads a share after a list number as the share, not as a decimal of the number', () => {
    const found = targets(plan('成功准则:\n1.85%学生能独立完成预习。\n2.七成教师能运用电子白板。\n3.90%以上的家长认同作业安排。'));
    expect(found.map((t) => t.value)).toEqual([85, 70, 90]);
  });
});
