// The CLI as a researcher meets it: exit codes, one stderr line per failed file, limits enforced by
// the worker pool, a read-only `sql`, and paths that cannot be read reported rather than fatal.
import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Database } from '../src/db/connection.js';
import { BAD_FILE_LIMITS, buildZip, docxMembers, PLAN_TEXT, writeBadFiles } from './fixtures/bad-files.js';
import { tempDir } from './helpers/db.js';
import { buildOnce, CLI, isRoot, runCli } from './helpers/cli.js';

async function query<T>(dbPath: string, sql: string): Promise<T[]> {
  const db = await Database.open(dbPath, { readonly: true });
  try {
    return await db.all<T>(sql);
  } finally {
    await db.close();
  }
}

/** A dump of files that all ingest cleanly (a plan as text and as DOCX, and an exact copy), with a database path beside it. */
function goodDump(): { dir: string; db: string } {
  const root = tempDir('planmine-good-');
  const dir = join(root, 'dump');
  mkdirSync(dir);
  writeFileSync(join(dir, 'plan.txt'), PLAN_TEXT);
  writeFileSync(join(dir, 'plan-copy.txt'), PLAN_TEXT);
  writeFileSync(join(dir, 'plan-word.docx'), buildZip(docxMembers(PLAN_TEXT.replace('96%', '97%'))));
  return { dir, db: join(root, 'out', 'plans.sqlite') };
}

const failedLines = (stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith('failed: '));

describe('planmine ingest from the command line', () => {
  beforeAll(buildOnce, 200_000);

  it('exits 0 when every file is ingested, unchanged or a duplicate, and prints no failure', () => {
    const { dir, db } = goodDump();
    const first = runCli(['ingest', dir, '--db', db, '--jobs', '1']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/ingested 2, unchanged 0, duplicate 1, failed 0/);
    expect(failedLines(first.stderr)).toEqual([]);
    const again = runCli(['ingest', dir, '--db', db, '--jobs', '1']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/ingested 0, unchanged 3, duplicate 0, failed 0/);
  });

  it('exits 1 when some files fail, names each failed file once on stderr, and stores the rest', async () => {
    const { dir, db } = goodDump();
    const bad = writeBadFiles(dir);
    const run = runCli(['ingest', dir, '--db', db, '--jobs', '2', '--max-bytes', String(BAD_FILE_LIMITS.maxBytes), '--max-pages', String(BAD_FILE_LIMITS.maxPages),
      '--max-expanded-bytes', String(BAD_FILE_LIMITS.maxUncompressedBytes), '--max-chars', String(BAD_FILE_LIMITS.maxTextChars)]);
    expect(run.status, run.stderr).toBe(1);
    const failed = bad.filter((f) => f.expect.status === 'failed');
    const lines = failedLines(run.stderr);
    expect(lines).toHaveLength(failed.length);
    for (const file of failed) {
      const line = lines.find((l) => l.startsWith(`failed: ${file.path}: `));
      expect(line, file.name).toBeDefined();
      expect(line!.slice(`failed: ${file.path}: `.length), file.name).toMatch(file.expect.reason!);
    }
    const statuses = await query<{ path: string; status: string }>(db, 'SELECT path, status FROM files');
    expect(statuses.filter((r) => r.status === 'failed')).toHaveLength(failed.length);
    expect(statuses.find((r) => r.path === join(dir, 'plan-word.docx'))?.status).toBe('ingested');
    expect(run.stdout).toMatch(/failures are listed with: planmine sql/);
  }, 120_000);

  it('does not ingest its own database when it lies inside the dump', () => {
    const { dir } = goodDump();
    const db = join(dir, 'plans.sqlite');
    expect(runCli(['ingest', dir, '--db', db, '--jobs', '1']).status).toBe(0);
    const again = runCli(['ingest', dir, '--db', db, '--jobs', '1']);
    expect(failedLines(again.stderr)).toEqual([]);
    expect(again.status).toBe(0);
  });

  it('exits 2 on a usage error and touches no database', () => {
    const { dir, db } = goodDump();
    const run = runCli(['ingest', dir, '--db', db, '--no-such-option']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown option/);
    expect(existsSync(db)).toBe(false);
    expect(runCli(['ingest', dir, '--db', db, '--jobs', 'many']).status).toBe(2);
  });

  it('terminates a file that runs past --timeout and carries on with the others', async () => {
    const { dir, db } = goodDump();
    // Megabytes of plan text take the pipeline far longer than a second.
    writeFileSync(join(dir, 'endless.txt'), PLAN_TEXT.repeat(20000));
    const started = Date.now();
    // Eight seconds leave room for the worker that replaces the terminated one to load its
    // dictionaries, even on a busy machine; the endless file needs several times that.
    const run = runCli(['ingest', dir, '--db', db, '--jobs', '1', '--timeout', '8']);
    expect(run.status, run.stderr).toBe(1);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(failedLines(run.stderr)).toEqual([expect.stringMatching(/endless\.txt: gave up after 8 s \(--timeout\)/)]);
    const rows = await query<{ path: string; status: string }>(db, 'SELECT path, status FROM files ORDER BY path');
    expect(rows.map((r) => r.status).sort()).toEqual(['duplicate', 'failed', 'ingested', 'ingested']);
  }, 120_000);
});

