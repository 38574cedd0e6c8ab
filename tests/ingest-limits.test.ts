// What a file must be before a byte of it is read: a regular file, within --max-bytes, inside the
// folder given (unless --follow-links); and reads ahead held to a budget of bytes.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import type { FileHandle } from 'node:fs/promises';
import { createByteBudget, createLoader, readChecked } from '../src/file-load.js';

const PLAN = `红星区第二小学教育质量提升实施方案
一、工作目标
到2025年,学生近视率每年下降1个百分点,体质健康合格率达到96%。
`;

describe('--max-bytes', () => {
  it('refuses a sparse 1.5 GB file by its size, without reading it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    // The first parse loads the segmenter's dictionaries: a warm-up, so the figure below is the big file's.
    await ingestInline((await freshDatabase()).db, [join(dir, 'plan.txt')]);
    const { db } = await freshDatabase();
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 1.5 * 1024 ** 3);
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const reasons: string[] = [];
    const summary = await ingestInline(db, [dir], { maxBytes: 1_000_000, onFile: (e) => e.reason && reasons.push(`${e.path}: ${e.reason}`) });
    expect(summary).toMatchObject({ ingested: 1, failed: 1 });
    expect(reasons).toEqual([`${join(dir, 'huge.txt')}: file too large: ${1.5 * 1024 ** 3} bytes, limit 1000000 (--max-bytes)`]);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 ** 2);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await count(db, "SELECT count(*) AS n FROM errors WHERE stage = 'limit'")).toBe(1);
  });
});

describe('files that are not regular files', () => {
  it('are reported without blocking, even when a FIFO takes a file\'s place after the walk', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'swapped.txt')]);
    const load = createLoader({ maxBytes: 1e6, timeoutMs: 5_000 }, 1e6);
    // Opening a FIFO for reading waits for a writer unless told not to block.
    const loaded = await load(join(dir, 'swapped.txt'));
    expect(loaded).toEqual({ stage: 'read', problem: 'not a regular file (pipe, socket or device): skipped' });
  });

  it('end the run with the FIFO and the link to a device reported and the other files stored', async () => {
    const { db } = await freshDatabase();
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const failed: string[] = [];
    const summary = await ingestInline(db, [dir], { onFile: (e) => e.status === 'failed' && failed.push(`${e.path.split('/').pop()}: ${e.reason}`) });
    expect(summary).toMatchObject({ ingested: 1, failed: 2 });
    expect(failed).toEqual([
      'pipe.txt: not a regular file (pipe, socket or device): skipped',
      'zero.txt: symlink leads outside the ingest folder (to /dev/zero): not followed (--follow-links follows it)',
    ]);
  });
});

describe('a read that never returns', () => {
  it('is given up after the time limit with a reason', async () => {
    // A file on a hung network mount: the read is issued and never answered.
    const hung = { read: () => new Promise(() => undefined), close: async () => undefined } as unknown as FileHandle;
    const started = Date.now();
    expect(await readChecked(hung, 1000, 1_000)).toEqual({ stage: 'read', problem: 'read timed out after 1 s' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('symlinks leading outside the folder given', () => {
  it('are reported and not followed, unless followLinks', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), PLAN.replace('红星区', '蓝天县'));
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'sub', 'elsewhere.txt'));
    // A link inside the folder is followed as before.
    symlinkSync(join(dir, 'plan.txt'), join(dir, 'sub', 'again.txt'));
    const first = await freshDatabase();
    const summary = await ingestInline(first.db, [dir]);
    expect(summary).toMatchObject({ ingested: 1, duplicate: 1, failed: 1 });
    expect(await first.db.get('SELECT reason FROM errors')).toEqual({
      reason: `symlink leads outside the ingest folder (to ${join(outside, 'secret.txt')}): not followed (--follow-links follows it)`,
    });
    const second = await freshDatabase();
    expect(await ingestInline(second.db, [dir], { followLinks: true })).toMatchObject({ ingested: 2, duplicate: 1, failed: 0 });
    expect(await count(second.db, "SELECT count(*) AS n FROM documents WHERE doc = 'sub/elsewhere#1'")).toBe(1);
  });
});

describe('the byte budget of reads ahead', () => {
  it('admits files in order while they fit, and a larger one alone', async () => {
    const budget = createByteBudget(100);
    const admitted: string[] = [];
    const take = (name: string, bytes: number): Promise<() => void> =>
      budget.take(bytes).then((release) => {
        admitted.push(name);
        return release;
      });
    const a = take('a', 60);
    const b = take('b', 60);
    const c = take('c', 10);
    const releaseA = await a;
    await new Promise((resolve) => setTimeout(resolve, 10));
    // b does not fit beside a, and c, though small, does not pass b.
    expect(admitted).toEqual(['a']);
    releaseA();
    (await b)();
    (await c)();
    const d = await take('d', 500);
    expect(admitted).toEqual(['a', 'b', 'c', 'd']);
    d();
  });
});
