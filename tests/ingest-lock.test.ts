// One ingest at a time per database: a second run is told who holds it and stores nothing, and
// never undoes what the first stored.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database, openForWriting } from '../src/db/connection.js';
import { IngestBusyError } from '../src/db/ingest-lock.js';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import { buildOnce, CLI, ROOT, runCli } from './helpers/cli.js';

const plan = (n: number): string => `第${n}实验学校质量提升方案
一、工作目标
到2025年,学生体质健康合格率达到9${n % 10}%以上,优秀率不低于3${n % 10}%。
二、保障措施
由教务处负责落实,各年级组配合。
`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the ingest lock', () => {
  beforeAll(buildOnce, 200_000);

  it('refuses a second run while a live process holds the database, naming it', async () => {
    const { db } = await freshDatabase();
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), plan(1));
    // This test process plays the run that holds the database.
    await db.run("INSERT INTO ingest_lock (id, pid, host, started_at) VALUES (1, ?, ?, '2026-11-26T08:00:00.000Z')", [process.pid, hostname()]);
    await expect(ingestInline(db, [dir])).rejects.toThrow(IngestBusyError);
    await expect(ingestInline(db, [dir])).rejects.toThrow(`another ingest (pid ${process.pid}, started at 2026-11-26T08:00:00.000Z) holds the database`);
    expect(await count(db, 'SELECT count(*) AS n FROM files')).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM runs')).toBe(0);
  });

  it('takes over a lock left by a process that died, and releases its own', async () => {
    const { db } = await freshDatabase();
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), plan(2));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await db.run("INSERT INTO ingest_lock (id, pid, host, started_at) VALUES (1, ?, ?, '2026-11-26T08:00:00.000Z')", [Number(dead.stdout), hostname()]);
    expect(await ingestInline(db, [dir])).toMatchObject({ ingested: 1 });
    expect(await count(db, 'SELECT count(*) AS n FROM ingest_lock')).toBe(0);
  });

  it('lets two CLI runs at once end with one refused in a sentence (exit 4) and every file stored', async () => {
    const root = tempDir();
    const dir = join(root, 'dump');
    mkdirSync(dir);
    for (let i = 0; i < 120; i++) writeFileSync(join(dir, `plan${String(i).padStart(3, '0')}.txt`), plan(i));
    const dbPath = join(root, 'plans.sqlite');
    // Created first, so that the lock row can be watched for.
    await (await openForWriting(dbPath)).close();
    const first = spawn(process.execPath, [CLI, 'ingest', dir, '--db', dbPath, '--jobs', '1'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CI: '1' } });
    const firstDone = new Promise<number | null>((resolve) => first.on('exit', resolve));
    const watcher = await Database.open(dbPath, { readonly: true });
    try {
      for (let tries = 0; (await watcher.get('SELECT pid FROM ingest_lock')) === undefined; tries++) {
        if (tries > 600) throw new Error('the first ingest never took the lock');
        await sleep(50);
      }
    } finally {
      await watcher.close();
    }
    const second = runCli(['ingest', dir, '--db', dbPath, '--jobs', '1']);
    expect(second.status, second.stderr).toBe(4);
    expect(second.stderr.trim()).toMatch(new RegExp(`^planmine: another ingest \\(pid ${first.pid}, started at \\S+\\) holds the database; wait for it to finish, or stop it and run again$`));
    expect(await firstDone).toBe(0);
    const db = await Database.open(dbPath, { readonly: true });
    try {
      expect(await count(db, "SELECT count(*) AS n FROM files WHERE status = 'ingested'")).toBe(120);
      expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(120);
      expect(await count(db, 'SELECT count(*) AS n FROM errors')).toBe(0);
    } finally {
      await db.close();
    }
    // Free again: a third run finds everything unchanged.
    const third = runCli(['ingest', dir, '--db', dbPath, '--jobs', '1']);
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toMatch(/ingested 0, unchanged 120, duplicate 0, failed 0, missing 0, pruned 0/);
  }, 120_000);
});
