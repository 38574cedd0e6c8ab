// The fourth real-style held-out set (tests/fixtures/realstyle4): page kinds the first three sets have little of
// (课后服务 plan with a 责任人 table, 体质健康 and 三年发展规划 plans with year-by-year goal lines, a bureau notice
// carrying a 集团化办学 plan, a one-line 优质均衡 创建 plan, a pinyin-annotated traditional-script 自评报告, a
// 【精选3篇】 compilation repeating its title after each marker, a template whose figures were deleted, a WeChat
// news item, another sector's plan). Its gold was committed before planmine first ran on it; the first run gave
// targets 0.896, phases 0.818, parties 0.820, headings 0.906, document fields 0.824. The fifth and sixth rule
// rounds (invented batches for its miss classes) raised it to 0.996/1.000/0.896/0.976/0.981, and the fifth parties
// round (invented batch d85–d87 for its party classes) parties to 0.952; floors sit a little
// under that, so a later rule that undoes those rounds fails here. They are not goals, and nobody may tune a rule
// on this set's text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIds, scoreFixtureSet } from './helpers/fixture-set.js';

describe('fourth real-style held-out set against its hand-made gold', async () => {
  const { gold, pred, report, failed } = await scoreFixtureSet(join(import.meta.dirname, 'fixtures', 'realstyle4'));

  it('rejects no page and finds every article, and only them (compilation split, chrome left out)', () => {
    expect(failed).toBe(0);
    expect(documentIds(pred)).toEqual(documentIds(gold));
  });

  it.each([
    ['target', 0.97],
    ['phase', 0.97],
    ['party', 0.93],
    ['heading', 0.95],
  ] as const)('%s F1 stays at or above %f', (type, floor) => {
    expect(report[type].f1).toBeGreaterThanOrEqual(floor);
  });

  it('document fields stay at or above their level after the sixth round', () => {
    expect(report.documents.field_mean).toBeGreaterThanOrEqual(0.95);
    expect(report.documents.accuracy.script).toBe(1);
    expect(report.documents.accuracy.doc_type).toBe(1);
    expect(report.documents.accuracy.relevant).toBe(1);
  });

  it('targets keep their comparator, kind and due year at their level after the sixth round', () => {
    expect(report.target.accuracy.comparator).toBeGreaterThanOrEqual(0.97);
    expect(report.target.accuracy.kind).toBeGreaterThanOrEqual(0.97);
    expect(report.target.accuracy.year).toBeGreaterThanOrEqual(0.97);
    // indicator agreement (either name holds the other): 0.952 on the first run, 0.978 after the fifth round
    expect(report.target.accuracy.indicator).toBeGreaterThanOrEqual(0.95);
  });
});
