// A database copied into a folder the reader cannot write (a shared copy, a mounted archive) must
// still answer `sql`, `search` and `export`: SQLite cannot create the WAL's -shm file there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { canWriteIn, readOnlyName } from '../src/db/read-only-open.js';
import { PLAN_TEXT } from './fixtures/bad-files.js';
import { tempDir } from './helpers/db.js';
import { buildOnce, CLI, isRoot, ROOT, runCli } from './helpers/cli.js';

/**
 * Runs the CLI as a user the folder's permissions hold for. Root passes every permission check,
 * so as root the CLI runs as `nobody` (runuser); any other user meets the 0555 folder as it is.
 */
function runAsReader(args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!isRoot()) return runCli(args);
  const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('a database in a folder that cannot be written', () => {
  let folder: string;
  let db: string;
  beforeAll(async () => {
    await buildOnce();
    const root = tempDir('planmine-ro-');
    mkdirSync(join(root, 'dump'));
    writeFileSync(join(root, 'dump', 'plan.txt'), PLAN_TEXT);
    const built = join(root, 'built', 'plans.sqlite');
    expect(runCli(['ingest', join(root, 'dump'), '--db', built, '--jobs', '1']).status).toBe(0);
    folder = join(root, 'shared');
    mkdirSync(folder);
    db = join(folder, 'plans.sqlite');
    copyFileSync(built, db);
    chmodSync(db, 0o444);
    chmodSync(folder, 0o555);
    chmodSync(root, 0o755);
  }, 200_000);
  afterAll(() => chmodSync(folder, 0o755));

  it('is read by sql, search and export', () => {
    const sql = runAsReader(['sql', 'SELECT count(*) AS n FROM documents', '--db', db, '--format', 'json']);
    expect(sql.stderr).toBe('');
    expect(JSON.parse(sql.stdout)).toEqual([{ n: 1 }]);
    const search = runAsReader(['search', '达标率', '--db', db]);
    expect(search.status, search.stderr).toBe(0);
    expect(search.stdout).toContain('达标率');
    const exported = runAsReader(['export', '--format', 'jsonl', '--db', db]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('"type":"document"');
  });

  it('opens such a database immutable, and one in a writable folder by its plain path', () => {
    expect(readOnlyName('/data/plans.sqlite', true)).toEqual({ name: '/data/plans.sqlite', uri: false });
    expect(readOnlyName('/data/计划 #1?.sqlite', false)).toEqual({ name: 'file:///data/%E8%AE%A1%E5%88%92%20%231%3F.sqlite?immutable=1', uri: true });
    expect(canWriteIn(tempDir())).toBe(true);
  });
});
