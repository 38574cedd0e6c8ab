// When the database cannot be used (damaged, read-only, disk full) planmine says so in one
// sentence and ends with exit code 5; a --db that is not a planmine database is a wrong request
// (exit 2), refused before anything is written into it.
import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Database } from '../src/db/connection.js';
import { storageError } from '../src/db/db-errors.js';
import { oneLine } from '../src/format/one-line.js';
import { PLAN_TEXT } from './fixtures/bad-files.js';
import { tempDir } from './helpers/db.js';
import { buildOnce, CLI, isRoot, ROOT, runCli } from './helpers/cli.js';

function dump(files: Record<string, string> = { 'plan.txt': PLAN_TEXT }): string {
  const dir = join(tempDir('planmine-storage-'), 'dump');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A planmine database built from one plan, in its own folder. */
function goodDatabase(): string {
  const db = join(tempDir('planmine-storage-db-'), 'plans.sqlite');
  expect(runCli(['ingest', dump(), '--db', db, '--jobs', '1']).status).toBe(0);
  return db;
}

describe('databases that cannot be used', () => {
  beforeAll(buildOnce, 200_000);

  it('refuses a file that is not SQLite before writing into it, for ingest, sql and search', () => {
    const db = join(tempDir(), 'plans.sqlite');
    const junk = Buffer.from('这不是数据库 '.repeat(400));
    writeFileSync(db, junk);
    for (const args of [['ingest', dump(), '--jobs', '1'], ['sql', 'SELECT 1'], ['search', '优良率']]) {
      const run = runCli([...args, '--db', db]);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toBe(`planmine: ${db} is not a planmine database (file is not a database)\n`);
    }
    expect(readFileSync(db).equals(junk)).toBe(true);
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('refuses a SQLite database of something else instead of adding planmine tables to it', async () => {
    const path = join(tempDir(), 'birds.sqlite');
    const other = await Database.open(path);
    await other.exec('CREATE TABLE birds (name TEXT)');
    await other.close();
    const run = runCli(['ingest', dump(), '--db', path, '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`planmine: ${path} is not a planmine database (it holds other tables: birds)\n`);
    const reopened = await Database.open(path, { readonly: true });
    expect(await reopened.all("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([{ name: 'birds' }]);
    await reopened.close();
  });

  it('names a damaged database in a sentence', () => {
    const db = goodDatabase();
    truncateSync(db, 20_000);
    const run = runCli(['sql', 'SELECT count(*) FROM sentences', '--db', db]);
    expect(run.status).toBe(5);
    expect(run.stderr).toMatch(/^planmine: .*plans\.sqlite is damaged \(database disk image is malformed\): restore a copy, or ingest again into a new file\n$/);
  });

  it.runIf(isRoot())('says when the database cannot be written (read-only file for this user)', () => {
    const db = goodDatabase();
    chmodSync(db, 0o444);
    chmodSync(join(db, '..'), 0o777);
    const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, 'ingest', dump(), '--db', db, '--jobs', '1'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    expect(run.status, run.stderr).toBe(5);
    expect(run.stderr).toBe(`planmine: ${db} cannot be written (read-only file, folder or disk): attempt to write a readonly database\n`);
  }, 60_000);
});

describe('a full disk', () => {
  it('turns SQLite\'s SQLITE_FULL into a sentence naming the database', async () => {
    const path = join(tempDir(), 'plans.sqlite');
    const db = await Database.open(path);
    // A page limit makes SQLite fail exactly as on a full disk.
    await db.exec('CREATE TABLE t (x TEXT); PRAGMA max_page_count = 4');
    const err = await db.run('INSERT INTO t VALUES (?)', ['优'.repeat(50_000)]).catch((e: unknown) => e);
    await db.close();
    expect((err as { code?: string }).code).toBe('SQLITE_FULL');
    expect(storageError(err, path)?.message).toBe(`the disk is full while writing ${path}: free space and run again (files already stored are kept)`);
  });
});

describe('VACUUM INTO through planmine sql', () => {
  beforeAll(buildOnce, 200_000);

  it.each(["VACUUM INTO '%s'", "/* copy */ vacuum into '%s'"])('is refused and leaves no file (%s)', (template) => {
    const db = goodDatabase();
    const target = join(tempDir(), 'copy.sqlite');
    const run = runCli(['sql', template.replace('%s', target), '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refused: planmine sql is read-only/);
    expect(existsSync(target)).toBe(false);
  });
});

describe('one failure, one line', () => {
  beforeAll(buildOnce, 200_000);

  it('shows control characters in file names as escapes', () => {
    const dir = dump({ 'plan.txt': PLAN_TEXT, 'bad\nname\u001b[31m.pdf': 'not a pdf at all' });
    const run = runCli(['ingest', dir, '--db', join(tempDir(), 'plans.sqlite'), '--jobs', '1']);
    expect(run.status).toBe(1);
    const failed = run.stderr.split('\n').filter((line) => line.includes('name'));
    expect(failed).toEqual([expect.stringMatching(/^failed: .*\/bad\\nname\\x1b\[31m\.pdf: not a PDF/)]);
  }, 60_000);

  it('escapes line breaks, tabs, escape and line separators', () => {
    expect(oneLine('a\nb\r\tc\u001b\u2028')).toBe('a\\nb\\r\\tc\\x1b\\u2028');
    expect(oneLine('体质健康 ok')).toBe('体质健康 ok');
  });
});
