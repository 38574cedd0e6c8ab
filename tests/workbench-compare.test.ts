import { describe, expect, it, beforeAll } from 'vitest';
import type { Database } from '../src/db/connection.js';
import { compareTargets } from '../src/workbench/compare.js';
import { compareAsCsv, compareAsJson, compareAsTable, formatPromise } from '../src/workbench/compare-output.js';
import { median } from '../src/workbench/stats.js';
import { workbenchDatabase } from './fixtures/workbench/database.js';
import { readCsv } from './fixtures/workbench/csv-read.js';

let db: Database;
beforeAll(async () => {
  db = (await workbenchDatabase()).db;
});

describe('compareTargets', () => {
  it('finds every variant of an indicator by its words and nothing else', async () => {
    const result = await compareTargets(db, ['体质健康', '优秀率']);
    expect(result.rows.map((r) => r.indicator).sort()).toEqual(
      ['体质健康优秀率', '体质健康优秀率', '体质健康优秀率', '体质健康优秀率', '学生体质健康测试优秀率'].sort(),
    );
    expect(new Set(result.rows.map((r) => r.indicator_key))).toEqual(new Set(['体质健康优秀率']));
  });

  it('matches a word written with the filler words the canonical key drops', async () => {
    const result = await compareTargets(db, ['学生体质健康优秀率'], { kind: 'goal' });
    expect(result.rows.map((r) => r.organization).sort()).toEqual(['丙区中心学校', '乙市实验小学', '戊校<img src=x onerror="window.__pwned=true">', '甲县第一中学'].sort());
  });

  it('keeps goals and reported figures apart with --kind', async () => {
    const actual = await compareTargets(db, ['体质健康', '优秀率'], { kind: 'actual' });
    expect(actual.rows.map((r) => [r.organization, r.value])).toEqual([['丁镇中学', 22]]);
  });

  it('treats LIKE wildcards in the words as plain characters', async () => {
    expect((await compareTargets(db, ['%'])).rows).toEqual([]);
    expect((await compareTargets(db, ['_'])).rows).toEqual([]);
  });

  it('refuses an empty list of words', async () => {
    await expect(compareTargets(db, [' '])).rejects.toThrow(/indicator word/);
  });

  it('summarizes per province with count, min, median and max', async () => {
    const { summary } = await compareTargets(db, ['体质健康', '优秀率'], { by: 'province', kind: 'goal' });
    const jiangsu = summary.find((g) => g.group === '江苏');
    expect(jiangsu).toMatchObject({ indicator_key: '体质健康优秀率', unit: '%', count: 2, articles: 2, min: 25, median: 30, max: 35 });
    expect(summary.find((g) => g.group === '陕西')).toMatchObject({ count: 1, min: 30, median: 30, max: 30 });
    // An article with no province still counts, in its own group, listed last.
    expect(summary.at(-1)).toMatchObject({ group: '(none)', count: 1, min: 28 });
  });

  it('never pools a level with a change, or goals with actuals', async () => {
    const { summary } = await compareTargets(db, ['率'], { by: 'province' });
    const jiangsu = summary.filter((g) => g.group === '江苏');
    expect(jiangsu.find((g) => g.indicator_key === '近视率')).toMatchObject({ measure: 'change', unit: '百分点', count: 1 });
    const sichuan = summary.filter((g) => g.group === '四川' && g.indicator_key === '体质健康优秀率');
    expect(sichuan).toEqual([expect.objectContaining({ kind: 'actual', count: 1 })]);
  });

  it('groups by the year a target is due', async () => {
    const { summary, rows } = await compareTargets(db, ['优秀率'], { by: 'year', kind: 'goal' });
    expect(summary.filter((g) => g.indicator_key === '体质健康优秀率').map((g) => [g.group, g.count])).toEqual([
      ['2025', 1], ['2026', 1], ['(none)', 2],
    ]);
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, null, null]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });
});

describe('compare output', () => {
  it('writes CSV that reads back to the same rows, quotes and all', async () => {
    const result = await compareTargets(db, ['优良率']);
    const rows = readCsv(compareAsCsv(result));
    expect(rows[0]).toEqual(['doc', 'organization', 'province', 'indicator_key', 'indicator', 'kind', 'comparator', 'value', 'value_max', 'unit', 'year', 'title', 'evidence']);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({ organization: '丙区中心学校', value: '60', unit: '%', evidence: '优良率达到"60%"', year: '2026', value_max: '' });
  });

  it('puts the group column first in CSV and can write the summary instead', async () => {
    const result = await compareTargets(db, ['体质健康', '优秀率'], { by: 'province' });
    const rows = readCsv(compareAsCsv(result));
    expect(rows[0]!.slice(0, 3)).toEqual(['province', 'doc', 'organization']);
    expect(rows.at(-1)![0]).toBe('');
    expect(readCsv(compareAsCsv(await compareTargets(db, ['不存在的指标'], { by: 'province' })))).toEqual([rows[0]]);
    const summary = readCsv(compareAsCsv(result, true));
    expect(summary[0]).toEqual(['province', 'indicator_key', 'kind', 'measure', 'unit', 'count', 'articles', 'min', 'median', 'max']);
    expect(summary.slice(1).find((r) => r[0] === '江苏' && r[2] === 'goal')).toEqual(['江苏', '体质健康优秀率', 'goal', 'level', '%', '2', '2', '25', '30', '35']);
  });

  it('writes JSON with rows and summary', async () => {
    const parsed = JSON.parse(compareAsJson(await compareTargets(db, ['巩固率'], { by: 'organization' })));
    expect(parsed.by).toBe('organization');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.summary[0]).toMatchObject({ group: '乙市实验小学', count: 1, median: 99 });
  });

  it('prints one row per article with its targets side by side, then the summary, and says so when nothing matches', async () => {
    const result = await compareTargets(db, ['体质健康', '优秀率'], { by: 'province' });
    const table = compareAsTable(result);
    expect(table).toMatch(/^province\s+doc\s+organization\s+targets/);
    expect(table).toContain('≥25%');
    const articles = new Set(result.rows.map((r) => r.doc)).size;
    expect(table).toContain(`summary (5 targets in ${articles} articles):`);
    const bodyLines = table.split('\n\nsummary')[0]!.split('\n').slice(2);
    expect(bodyLines).toHaveLength(articles);
    expect(compareAsTable(await compareTargets(db, ['不存在的指标']))).toBe('no target matches 不存在的指标');
  });

  it('says a range and a decrease the way a reader would', () => {
    expect(formatPromise({ comparator: 'range', value: 2, value_max: 3, unit: '次' })).toBe('2–3次');
    expect(formatPromise({ comparator: 'decrease', value: 1, value_max: null, unit: '百分点' })).toBe('−1百分点');
    expect(formatPromise({ comparator: 'le', value: 3, value_max: null, unit: '名次' })).toBe('≤3名次');
  });
});
