// kill -9 at several points of an ingest, then the same command again: the database must equal
// an uninterrupted run's (content, not row ids), stay intact, and be readable while being written.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { once } from 'node:events';
import { Database } from '../src/db/connection.js';
import { badFiles, seededRandom } from './fixtures/bad-files.js';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import { buildOnce, ROOT, runCli, spawnIngest } from './helpers/cli.js';

const CORPUS = join(ROOT, 'corpus', 'docs');
const KILLS = 6;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The corpus several times over (distinct bytes, so each copy is parsed), exact copies, and a few bad files. */
function writeDump(dir: string): number {
  mkdirSync(dir);
  for (let copy = 0; copy < 5; copy++) {
    for (const name of readdirSync(CORPUS)) {
      const bytes = readFileSync(join(CORPUS, name));
      const textual = ['.txt', '.html'].includes(extname(name));
      // Trailing blank lines change the bytes, not the text; binary formats become exact duplicates.
      writeFileSync(join(dir, `c${copy}-${name}`), textual ? Buffer.concat([bytes, Buffer.from('\n'.repeat(copy))]) : bytes);
    }
  }
  for (const file of badFiles().filter((f) => f.expect.status === 'failed' && f.name !== 'huge.txt')) writeFileSync(join(dir, `bad-${file.name}`), file.bytes);
  return readdirSync(dir).length;
}

type Row = Record<string, string | number | null>;

/** What the database holds, independent of row ids and of how many runs it took. */
async function contentOf(dbPath: string, root: string): Promise<Record<string, unknown>> {
  const db = await Database.open(dbPath, { readonly: true });
  const rel = (path: unknown): string => relative(root, String(path));
  const lines = (rows: Row[]): string[] => rows.map((row) => Object.values(row).join(' | ')).sort();
  try {
    // A file stored by an interrupted run is `unchanged` in the run that finishes the job, a duplicate too.
    const files = await db.all(
      `SELECT f.path, CASE WHEN f.status <> 'unchanged' THEN f.status WHEN f.duplicate_of IS NULL THEN 'ingested' ELSE 'duplicate' END AS status,
         f.sha256, f.format, t.path AS twin
       FROM files f LEFT JOIN files t ON t.id = f.duplicate_of`,
    );
    const documents = await db.all('SELECT f.path, d.doc, d.title, d.text FROM documents d JOIN files f ON f.id = d.file_id');
    const perDocument = await db.all(
      `SELECT d.doc, ${['sections', 'sentences', 'targets', 'phases', 'parties', 'assignments', 'messages', 'keywords']
        .map((t) => `(SELECT count(*) FROM ${t} x WHERE x.document_id = d.id) AS ${t}`).join(', ')} FROM documents d`,
    );
    return {
      integrity: await db.get('PRAGMA integrity_check'),
      foreignKeyProblems: await db.all('PRAGMA foreign_key_check'),
      files: lines(files.map((f) => ({ ...f, path: rel(f.path), twin: f.twin ? rel(f.twin) : null }))),
      documents: lines(documents.map((d) => ({ ...d, path: rel(d.path) }))),
      perDocument: lines(perDocument),
      failedWithoutError: await db.get("SELECT count(*) AS n FROM files f WHERE status = 'failed' AND f.path NOT IN (SELECT path FROM errors)"),
    };
  } finally {
    await db.close();
  }
}

/** Checks the full-text index against its content table (needs a writable connection; changes nothing). */
async function ftsIntact(dbPath: string): Promise<boolean> {
  const db = await Database.open(dbPath);
  try {
    await db.run("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)");
    return true;
  } catch {
    return false;
  } finally {
    await db.close();
  }
}

/** Rows in `files`, read through a read-only connection while the ingest writes; null before the file exists. */
async function storedFiles(dbPath: string, readerErrors: string[]): Promise<number | null> {
  let db: Database;
  try {
    db = await Database.open(dbPath, { readonly: true });
  } catch {
    return null;
  }
  try {
    return (await db.get<{ n: number }>('SELECT count(*) AS n FROM files'))!.n;
  } catch (err) {
    // Before the schema is written a missing table is expected; anything else is a reader blocked by the writer.
    if (!/no such table/.test(String(err))) readerErrors.push(String(err));
    return null;
  } finally {
    await db.close();
  }
}

describe('kill -9 during ingest', () => {
  let root: string;
  let total: number;
  const readerErrors: string[] = [];
  const readsDuringRuns: number[] = [];

  beforeAll(async () => {
    await buildOnce();
    root = tempDir('planmine-crash-');
    total = writeDump(join(root, 'dump'));
  }, 200_000);

  it('resumes to the same database as an uninterrupted run', async () => {
    const dump = join(root, 'dump');
    const clean = runCli(['ingest', dump, '--db', join(root, 'clean.sqlite'), '--jobs', '2']);
    expect(clean.status, clean.stderr).toBe(1);

    const killedDb = join(root, 'killed.sqlite');
    const random = seededRandom(7);
    // Kill points spread over the run: after a number of files is stored, plus a few ms to land inside a transaction.
    let killedMidRun = 0;
    const targets = Array.from({ length: KILLS }, () => Math.floor(random() * total)).sort((a, b) => a - b);
    for (const target of targets) {
      const child = spawnIngest([dump, '--db', killedDb, '--jobs', '2']);
      const exited = once(child, 'exit');
      let finished = false;
      void exited.then(() => (finished = true));
      for (;;) {
        if (finished) break;
        const stored = await storedFiles(killedDb, readerErrors);
        if (stored !== null) readsDuringRuns.push(stored);
        if (stored !== null && stored >= target) break;
        await sleep(15);
      }
      await sleep(Math.floor(random() * 40));
      child.kill('SIGKILL');
      const [, signal] = (await exited) as [number | null, string | null];
      if (signal === 'SIGKILL') killedMidRun++;
    }
    // Most kill points must land in a live run, or the test proves nothing.
    expect(killedMidRun).toBeGreaterThanOrEqual(KILLS - 1);
    const resumed = runCli(['ingest', dump, '--db', killedDb, '--jobs', '2']);
    expect(resumed.status, resumed.stderr).toBe(1);

    const expected = await contentOf(join(root, 'clean.sqlite'), join(root, 'dump'));
    expect(expected.integrity).toEqual({ integrity_check: 'ok' });
    expect((expected.files as string[]).length).toBe(total);
    expect(await contentOf(killedDb, dump)).toEqual(expected);
    expect(await ftsIntact(killedDb)).toBe(true);
  }, 240_000);

  it('lets readers query the database while an ingest writes it', () => {
    expect(readerErrors).toEqual([]);
    expect(readsDuringRuns.some((n) => n > 0)).toBe(true);
  });
});

describe('a run that dies after storing its last file', () => {
  it('gets its keywords from the next run even when that run finds every file unchanged', async () => {
    const { db } = await freshDatabase();
    // The process "dies" in the progress callback of the last file: rows stored, keywords not yet computed.
    const dying = ingestInline(db, [CORPUS], {
      onFile: (event) => {
        if (event.done === event.total) throw new Error('killed');
      },
    });
    await expect(dying).rejects.toThrow('killed');
    expect(await count(db, 'SELECT count(*) AS n FROM keywords')).toBe(0);
    const rerun = await ingestInline(db, [CORPUS]);
    expect(rerun.ingested).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM keywords k WHERE k.document_id = d.id)')).toBe(0);
  });
});
