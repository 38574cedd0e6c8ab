// A file with the same bytes as a stored one is a duplicate and keeps no rows of its own, so it
// must be decided again whenever its twin stops holding those bytes: changed, failed or gone.
import { describe, expect, it } from 'vitest';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, dumpWith, freshDatabase, ingestInline } from './helpers/db.js';
import type { Database } from '../src/db/connection.js';
import type { FileProcessor } from '../src/pool.js';
import { createInlineProcessor } from '../src/inline-processor.js';

const PLAN = `青松县实验中学教学质量提升三年行动计划
一、工作目标
到2026年,学生体质健康优秀率不低于35%。
二、组织保障
学校成立领导小组,由校长负总责。
`;
const OTHER = PLAN.replace('青松县', '白杨镇').replace('35%', '40%');


/** Articles stored for the file itself (a duplicate has none). */
const articlesOf = (db: Database, path: string): Promise<number> =>
  count(db, 'SELECT count(*) AS n FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ?', [path]);

const statusOf = async (db: Database, path: string): Promise<string | undefined> =>
  (await db.get<{ status: string }>('SELECT status FROM files WHERE path = ?', [path]))?.status;

describe('a duplicate is decided again when its twin', () => {
  it('changes: it is parsed and stored on its own', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a.txt': PLAN, 'b.txt': PLAN });
    expect(await ingestInline(db, [dir])).toMatchObject({ ingested: 1, duplicate: 1 });
    writeFileSync(join(dir, 'a.txt'), OTHER);
    const run = await ingestInline(db, [dir]);
    expect(run).toMatchObject({ files: 2, ingested: 2, duplicate: 0, unchanged: 0 });
    expect(await statusOf(db, join(dir, 'b.txt'))).toBe('ingested');
    expect(await articlesOf(db, join(dir, 'b.txt'))).toBe(1);
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE text LIKE '%青松县%'")).toBe(1);
  });

  it('changes later in the run than the duplicate is decided: it is decided again, counted once', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'z.txt': PLAN });
    await ingestInline(db, [join(dir, 'z.txt')]);
    writeFileSync(join(dir, 'a.txt'), PLAN);
    expect(await ingestInline(db, [dir])).toMatchObject({ duplicate: 1, unchanged: 1 });
    // a.txt comes first in path order and is decided while z.txt still holds the bytes.
    writeFileSync(join(dir, 'z.txt'), OTHER);
    const events: string[] = [];
    const run = await ingestInline(db, [dir], { onFile: (e) => events.push(`${e.path.split('/').pop()} ${e.status}`) });
    expect(run).toMatchObject({ files: 2, ingested: 2, duplicate: 0, unchanged: 0 });
    expect(events).toEqual(['a.txt unchanged', 'z.txt ingested', 'a.txt ingested']);
    expect(await articlesOf(db, join(dir, 'a.txt'))).toBe(1);
  });

  it('fails because it cannot be read: the copy is stored, never failed "same bytes as"', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a.txt': PLAN, 'b.txt': PLAN });
    await ingestInline(db, [dir]);
    // a.txt's disk is gone: a link to nowhere. c.txt, a new copy, arrives in the same run.
    rmSync(join(dir, 'a.txt'));
    symlinkSync(join(dir, 'unmounted', 'a.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'c.txt'), PLAN);
    const reasons: string[] = [];
    const run = await ingestInline(db, [dir], { onFile: (e) => e.reason && reasons.push(e.reason) });
    expect(run).toMatchObject({ failed: 1, ingested: 1, duplicate: 1 });
    expect(reasons.filter((r) => r.includes('same bytes as') && r.includes('failed'))).toEqual([]);
    expect(await articlesOf(db, join(dir, 'b.txt'))).toBe(1);
    expect(await statusOf(db, join(dir, 'c.txt'))).toBe('duplicate');
  });

  it('fails in this run for a reason of the machine (a time limit): the copy gets its own parse', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a.txt': PLAN, 'b.txt': PLAN });
    const inline = createInlineProcessor();
    let calls = 0;
    // The first parse gives up as a loaded machine's would; the copy's parse goes through.
    const flaky: FileProcessor = {
      process: async (task, timeoutMs) => (++calls === 1 ? { ok: false, stage: 'limit', reason: 'gave up after 3 s (--timeout): the file takes too long to parse' } : inline.process(task, timeoutMs)),
      close: async () => undefined,
    };
    const run = await ingestInline(db, [dir], { processor: flaky });
    expect(run).toMatchObject({ failed: 1, ingested: 1, duplicate: 0 });
    expect(await articlesOf(db, join(dir, 'b.txt'))).toBe(1);
  });

  it('fails on its bytes: the copy fails with it, without a second parse', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a.txt': 'only latin text, no plan here at all', 'b.txt': 'only latin text, no plan here at all' });
    const inline = createInlineProcessor();
    let calls = 0;
    const counting: FileProcessor = { process: (task, ms) => (calls++, inline.process(task, ms)), close: async () => undefined };
    const reasons: string[] = [];
    const run = await ingestInline(db, [dir], { processor: counting, onFile: (e) => e.reason && reasons.push(e.reason) });
    expect(run).toMatchObject({ failed: 2 });
    expect(calls).toBe(1);
    expect(reasons[1]).toMatch(/^same bytes as .*a\.txt, which failed: no Chinese text/);
  });

  it('is gone: the copy is stored on its own while the twin stays missing', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a.txt': PLAN, 'b.txt': PLAN });
    await ingestInline(db, [dir]);
    rmSync(join(dir, 'a.txt'));
    const run = await ingestInline(db, [dir]);
    expect(run).toMatchObject({ missing: 1, ingested: 1 });
    expect(await statusOf(db, join(dir, 'a.txt'))).toBe('missing');
    expect(await articlesOf(db, join(dir, 'b.txt'))).toBe(1);
  });

  it('is pruned from another folder: the copy is stored on its own', async () => {
    const { db } = await freshDatabase();
    const one = dumpWith({ 'a.txt': PLAN });
    const two = dumpWith({ 'b.txt': PLAN });
    await ingestInline(db, [one]);
    await ingestInline(db, [two]);
    expect(await statusOf(db, join(two, 'b.txt'))).toBe('duplicate');
    rmSync(join(one, 'a.txt'));
    const run = await ingestInline(db, [one], { prune: true });
    expect(run).toMatchObject({ pruned: 1, ingested: 1 });
    expect(await articlesOf(db, join(two, 'b.txt'))).toBe(1);
  });
});
