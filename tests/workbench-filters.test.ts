import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWriting } from '../src/db/connection.js';
import { compareTargets } from '../src/workbench/compare.js';
import { gatherReportData } from '../src/workbench/report/data.js';
import { markedText } from '../src/serve/marked-text.js';
import { storePlans, type PlanSpec } from './fixtures/workbench/plans.js';

// Invented: a plan by a named school, a plan that names none, and a page judged off-topic.
const PLANS: PlanSpec[] = [
  {
    doc: 'f01_named#1', title: '庚县中学质量提升方案', organization: '庚县中学', province: '江苏', date: '2023-05', docType: 'plan',
    text: '庚县中学质量提升方案\n一、目标\n学生体质健康优秀率达到32%。\n二、步骤\n(一)准备阶段(2023年6月—2023年8月)',
    targets: [{ indicator: '体质健康优秀率', value: 32, unit: '%', comparator: 'ge', kind: 'goal', year: null, evidence: '学生体质健康优秀率达到32%' }],
    phases: [{ name: '准备阶段', start: '2023-06', end: '2023-08', evidence: '(一)准备阶段(2023年6月—2023年8月)' }],
  },
  {
    doc: 'f02_unnamed#1', title: '关于推进辛镇义务教育质量提升的实施方案', organization: null, province: '江苏', date: '2022-09', docType: 'plan',
    text: '关于推进辛镇义务教育质量提升的实施方案\n一、目标\n体质健康优秀率达到27%。\n二、步骤\n(一)动员阶段(2022年9月—2022年10月)',
    targets: [{ indicator: '体质健康优秀率', value: 27, unit: '%', comparator: 'ge', kind: 'goal', year: null, evidence: '体质健康优秀率达到27%' }],
    phases: [{ name: '动员阶段', start: '2022-09', end: '2022-10', evidence: '(一)动员阶段(2022年9月—2022年10月)' }],
  },
  {
    doc: 'f03_offtopic#1', title: '壬市体育彩票销售通知', organization: '壬市体育局', province: '江苏', date: '2023-01', docType: 'plan', relevant: 0,
    text: '壬市体育彩票销售通知\n全年销售合格率达到99%,体质健康优秀率达到90%。',
    targets: [{ indicator: '体质健康优秀率', value: 90, unit: '%', comparator: 'ge', kind: 'goal', year: null, evidence: '体质健康优秀率达到90%' }],
  },
];

async function filtersDb() {
  const db = await openForWriting(join(mkdtempSync(join(tmpdir(), 'planmine-filters-')), 'plans.sqlite'));
  await storePlans(db, PLANS);
  return db;
}

describe('articles judged irrelevant', () => {
  it('stay out of compare unless asked for, or asked for alone', async () => {
    const db = await filtersDb();
    expect((await compareTargets(db, ['优秀率'])).rows.map((r) => r.value).sort()).toEqual([27, 32]);
    expect((await compareTargets(db, ['优秀率'], { filter: { includeIrrelevant: true } })).rows).toHaveLength(3);
    expect((await compareTargets(db, ['优秀率'], { filter: { relevant: false } })).rows.map((r) => r.doc)).toEqual(['f03_offtopic#1']);
    await db.close();
  });

  it('stay out of the report unless asked for', async () => {
    const db = await filtersDb();
    const report = await gatherReportData(db);
    expect(report.totals.articles).toBe(2);
    expect(report.targets.map((t) => t.doc)).not.toContain('f03_offtopic#1');
    expect((await gatherReportData(db, undefined, undefined, { includeIrrelevant: true })).totals.articles).toBe(3);
    expect((await gatherReportData(db, undefined, undefined, { year: 2022 })).targets.map((t) => t.doc)).toEqual(['f02_unnamed#1']);
    await db.close();
  });
});

describe('report labels', () => {
  it('labels the phases and bars of an article without an organization by its title', async () => {
    const db = await filtersDb();
    const report = await gatherReportData(db);
    expect(report.phases.map((p) => p.label)).toEqual(['庚县中学', '关于推进辛镇义务教育质量提升的实施方案']);
    expect(report.targets.find((t) => t.doc === 'f02_unnamed#1')!.label).toBe('关于推进辛镇义务教育质量提升的实施方案');
    await db.close();
  });
});

describe('marked text', () => {
  it('slices by characters, so a character outside the BMP before a span does not shift it', () => {
    const text = '𠮷校目标:优秀率达到30%。';
    // Offsets as stored: characters, where 𠮷 counts once.
    const start = [...text].indexOf('优');
    const html = markedText(text, [{ key: 'target-1', kind: 'target', start, end: start + 8, title: 't' }]);
    expect(html).toContain('<mark class="target" data-spans="target-1" title="t"><a href="#target-1">优秀率达到30%</a></mark>');
  });

  it('keeps every overlapping record marked and escapes the text', () => {
    const text = '<b>德育处</b>负责达到95%';
    const html = markedText(text, [
      { key: 'party-1', kind: 'party', start: 3, end: 6, title: 'p' },
      { key: 'target-2', kind: 'target', start: 3, end: 17, title: 't' },
    ]);
    expect(html).not.toContain('<b>');
    expect(html).toContain('data-spans="party-1 target-2"');
    const pieces = [...html.matchAll(/data-spans="([^"]*)"[^>]*><a [^>]*>([^<]*)</g)];
    const of = (key: string) => pieces.filter((m) => m[1]!.split(' ').includes(key)).map((m) => m[2]).join('');
    expect(of('party-1')).toBe('德育处');
    expect(of('target-2')).toBe('德育处&#60;/b&#62;负责达到95%');
  });
});
