// The tables of `npm run accuracy`: the indicator agreement score.mjs computes among matched targets
// is shown beside comparator, kind and year, from the same report, so the column cannot show a stale
// or another set's figure.
import { describe, expect, it } from 'vitest';
import { fieldsTable, recordTypesTable } from '../src/bench/accuracy-table.js';
import { score, type Row } from '../src/bench/score.js';

const target = (fields: Row): Row => ({ type: 'target', doc: 'a#1', unit: '%', comparator: 'ge', kind: 'goal', year: null, ...fields });
const gold = [
  target({ indicator: '优秀率', value: 50, anchor: '优秀率不低于50%' }),
  target({ indicator: '语文合格率', value: 95, anchor: '合格率分别为95%' }),
  target({ indicator: '数学合格率', value: 93, anchor: '和93%' }),
  target({ indicator: '巩固率', value: 99, anchor: '巩固率达到99%', year: 2025 }),
];
const pred = [
  target({ indicator: '思品优秀率', value: 50, evidence: '思品优秀率不低于50%' }), // holds the gold name: agrees
  target({ indicator: '语文合格率', value: 95, evidence: '语文、数学两科合格率分别为95%和93%' }),
  target({ indicator: '语文、数学两科合格率', value: 93, evidence: '语文、数学两科合格率分别为95%和93%' }), // neither holds the other
  target({ indicator: '巩固率', value: 99, evidence: '巩固率达到99%' }), // year missed
];

function cells(tableText: string, set: string): Record<string, string> {
  const [head, , ...rows] = tableText.split('\n');
  const names = head!.trim().split(/\s+/);
  const row = rows.find((r) => r.startsWith(set))!.trim().split(/\s+/);
  return Object.fromEntries(names.map((n, i) => [n, row[i]!]));
}

describe('the accuracy tables', () => {
  const report = score(gold, pred);
  const results = [{ name: 'tiny', files: 1, failed: 0, report }];

  it('show indicator agreement next to comparator, kind and year', () => {
    const text = fieldsTable(results);
    expect(text.split('\n')[0]).toMatch(/comparator\s+kind\s+year\s+indicator$/);
    expect(cells(text, 'tiny')).toMatchObject({ comparator: '1.000', kind: '1.000', year: '0.750', indicator: '0.750' });
  });

  it('say n/a where no target was matched', () => {
    const none = score(gold, []);
    expect(cells(fieldsTable([{ name: 'empty', files: 1, failed: 0, report: none }]), 'empty')).toMatchObject({ indicator: 'n/a', year: 'n/a' });
  });

  it('keep the record-type table unchanged', () => {
    expect(cells(recordTypesTable(results), 'tiny')).toMatchObject({ targets: '1.000', phases: 'n/a' });
  });
});
