// The benchmark scorer on tiny hand-made records: pairing by GUIDE.md's rules and the arithmetic of
// precision, recall and F1, so a broken pairing rule shows here before it bends every accuracy figure.
import { describe, expect, it } from 'vitest';
import { JsonlError, match, overlap, parseJsonl, score, type Row } from '../src/bench/score.js';

const target = (doc: string, fields: Row): Row => ({ type: 'target', doc, unit: '%', comparator: 'ge', kind: 'goal', year: null, ...fields });

describe('targets pair by unit, value and anchor inside the evidence', () => {
  const gold = [
    target('a#1', { indicator: '优秀率', value: 50, anchor: '优秀率不低于50%' }),
    target('a#1', { indicator: '及格率', value: 90, anchor: '及格率达到90%' }),
    target('a#1', { indicator: '骨干教师', value: 3, unit: '名', anchor: '骨干教师不少于3名' }),
    target('a#1', { indicator: '经费', value: 12, unit: '万元', anchor: '经费12万元' }),
  ];
  const pred = [
    target('a#1', { indicator: '优秀率', value: 50, evidence: '全校优秀率 不低于50%。' }), // whitespace inside is ignored
    target('a#1', { indicator: '及格率', value: 90.5, evidence: '及格率达到90%' }), // value off by more than 0.01
    target('a#1', { indicator: '骨干教师', value: 3, unit: '人', evidence: '培养骨干教师不少于3名' }), // 名 reads as 人
    target('a#1', { indicator: '经费', value: 12, unit: '万元', evidence: '另有资金' }), // anchor not in evidence
    target('b#1', { indicator: '经费', value: 12, unit: '万元', evidence: '经费12万元' }), // another document
  ];
  const report = score(gold, pred);

  it('counts exactly the pairs the rules allow', () => {
    expect(report.target).toMatchObject({ gold: 4, pred: 5, matched: 2 });
  });

  it('computes precision, recall and F1 from the counts', () => {
    expect(report.target.precision).toBeCloseTo(2 / 5, 10);
    expect(report.target.recall).toBeCloseTo(2 / 4, 10);
    expect(report.target.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9, 10);
  });

  it('splits percentages from other units', () => {
    expect(report['target%']).toMatchObject({ gold: 2, pred: 2, matched: 1 });
    expect(report['target-other']).toMatchObject({ gold: 2, pred: 3, matched: 1 });
  });
});

describe('one export record answers one gold record', () => {
  it('two gold targets with the same anchor need two records', () => {
    const gold = [target('a#1', { indicator: '合格率', value: 95, anchor: '合格率达到95%' }), target('a#1', { indicator: '合格率', value: 95, anchor: '合格率达到95%' })];
    const one = score(gold, [target('a#1', { indicator: '合格率', value: 95, evidence: '合格率达到95%' })]);
    expect(one.target).toMatchObject({ matched: 1, precision: 1, recall: 0.5 });
  });

  it('finds the maximum pairing, not the greedy one', () => {
    // gold 0 could take either record; greedy would strand gold 1
    const ok = (g: Row, p: Row): boolean => (g.id === 0 ? true : p.id === 0);
    expect(match([{ id: 0 }, { id: 1 }], [{ id: 0 }, { id: 1 }], ok)).toHaveLength(2);
  });

  it('pairs identical anchors with their own record first, so agreement is counted fairly', () => {
    const gold = [
      target('a#1', { indicator: '优秀率', value: 60, comparator: 'eq', kind: 'actual', anchor: '优秀率60%' }),
      target('a#1', { indicator: '优秀率', value: 60, comparator: 'ge', kind: 'goal', anchor: '优秀率60%' }),
    ];
    const pred = [
      // in this order a plain maximum pairing crosses them over
      target('a#1', { indicator: '优秀率', value: 60, comparator: 'eq', kind: 'actual', evidence: '去年优秀率60%,明年优秀率60%以上' }),
      target('a#1', { indicator: '优秀率', value: 60, comparator: 'ge', kind: 'goal', evidence: '去年优秀率60%,明年优秀率60%以上' }),
    ];
    expect(score(gold, pred).target.accuracy).toMatchObject({ comparator: 1, kind: 1 });
  });
});

