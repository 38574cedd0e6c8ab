// metadata.json is planmine's output until a researcher edits it; then it is theirs. And it is
// never read back as an article when the database sits inside the dump.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../src/db/connection.js';
import { ownOutputs } from '../src/own-outputs.js';
import { PLAN_TEXT } from './fixtures/bad-files.js';
import { tempDir } from './helpers/db.js';
import { buildOnce, runCli } from './helpers/cli.js';

async function filePaths(dbPath: string): Promise<string[]> {
  const db = await Database.open(dbPath, { readonly: true });
  try {
    return (await db.all<{ path: string }>('SELECT path FROM files ORDER BY path')).map((r) => r.path);
  } finally {
    await db.close();
  }
}

describe('metadata.json', () => {
  beforeAll(buildOnce, 200_000);

  it('is not ingested, nor its hash, when the database sits inside the dump', async () => {
    const dir = tempDir('planmine-own-');
    writeFileSync(join(dir, 'plan.txt'), PLAN_TEXT);
    const db = join(dir, 'plans.sqlite');
    expect(runCli(['ingest', dir, '--db', db, '--jobs', '1']).status).toBe(0);
    const again = runCli(['ingest', dir, '--db', db, '--jobs', '1']);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect((await filePaths(db)).map((p) => p.slice(dir.length + 1))).toEqual(['plan.txt']);
  }, 60_000);

  it('is kept with one line when the researcher edited it, and rewritten by metadata --force', () => {
    const root = tempDir('planmine-meta-');
    mkdirSync(join(root, 'dump'));
    writeFileSync(join(root, 'dump', 'plan.txt'), PLAN_TEXT);
    const db = join(root, 'out', 'plans.sqlite');
    const metadata = join(root, 'out', 'metadata.json');
    expect(runCli(['ingest', join(root, 'dump'), '--db', db, '--jobs', '1']).status).toBe(0);
    const original = readFileSync(metadata, 'utf8');

    // Unedited: written again without a word about it.
    const unedited = runCli(['metadata', '--db', db]);
    expect(unedited.stdout).toBe(`table and column descriptions for Datasette: ${metadata}\n`);

    const edited = original.replace('"title": "', '"title": "我们课题组的 ');
    writeFileSync(metadata, edited);
    const run = runCli(['ingest', join(root, 'dump'), '--db', db, '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`kept ${metadata}: it was changed since planmine wrote it (\`planmine metadata --force\` writes it anew)\n`);
    expect(readFileSync(metadata, 'utf8')).toBe(edited);
    expect(runCli(['metadata', '--db', db]).stdout).toContain('kept');
    expect(readFileSync(metadata, 'utf8')).toBe(edited);

    const forced = runCli(['metadata', '--db', db, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(metadata, 'utf8')).toBe(original);
  }, 60_000);

  it('is kept when planmine has no record of writing it (a file the researcher brought)', () => {
    const root = tempDir('planmine-meta-own-');
    mkdirSync(join(root, 'dump'));
    writeFileSync(join(root, 'dump', 'plan.txt'), PLAN_TEXT);
    const theirs = '{"title": "课题组自己的说明"}\n';
    writeFileSync(join(root, 'metadata.json'), theirs);
    const run = runCli(['ingest', join(root, 'dump'), '--db', join(root, 'plans.sqlite'), '--jobs', '1']);
    expect(run.stdout).toContain('kept');
    expect(readFileSync(join(root, 'metadata.json'), 'utf8')).toBe(theirs);
  }, 60_000);

  it('lists the database, its journals and the metadata as planmine\'s own files', () => {
    expect(ownOutputs('/d/plans.sqlite')).toEqual([
      '/d/plans.sqlite', '/d/plans.sqlite-wal', '/d/plans.sqlite-shm', '/d/plans.sqlite-journal', '/d/metadata.json', '/d/.metadata.json.sha256',
    ]);
  });
});
