// The third real-style held-out set (tests/fixtures/realstyle3): page kinds the first two sets have little
// of (整改方案 with 责任人/完成时限, bureau 工作要点, 责任分工 tables, 文库 templates with a glued table of
// contents, 中考备考, 教研组 and 德育 plans, 自评报告). Its gold was committed before planmine first ran on
// it (targets 0.981, phases 0.914, parties 0.905, headings 0.926, document fields 0.956). The fourth
// rule round, written on invented batches for its miss classes, raised it to 0.991/1.000/0.925/0.941/0.956;
// floors sit a little under that, so a later rule that undoes the round fails here. They are not goals,
// and nobody may tune a rule on this set's text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIds, scoreFixtureSet } from './helpers/fixture-set.js';

describe('third real-style held-out set against its hand-made gold', async () => {
  const { gold, pred, report, failed } = await scoreFixtureSet(join(import.meta.dirname, 'fixtures', 'realstyle3'));

  it('rejects no page and finds every article, and only them (compilation split, chrome left out)', () => {
    expect(failed).toBe(0);
    expect(documentIds(pred)).toEqual(documentIds(gold));
  });

  it.each([
    ['target', 0.97],
    ['phase', 0.97],
    ['party', 0.95], // the fourth parties round (branch parties5) reached 0.963
    ['heading', 0.92],
  ] as const)('%s F1 stays at or above %f', (type, floor) => {
    expect(report[type].f1).toBeGreaterThanOrEqual(floor);
  });

  it('document fields stay at or above their first-run level', () => {
    // 0.956 before the fifth document round (a summary's title years are no period), 0.978 after
    expect(report.documents.field_mean).toBeGreaterThanOrEqual(0.96);
    for (const field of ['title', 'province', 'date', 'doc_type', 'relevant', 'script'] as const) expect(report.documents.accuracy[field], field).toBe(1);
  });

  it('targets keep their comparator; kind and due year stay at their level after the fourth round', () => {
    expect(report.target.accuracy.comparator).toBeGreaterThanOrEqual(0.97);
    expect(report.target.accuracy.kind).toBeGreaterThanOrEqual(0.95);
    expect(report.target.accuracy.year).toBeGreaterThanOrEqual(0.97);
    // indicator agreement (either name holds the other): 0.867 before the fifth indicator round, 0.962 after
    expect(report.target.accuracy.indicator).toBeGreaterThanOrEqual(0.95);
  });
});
