// Timetables as real pages write them, second batch: each case is a class of layout seen on scraped
// school plans and summaries, on sentences invented for this test.
import { describe, expect, it } from 'vitest';
import { phasesExtractor } from '../extractors/phases/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };
function phases(raw: string): [string, string | null, string | null][] {
  const n = normalizeText(raw);
  const article = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script })[0]!;
  return phasesExtractor.extract(article, { segmenter }).records.map((r) => [r.name, r.start, r.end]);
}

describe('stage layouts of real timetables', () => {
  it('an ordinal with its name in brackets takes the dates after the colon (第一阶段(准备阶段):…)', () => {
    const found = phases('某小学科技节方案\n三、活动步骤\n第一阶段(筹备阶段):2025年4月1日至4月10日。拟定方案。\n第二阶段(展评阶段):2025年4月11日至5月20日。各班展示作品。\n');
    expect(found).toEqual([
      ['筹备阶段', '2025-04-01', '2025-04-10'],
      ['展评阶段', '2025-04-11', '2025-05-20'],
    ]);
  });

  it('school years date a stage (2023—2024学年, a semester of one)', () => {
    const found = phases('某中学体育特色建设规划\n四、实施步骤\n第一阶段(2024—2025学年):夯实基础。\n第二阶段(2025—2026学年第二学期):特色提升。\n');
    expect(found).toEqual([
      ['夯实基础', '2024', '2025'],
      ['特色提升', '2026-02', '2026-07'],
    ]);
  });

  it('dated sub-items of a numbered stage are its tasks, not stages of their own', () => {
    const found = phases('某校食堂管理整治方案\n二、工作步骤\n(一)自查自纠(2025年3月)\n全面自查。\n(二)集中整治(2025年4月—5月)\n1.更换设备(4月上旬)。\n2.培训从业人员(4月下旬)。\n(三)验收总结(2025年6月)\n');
    expect(found.map((f) => f[0])).toEqual(['自查自纠', '集中整治', '验收总结']);
  });

  it('a month-by-month work calendar (每月工作安排) is no implementation timetable', () => {
    const found = phases('某幼儿园春季园务计划\n三、每月工作安排\n三月:开学稳定情绪,召开家长会。\n四月:春游活动。\n五月:六一节目排练。\n');
    expect(found).toEqual([]);
  });

  it('a stage that only starts (2026年1月起) has no end', () => {
    const found = phases('某县阅读推广方案\n四、实施步骤\n(一)启动阶段(2025年9月):制定方案。\n(二)推广阶段:2025年10月起,全面推开。\n');
    expect(found).toEqual([
      ['启动阶段', '2025-09', '2025-09'],
      ['推广阶段', '2025-10', null],
    ]);
    expect(phases('某校方案\n五、实施步骤\n(一)启动阶段(2024年4月—)\n(二)推进阶段(2024年5月—2025年5月)\n')).toEqual([
      ['启动阶段', '2024-04', null],
      ['推进阶段', '2024-05', '2025-05'],
    ]);
  });

  it('lettered and decimal markers (A.准备阶段, 6.1准备阶段) are no part of the name', () => {
    expect(phases('某校课题方案\n五、实施步骤\nA.准备阶段(2025年3月—4月):组建课题组。\nB.实施阶段(2025年5月—12月):开展研究。\n').map((f) => f[0])).toEqual(['准备阶段', '实施阶段']);
    expect(phases('某校开学工作方案\n六、时间规划\n6.1开学前准备阶段(8月20日—8月31日)\n6.2开学初适应阶段(9月1日—9月15日)\n').map((f) => f[0])).toEqual(['开学前准备阶段', '开学初适应阶段']);
  });

  it('a timetable table flattened with its cell separators lost still gives its stages', () => {
    const found = phases('某中学阅读工程方案\n三、实施步骤\n阶段时间主要任务宣传发动阶段2024年9月召开动员会,印发方案深入推进阶段2024年10月—2025年5月开展班级共读总结表彰阶段2025年6月评选书香班级\n四、保障措施\n');
    expect(found).toEqual([
      ['宣传发动阶段', '2024-09', '2024-09'],
      ['深入推进阶段', '2024-10', '2025-05'],
      ['总结表彰阶段', '2025-06', '2025-06'],
    ]);
  });

  it("a summary's course of work (工作推进过程: 3月—4月,学校…;5月,…) lists its stages", () => {
    const found = phases('某小学读书月活动总结\n二、活动开展过程\n2024年4月,学校召开了动员会;5月—6月,各班开展了共读活动;7月,学校评选了书香家庭。\n三、取得的成效\n');
    expect(found).toEqual([
      ['学校召开了动员会', '2024-04', '2024-04'],
      ['各班开展了共读活动', '2024-05', '2024-06'],
      ['学校评选了书香家庭', '2024-07', '2024-07'],
    ]);
  });

  it('an ordinal dated in brackets and followed by its numbered tasks keeps the ordinal as its name', () => {
    const found = phases('某县文明校园活动方案 四、活动安排 (一)第一阶段(2025年7月下旬至8月中旬) 1.全面动员布置。2.广泛宣传。 (二)第二阶段(2025年8月下旬至9月中旬) 1.深入开展教育。');
    expect(found).toEqual([
      ['第一阶段', '2025-07', '2025-08'],
      ['第二阶段', '2025-08', '2025-09'],
    ]);
  });

  it('a plan laid out by its stages, each section dated in its title, gives them without a timetable heading', () => {
    const found = phases('某区2023年中小学文明创建活动实施方案\n为推进创建工作,特制定本方案。\n一、宣传发动(6月10日--6月30日)\n1、召开动员会议。\n二、组织实施(7月1日--12月31日)\n1、开展活动。\n三、总结表彰(2024年1月)\n评选先进。\n');
    expect(found).toEqual([
      ['宣传发动', '2023-06-10', '2023-06-30'],
      ['组织实施', '2023-07-01', '2023-12-31'],
      ['总结表彰', '2024-01', '2024-01'],
    ]);
    // one dated section among undated ones is no timetable
    expect(phases('某校方案\n一、指导思想\n略。\n二、开学典礼(9月1日)\n略。\n三、工作要求\n略。\n')).toEqual([]);
  });
});
