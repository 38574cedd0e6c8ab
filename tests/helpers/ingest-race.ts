// Two `planmine ingest` processes at once on one database, for either engine: the second is
// refused in a sentence (exit 4), the first stores every file, and a third finds them unchanged.
import { expect } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, withReadOnlyStore } from '../../src/db/store.js';
import { CLI, ROOT, runCli } from './cli.js';
import { tempDir } from './db.js';

/** A short plan of its own for each n. */
export const plan = (n: number): string => `第${n}实验学校质量提升方案
一、工作目标
到2025年,学生体质健康合格率达到9${n % 10}%以上,优秀率不低于3${n % 10}%。
二、保障措施
由教务处负责落实,各年级组配合。
`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const FILES = 120;

/** Runs the race on `db` (a SQLite path or a postgres:// URL); returns the first run's stdout. */
export async function twoIngestsAtOnce(db: string): Promise<string> {
  const dir = join(tempDir(), 'dump');
  mkdirSync(dir);
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `plan${String(i).padStart(3, '0')}.txt`), plan(i));
  // Created first, so that the lock row can be watched for.
  await (await openStore(db)).close();
  const first = spawn(process.execPath, [CLI, 'ingest', dir, '--db', db, '--jobs', '1'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CI: '1' } });
  let firstOut = '';
  first.stdout.on('data', (chunk: Buffer) => (firstOut += chunk.toString()));
  const firstDone = new Promise<number | null>((resolve) => first.on('exit', resolve));
  await withReadOnlyStore(db, async (watcher) => {
    for (let tries = 0; (await watcher.get('SELECT pid FROM ingest_lock')) === undefined; tries++) {
      if (tries > 600) throw new Error('the first ingest never took the lock');
      await sleep(50);
    }
  });
  const second = runCli(['ingest', dir, '--db', db, '--jobs', '1']);
  expect(second.status, second.stderr).toBe(4);
  expect(second.stderr.trim()).toMatch(new RegExp(`^planmine: another ingest \\(pid ${first.pid}, started at \\S+\\) holds the database; wait for it to finish, or stop it and run again$`));
  expect(await firstDone).toBe(0);
  expect(firstOut).toMatch(new RegExp(`ingested ${FILES}, unchanged 0, duplicate 0, failed 0, missing 0, pruned 0`));
  await withReadOnlyStore(db, async (store) => {
    const n = async (sql: string): Promise<number> => (await store.get<{ n: number }>(sql))!.n;
    expect(await n("SELECT count(*) AS n FROM files WHERE status = 'ingested'")).toBe(FILES);
    expect(await n('SELECT count(*) AS n FROM documents')).toBe(FILES);
    expect(await n('SELECT count(*) AS n FROM errors')).toBe(0);
    expect(await store.all('SELECT pid FROM ingest_lock')).toEqual([]);
  });
  // Free again: a third run finds everything unchanged.
  const third = runCli(['ingest', dir, '--db', db, '--jobs', '1']);
  expect(third.status, third.stderr).toBe(0);
  expect(third.stdout).toMatch(new RegExp(`ingested 0, unchanged ${FILES}, duplicate 0, failed 0, missing 0, pruned 0`));
  return firstOut;
}
