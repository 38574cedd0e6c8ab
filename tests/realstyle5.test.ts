// The fifth real-style held-out set (tests/fixtures/realstyle5): page kinds the first four sets have little of
// (a 三年行动计划 with a 年度目标 table whose rows are years, a bureau notice carrying a 县管校聘 plan with a
// 责任单位/完成时限 duty table, a 劳动教育 plan as PDF text with page footers and hard wraps, a summary with
// 一是…二是… results, a traditional-script kindergarten 督导 自评报告, a 【第一篇】 compilation, a principal's
// speech, a hospital's plan). Its gold was committed before planmine first ran on it; the first run (extraction code of
// e31f6fa, the branch point) gave targets 0.991, phases 1.000, parties 0.932, headings 0.976,
// document fields 0.963. Floors sit 0.02–0.03 under that first run so a rule change that makes these untuned
// pages worse fails here. They are not goals, and nobody may tune a rule on this set's text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIds, scoreFixtureSet } from './helpers/fixture-set.js';

describe('fifth real-style held-out set against its hand-made gold', async () => {
  const { gold, pred, report, failed } = await scoreFixtureSet(join(import.meta.dirname, 'fixtures', 'realstyle5'));

  it('rejects no page and finds every article, and only them (【第一篇】 split, chrome left out)', () => {
    expect(failed).toBe(0);
    expect(documentIds(pred)).toEqual(documentIds(gold));
  });

  it.each([
    ['target', 0.96],
    ['phase', 0.97],
    ['party', 0.9],
    ['heading', 0.95],
  ] as const)('%s F1 stays at or above %f', (type, floor) => {
    expect(report[type].f1).toBeGreaterThanOrEqual(floor);
  });

  it('document fields stay at or above their first-run level', () => {
    expect(report.documents.field_mean).toBeGreaterThanOrEqual(0.93);
    // nine articles: one wrong field is 0.889, so these floors ask for every article, as the first run had
    expect(report.documents.accuracy.script).toBe(1);
    expect(report.documents.accuracy.doc_type).toBeGreaterThanOrEqual(0.97);
    expect(report.documents.accuracy.relevant).toBeGreaterThanOrEqual(0.97);
    expect(report.documents.accuracy.organization).toBeGreaterThanOrEqual(0.97);
    expect(report.documents.accuracy.province).toBeGreaterThanOrEqual(0.97);
  });

  it('targets keep their comparator, kind, due year and indicator at the first-run level', () => {
    expect(report.target.accuracy.comparator).toBeGreaterThanOrEqual(0.96);
    expect(report.target.accuracy.kind).toBeGreaterThanOrEqual(0.96);
    expect(report.target.accuracy.year).toBeGreaterThanOrEqual(0.93);
    expect(report.target.accuracy.indicator).toBeGreaterThanOrEqual(0.86);
  });
});