describe('planmine sql is read-only', () => {
  let db: string;
  beforeAll(async () => {
    await buildOnce();
    const dump = goodDump();
    db = dump.db;
    expect(runCli(['ingest', dump.dir, '--db', db, '--jobs', '1']).status).toBe(0);
  }, 200_000);

  it.each([
    ['DROP TABLE documents', /read-only|refused/],
    ["UPDATE documents SET title = 'x'", /read-only|refused/],
    ['SELECT 1; DROP TABLE documents', /one statement/],
    ['SELECT 1;\nDELETE FROM files -- trailing', /one statement/],
  ])('refuses %j with a message and changes nothing', async (sql, message) => {
    const before = await query(db, 'SELECT doc, title FROM documents ORDER BY doc');
    const run = runCli(['sql', sql, '--db', db]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(await query(db, 'SELECT doc, title FROM documents ORDER BY doc')).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });

  it('prints machine-readable output with nothing else on stdout (json, jsonl export)', () => {
    const json = runCli(['sql', 'SELECT doc FROM documents ORDER BY doc', '--db', db, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    const exported = runCli(['export', '--db', db, '--format', 'jsonl']);
    expect(exported.status, exported.stderr).toBe(0);
    const records = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as { type: string });
    expect(records.filter((r) => r.type === 'document')).toHaveLength(2);
  });
});

describe('output into a pipe that closes early', () => {
  beforeAll(buildOnce, 200_000);

  it('stops quietly with exit 0 when the reader (head) stops reading', () => {
    const { dir, db } = goodDump();
    expect(runCli(['ingest', dir, '--db', db, '--jobs', '1']).status).toBe(0);
    // Far more rows than a pipe buffers, so the write after `head` exits fails.
    const many = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 200000) SELECT n FROM r';
    const script = `"${process.execPath}" "${CLI}" sql "${many}" --db "${db}" --format csv | head -c 5 >/dev/null; exit \${PIPESTATUS[0]}`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(run.status).toBe(0);
  });
});

describe('paths that cannot be read', () => {
  beforeAll(buildOnce, 200_000);

  it('reports symlink loops, dangling links, pipes and undecodable names, and ingests the rest', async () => {
    const root = tempDir('planmine-paths-');
    const dir = join(root, 'dump');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'plan.txt'), PLAN_TEXT);
    symlinkSync(dir, join(dir, 'sub', 'back-to-top'));
    symlinkSync(join(dir, 'self-link'), join(dir, 'self-link'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    // GBK bytes for 方案, as an archive unpacked on a Chinese Windows machine leaves them.
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'x')), Buffer.from([0xb7, 0xbd, 0xb0, 0xb8]), Buffer.from('.txt')]), PLAN_TEXT.replace('96%', '98%'));
    const db = join(root, 'plans.sqlite');
    const run = runCli(['ingest', dir, '--db', db, '--jobs', '1'], { timeout: 60_000 });
    expect(run.status, run.stderr).toBe(1);
    const lines = failedLines(run.stderr).join('\n');
    expect(lines).toMatch(/back-to-top: symlink loop/);
    expect(lines).toMatch(/self-link: .*symlink loop/);
    expect(lines).toMatch(/dangling\.txt: .*(broken|dangling|points to)/);
    expect(lines).toMatch(/pipe\.txt: not a regular file/);
    expect(lines).toMatch(/x.*\.txt: .*(not valid UTF-8|file name)/);
    const rows = await query<{ path: string; status: string }>(db, "SELECT path, status FROM files WHERE status <> 'failed'");
    expect(rows.map((r) => r.path)).toEqual([join(dir, 'sub', 'plan.txt')]);
  }, 60_000);

  // root reads a chmod 000 file anyway, so the run drops to the `nobody` account when it can.
  it.runIf(isRoot())('reports unreadable files and folders (permission denied) without stopping', async () => {
    const root = tempDir('planmine-perm-');
    chmodSync(root, 0o777);
    const dir = join(root, 'dump');
    mkdirSync(dir, { mode: 0o777 });
    writeFileSync(join(dir, 'plan.txt'), PLAN_TEXT);
    writeFileSync(join(dir, 'locked.txt'), PLAN_TEXT.replace('96%', '90%'));
    chmodSync(join(dir, 'locked.txt'), 0o000);
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', 'inside.txt'), PLAN_TEXT);
    chmodSync(join(dir, 'closed'), 0o000);
    const db = join(root, 'plans.sqlite');
    const run = runCli(['ingest', dir, '--db', db, '--jobs', '1'], { uid: 65534, gid: 65534, timeout: 60_000 });
    expect(run.status, run.stderr).toBe(1);
    const lines = failedLines(run.stderr).join('\n');
    expect(lines).toMatch(/locked\.txt: .*permission denied/);
    expect(lines).toMatch(/closed: .*permission denied/);
    const rows = await query<{ path: string; status: string }>(db, 'SELECT path, status FROM files ORDER BY path');
    expect(rows).toEqual([
      { path: join(dir, 'closed'), status: 'failed' },
      { path: join(dir, 'locked.txt'), status: 'failed' },
      { path: join(dir, 'plan.txt'), status: 'ingested' },
    ]);
  }, 60_000);
});
