import { describe, expect, it } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, dumpWith, freshDatabase, ingestInline } from './helpers/db.js';

const PLAN_A = `甲县实验小学教学质量提升实施方案
一、工作目标
学生体质健康合格率达到95%以上,优秀率不低于30%。
二、组织领导
成立质量提升工作领导小组。组长:王明,副组长:李华、赵强。
三、实施步骤
(一)启动阶段(2023年9月—10月)
(二)推进阶段(2023年11月—2024年5月)
甲县实验小学
2023年8月30日
`;

const PLAN_B = `乙镇中心学校教育质量提升行动计划
一、指导思想
以提高质量为核心,教导处负责落实。
二、主要目标
到2025年,毕业生合格率达到98%。
`;


describe('ingest', () => {
  it('stores every article with its sections, sentences and search index', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a_plan.txt': PLAN_A, 'sub/b_plan.txt': PLAN_B });
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ files: 2, ingested: 2, failed: 0 });
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE doc IN ('a_plan#1', 'sub/b_plan#1')")).toBe(2);
    expect(await count(db, 'SELECT count(*) AS n FROM sections')).toBeGreaterThanOrEqual(5);
    expect(await count(db, "SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH '\"体质\"'")).toBe(1);
    // (一)启动阶段 and (二)推进阶段 sit under 三、实施步骤
    expect(await count(db, "SELECT count(*) AS n FROM sections c JOIN sections p ON p.id = c.parent_id WHERE p.title = '实施步骤'")).toBe(2);
    expect(await count(db, 'SELECT count(*) AS n FROM sections c JOIN sections p ON p.id = c.parent_id WHERE p.document_id <> c.document_id OR p.level >= c.level')).toBe(0);
  });

  it('skips unchanged files by hash and changes nothing in the database', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a_plan.txt': PLAN_A, 'b_plan.txt': PLAN_B });
    await ingestInline(db, [dir]);
    const before = await db.all('SELECT doc, text FROM documents ORDER BY doc');
    const sentences = await count(db, 'SELECT count(*) AS n FROM sentences');
    const second = await ingestInline(db, [dir]);
    expect(second).toMatchObject({ ingested: 0, unchanged: 2 });
    expect(await db.all('SELECT doc, text FROM documents ORDER BY doc')).toEqual(before);
    expect(await count(db, 'SELECT count(*) AS n FROM sentences')).toBe(sentences);
    expect(await count(db, "SELECT count(*) AS n FROM files WHERE status = 'unchanged'")).toBe(2);
  });

  it("replaces a changed file's rows and leaves the others alone", async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a_plan.txt': PLAN_A, 'b_plan.txt': PLAN_B });
    await ingestInline(db, [dir]);
    const bId = await count(db, "SELECT id AS n FROM documents WHERE doc = 'b_plan#1'");
    writeFileSync(join(dir, 'a_plan.txt'), PLAN_A.replace('95%', '97%'));
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ ingested: 1, unchanged: 1 });
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE doc = 'a_plan#1'")).toBe(1);
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE text LIKE '%97%%'")).toBe(1);
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE text LIKE '%95%%'")).toBe(0);
    expect(await count(db, "SELECT id AS n FROM documents WHERE doc = 'b_plan#1'")).toBe(bId);
    expect(await count(db, 'SELECT count(*) AS n FROM sentences s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL')).toBe(0);
  });

  it('stores the same bytes once and records the second path as a duplicate', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a_plan.txt': PLAN_A });
    copyFileSync(join(dir, 'a_plan.txt'), join(dir, 'copy_of_a.txt'));
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ ingested: 1, duplicate: 1 });
    expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(1);
    expect(await count(db, "SELECT count(*) AS n FROM files WHERE status = 'duplicate' AND duplicate_of IS NOT NULL")).toBe(1);
  });

  it('records a failed file with its reason and keeps going', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a_plan.txt': PLAN_A, 'empty.txt': '' });
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\n1 0 obj\n<<');
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ ingested: 1, failed: 2 });
    const errors = await db.all<{ path: string; reason: string }>('SELECT path, reason FROM errors ORDER BY path');
    expect(errors.map((e) => e.path.split('/').pop())).toEqual(['broken.pdf', 'empty.txt']);
    for (const e of errors) expect(e.reason.length).toBeGreaterThan(5);
  });

  it('fails a file over the size limit without reading it further', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a_plan.txt': PLAN_A });
    const summary = await ingestInline(db, [dir], { maxBytes: 100 });
    expect(summary.failed).toBe(1);
    const error = await db.get<{ reason: string; stage: string }>('SELECT reason, stage FROM errors');
    expect(error).toMatchObject({ stage: 'limit' });
    expect(error!.reason).toMatch(/too large/);
  });
});

describe('stored offsets', () => {
  it('give the evidence back through SQL substr even after a character outside the BMP', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'rare.txt': PLAN_A.replace('甲县实验小学', '𠮷县实验小学') });
    await ingestInline(db, [dir]);
    const rows = await db.all<{ evidence: string; quoted: string }>(
      'SELECT t.evidence, substr(d.text, t.start + 1, t.end - t.start) AS quoted FROM targets t JOIN documents d ON d.id = t.document_id',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.quoted).toBe(row.evidence);
    const sentences = await db.all<{ text: string; quoted: string }>(
      'SELECT s.text, substr(d.text, s.start + 1, s.end - s.start) AS quoted FROM sentences s JOIN documents d ON d.id = s.document_id',
    );
    for (const row of sentences) expect(row.quoted).toBe(row.text);
  });
});
