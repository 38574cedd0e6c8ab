import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ftsExpression, parseSearchQuery } from '../src/search/query.js';
import { search, snippetText } from '../src/search/fts.js';
import { PlanmineError } from '../src/errors.js';
import { freshDatabase, ingestInline, tempDir } from './helpers/db.js';

// Invented plans: one figure as a percentage, the same digits as a day of the month, two provinces.
const PLAN_A = `甲县实验小学质量提升实施方案
一、工作目标
学生体质健康优秀率达到30%以上。
二、实施步骤
3月30日前完成学校自查工作。
三、保障措施
学生近视率每年下降1个百分点。`;
const PLAN_B = `乙市第二中学体育工作计划
一、工作目标
学生体质健康合格率达到96%,视力不良率逐年下降。
二、工作安排
学校每学期召开一次家长会。`;

async function plansDb() {
  const dir = tempDir('planmine-query-');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'a-plan.txt'), PLAN_A);
  writeFileSync(join(dir, 'docs', 'b-plan.txt'), PLAN_B);
  const { db } = await freshDatabase();
  await ingestInline(db, [join(dir, 'docs')]);
  return db;
}

describe('search query parsing', () => {
  it('converts a traditional query as ingest converts text, and keeps OR and -word apart', () => {
    const q = parseSearchQuery('體質健康 OR 視力 -幼兒園');
    expect(q.clauses).toHaveLength(1);
    expect(q.clauses[0]!.map((t) => t.text)).toEqual(['体质健康', '视力']);
    expect(q.excluded.map((t) => t.text)).toEqual(['幼儿园']);
    expect(ftsExpression(q)).toMatch(/^\(\(.*体质.*\) OR \(.*视力.*\)\) NOT \(.*幼儿园.*\)$/);
  });

  it('quotes words so FTS syntax typed in the box cannot break the query', () => {
    expect(ftsExpression(parseSearchQuery('"体质" NEAR'))).not.toMatch(/[^"]NEAR[^"]/);
  });

  it('says in a sentence when there is nothing to search for', () => {
    expect(() => parseSearchQuery('   ')).toThrow(PlanmineError);
    expect(() => parseSearchQuery('   ')).toThrow(/empty query/);
    expect(() => parseSearchQuery('-体质')).toThrow(/not excluded/);
    expect(() => parseSearchQuery('OR')).toThrow(PlanmineError);
  });
});

describe('search over invented plans', () => {
  it('finds 30% as a percentage and not the 30 of 3月30日, while a bare 30 finds both', async () => {
    const db = await plansDb();
    const percent = await search(db, '30%');
    expect(percent.total).toBe(1);
    expect(snippetText(percent.hits[0]!.snippet)).toContain('【30%】');
    const bare = await search(db, '30');
    expect(bare.hits.map((h) => snippetText(h.snippet)).join('\n')).toMatch(/3月【30】日/);
    expect(bare.total).toBe(2);
    expect((await search(db, '３０％')).total).toBe(1); // full-width, as NFKC makes it
    expect((await search(db, '学生 -30%')).hits.every((h) => !snippetText(h.snippet).includes('30%'))).toBe(true);
    await db.close();
  });

  it('ORs alternatives, leaves out excluded words, and finds simplified text for a traditional query', async () => {
    const db = await plansDb();
    const health = (await search(db, '体质健康')).total;
    expect(health).toBe(2);
    expect((await search(db, '體質健康')).total).toBe(health);
    expect((await search(db, '近视率 OR 视力')).total).toBe(2);
    const without = await search(db, '体质健康 -合格率');
    expect(without.total).toBe(1);
    expect(snippetText(without.hits[0]!.snippet)).toContain('优秀率');
    await db.close();
  });

  it('pages with limit and offset over one ordering, and counts the total apart from the page', async () => {
    const db = await plansDb();
    const all = await search(db, '学生 OR 学校', { limit: 10 });
    expect(all.total).toBeGreaterThanOrEqual(4);
    const second = await search(db, '学生 OR 学校', { limit: 2, offset: 2 });
    expect(second.total).toBe(all.total);
    expect(second.hits.map((h) => snippetText(h.snippet))).toEqual(all.hits.slice(2, 4).map((h) => snippetText(h.snippet)));
    await db.close();
  });
});