describe('headings, phases and parties', () => {
  it('a heading pairs at 80% character overlap on the same level', () => {
    const gold: Row[] = [{ type: 'heading', doc: 'a#1', level: 1, text: '指导思想' }, { type: 'heading', doc: 'a#1', level: 2, text: '加强组织领导' }];
    const pred: Row[] = [{ type: 'heading', doc: 'a#1', level: 1, text: '指导思想。' }, { type: 'heading', doc: 'a#1', level: 1, text: '加强组织领导' }];
    expect(score(gold, pred).heading).toMatchObject({ matched: 1, f1: 0.5 });
    expect(overlap('指导思想', '指导思想以习近平')).toBeLessThan(0.8);
  });

  it('a phase pairs by order and a name overlapping 60% or holding the other', () => {
    const gold: Row[] = [{ type: 'phase', doc: 'a#1', order: 1, name: '宣传启动阶段', start: '2024-03', end: '2024-04' }];
    const named = score(gold, [{ type: 'phase', doc: 'a#1', order: 1, name: '启动阶段', start: '2024-03', end: '2024-05' }]);
    expect(named.phase).toMatchObject({ matched: 1, accuracy: { start: 1, end: 0 } });
    expect(score(gold, [{ type: 'phase', doc: 'a#1', order: 2, name: '宣传启动阶段' }]).phase.matched).toBe(0);
  });

  it('a party pairs when either name holds the other, but not on one shared character', () => {
    const gold: Row[] = [
      { type: 'party', doc: 'a#1', name: '教研室', kind: 'org' },
      { type: 'party', doc: 'a#1', name: '冯国栋', kind: 'person', role: '组长' },
    ];
    const pred: Row[] = [
      { type: 'party', doc: 'a#1', name: '县教研室', kind: 'org' },
      { type: 'party', doc: 'a#1', name: '冯', kind: 'person', role: '组长' },
    ];
    expect(score(gold, pred).party.matched).toBe(1);
  });
});

describe('document fields', () => {
  const gold: Row[] = [
    { type: 'document', doc: 'a#1', title: '某县义务教育质量提升三年行动计划', organization: '某县教育局', province: '湖南', date: '2025-03-10', period_start: 2025, period_end: 2027, doc_type: 'plan', relevant: true, script: 'hans' },
    { type: 'document', doc: 'b#1', title: '某小学工作总结', organization: null, province: null, date: null, period_start: null, period_end: null, doc_type: 'summary', relevant: true, script: 'hans' },
  ];
  const pred: Row[] = [
    { type: 'document', doc: 'a#1', title: '关于印发某县义务教育质量提升三年行动计划的通知', organization: '某县教育局办公室', province: '湖南省', date: '2025-03-14', period_start: 2025, period_end: 2027, doc_type: 'plan', relevant: true, script: 'hans' },
    { type: 'document', doc: 'c#1', title: '相关推荐' },
  ];
  const { documents } = score(gold, pred);

  it('finds documents by id; a missing one costs every field', () => {
    expect(documents).toMatchObject({ gold: 2, pred: 2, matched: 1, precision: 0.5, recall: 0.5 });
    expect(documents.accuracy.doc_type).toBe(0.5);
  });

  it('reads titles by 80% overlap, organizations by containment, provinces without their suffix', () => {
    // the notice's title holds the plan's: 32 shared characters of 16 + 23
    expect(documents.accuracy).toMatchObject({ title: 0.5, organization: 0.5, province: 0.5, date: 0 });
    expect(documents.field_mean).toBeCloseTo(4 / 9, 10);
  });
});

describe('parseJsonl', () => {
  it('skips blank lines and names the line it cannot read', () => {
    expect(parseJsonl('{"a":1}\n\n{"a":2}\n')).toHaveLength(2);
    expect(() => parseJsonl('{"a":1}\n{oops\n', 'gold.jsonl')).toThrow(JsonlError);
    expect(() => parseJsonl('{"a":1}\n{oops\n', 'gold.jsonl')).toThrow(/^gold\.jsonl:2: not JSON/);
  });
});
