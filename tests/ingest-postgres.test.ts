// `planmine ingest --db postgres://…` is the same run as on SQLite: the same steps over the same
// dump give the same statuses, counts and export on both engines, and one ingest at a time holds
// a PostgreSQL database as it holds a SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { dumpWith, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import { buildOnce, CLI, ROOT, runCli } from './helpers/cli.js';
import { plan, twoIngestsAtOnce } from './helpers/ingest-race.js';
import { copyGroups, sortedJsonl } from './helpers/store-compare.js';
import { generateDump, sampleFiles } from '../src/bench/dump.js';
import nodePostgres from 'pg';
import { PostgresStore } from '../src/db/postgres/store.js';
import { inTransaction } from '../src/db/postgres/connection.js';
import { SqliteStore } from '../src/db/sqlite-store.js';
import { IngestBusyError } from '../src/db/ingest-lock.js';
import type { ReadStore } from '../src/db/store.js';
import type { IngestSummary } from '../src/ingest.js';

const CORPUS = join(ROOT, 'corpus', 'docs');

/**
 * The bundled corpus, plus in a folder sorting after it: two byte-identical copies (duplicates),
 * an edited repost (a near copy to link), an empty download (a failure) and a plan of its own.
 */
function makeDump(): string {
  const dump = tempDir('planmine-pgingest-');
  mkdirSync(join(dump, 'site'));
  mkdirSync(join(dump, 'www'));
  for (const name of readdirSync(CORPUS)) copyFileSync(join(CORPUS, name), join(dump, 'site', name));
  copyFileSync(join(CORPUS, 'zhejiang-shaoxing-chuzhong.docx'), join(dump, 'www', 'zhejiang-shaoxing-chuzhong.docx'));
  copyFileSync(join(CORPUS, 'jingxuan-2pian.txt'), join(dump, 'www', 'jingxuan-copy.txt'));
  writeFileSync(join(dump, 'www', 'hunan-changsha-xiaoxue.html'), Buffer.concat([readFileSync(join(CORPUS, 'hunan-changsha-xiaoxue.html')), Buffer.from('\n<!-- reposted -->\n')]));
  writeFileSync(join(dump, 'www', 'cut.pdf'), '');
  dumpWith({ 'www/plan.txt': plan(7) }, dump);
  return dump;
}


const counts = (s: IngestSummary): Omit<IngestSummary, 'runId' | 'timings' | 'bytes'> => {
  const { runId: _runId, timings: _timings, bytes: _bytes, ...rest } = s;
  return rest;
};

const statuses = (store: ReadStore): Promise<unknown[]> => store.all('SELECT doc_path, status FROM files ORDER BY doc_path');
/** Each article and its original: one writer stores in path order on both engines, so they match exactly. */
const copyLinks = (store: ReadStore): Promise<unknown[]> =>
  store.all('SELECT d.doc, o.doc AS original FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.doc');
const n = async (store: ReadStore, sql: string): Promise<number> => (await store.get<{ n: number }>(sql))!.n;

describe('ingest into PostgreSQL, step for step beside SQLite', () => {
  let server: TestPostgres;
  let pg: PostgresStore;
  let sqlite: SqliteStore;
  let dump: string;
  /** The same run on both stores; each step's summaries are compared. */
  const both = async (roots: string[], options: { prune?: boolean } = {}): Promise<IngestSummary> => {
    const onSqlite = await ingestInline(sqlite, roots, options);
    const onPostgres = await ingestInline(pg, roots, options);
    expect(counts(onPostgres)).toEqual(counts(onSqlite));
    return onPostgres;
  };
  const sameContents = async (): Promise<void> => {
    const expected = await sortedJsonl(sqlite);
    expect(expected.length).toBeGreaterThan(50);
    expect(await sortedJsonl(pg)).toEqual(expected);
    expect(await statuses(pg)).toEqual(await statuses(sqlite));
    expect(await copyLinks(pg)).toEqual(await copyLinks(sqlite));
  };

  beforeAll(async () => {
    server = await startPostgres();
    dump = makeDump();
    const { db } = await freshDatabase();
    sqlite = await SqliteStore.over(db);
    pg = await PostgresStore.connect(server.url);
  }, 120_000);

  afterAll(async () => {
    await pg?.close();
    await sqlite?.close();
    await server?.stop();
  });

  it('stores the dump as SQLite does: statuses, export, copies, errors, keywords, the run', async () => {
    const first = await both([dump]);
    expect(first).toMatchObject({ files: 12, ingested: 9, duplicate: 2, failed: 1, missing: 0 });
    await sameContents();
    expect(await copyLinks(pg)).toContainEqual({ doc: 'www/hunan-changsha-xiaoxue#1', original: 'site/hunan-changsha-xiaoxue#1' });
    const errors = (store: ReadStore): Promise<unknown[]> => store.all('SELECT path, stage, reason FROM errors ORDER BY path');
    expect(await errors(pg)).toEqual(await errors(sqlite));
    expect(await n(pg, 'SELECT count(DISTINCT document_id) AS n FROM keywords')).toBe(await n(pg, 'SELECT count(*) AS n FROM documents'));
    expect(await pg.get('SELECT files_seen, files_ingested, files_duplicate, files_failed, finished_at IS NOT NULL AS finished FROM runs WHERE id = ?', [first.runId])).toEqual({
      files_seen: 12, files_ingested: 9, files_duplicate: 2, files_failed: 1, finished: true,
    });
  });

  it('skips unchanged files on a second run, keeps a deleted file missing with its articles, and parses its duplicate on its own', async () => {
    rmSync(join(dump, 'site', 'jingxuan-2pian.txt'));
    const articles = (store: ReadStore): Promise<number> =>
      n(store, "SELECT count(*) AS n FROM documents d JOIN files f ON f.id = d.file_id WHERE f.doc_path = 'site/jingxuan-2pian.txt'");
    const before = await articles(pg);
    expect(before).toBeGreaterThan(0);
    const second = await both([dump]);
    // The failed download is tried again; the copy of the deleted file has no stored twin left.
    expect(second).toMatchObject({ files: 11, ingested: 1, unchanged: 9, duplicate: 0, failed: 1, missing: 1 });
    expect(await articles(pg)).toBe(before);
    expect(await pg.get("SELECT status FROM files WHERE doc_path = 'www/jingxuan-copy.txt'")).toEqual({ status: 'ingested' });
    await sameContents();
  });

  it('re-examines a duplicate whose twin changed: it is parsed on its own', async () => {
    writeFileSync(join(dump, 'site', 'zhejiang-shaoxing-chuzhong.docx'), 'not a docx any more');
    const third = await both([dump]);
    expect(third).toMatchObject({ ingested: 1, failed: 2 });
    expect(await pg.get("SELECT status FROM files WHERE doc_path = 'www/zhejiang-shaoxing-chuzhong.docx'")).toEqual({ status: 'ingested' });
    await sameContents();
  });

  it('--prune deletes the missing file and its articles', async () => {
    const pruned = await both([dump], { prune: true });
    expect(pruned).toMatchObject({ pruned: 1 });
    expect(await pg.all("SELECT id FROM files WHERE doc_path = 'site/jingxuan-2pian.txt'")).toEqual([]);
    expect(await n(pg, "SELECT count(*) AS n FROM documents WHERE doc LIKE 'site/jingxuan-2pian%'")).toBe(0);
    await sameContents();
  });

  it('runs a write again when PostgreSQL ends it as a deadlock with another writer', async () => {
    const url = await server.createDatabase('crossing');
    const pool = new nodePostgres.Pool({ connectionString: url });
    const other = new nodePostgres.Client({ connectionString: url });
    await other.connect();
    try {
      await pool.query('CREATE TABLE t (id integer PRIMARY KEY, v integer NOT NULL)');
      await pool.query('INSERT INTO t VALUES (1, 0), (2, 0)');
      // The other writer waits long before looking for deadlocks: ours finds it, and is the one ended.
      await other.query("SET deadlock_timeout = '60s'");
      await other.query('BEGIN');
      await other.query('UPDATE t SET v = v + 10 WHERE id = 2');
      let attempts = 0;
      const ours = inTransaction(pool, async (client) => {
        attempts++;
        await client.query('UPDATE t SET v = v + 1 WHERE id = 1');
        await client.query('UPDATE t SET v = v + 1 WHERE id = 2');
      });
      const waiting = async (): Promise<number> =>
        (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'crossing' AND wait_event_type = 'Lock'")).rows[0]!.n;
      for (let tries = 0; (await waiting()) === 0; tries++) {
        if (tries > 200) throw new Error('our transaction never waited for the other');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const theirs = other.query('UPDATE t SET v = v + 10 WHERE id = 1').then(() => other.query('COMMIT'));
      await ours;
      await theirs;
      expect(attempts).toBe(2);
      expect((await pool.query('SELECT id, v FROM t ORDER BY id')).rows).toEqual([{ id: 1, v: 11 }, { id: 2, v: 11 }]);
    } finally {
      await other.end();
      await pool.end();
    }
  }, 60_000);

  it('refuses a second ingest while one holds the database, and lets it go when done', async () => {
    const other = await PostgresStore.connect(server.url);
    try {
      const release = await other.takeIngestLock();
      await expect(ingestInline(pg, [dump])).rejects.toThrow(IngestBusyError);
      await expect(ingestInline(pg, [dump])).rejects.toThrow(`another ingest (pid ${process.pid}, started at `);
      await release();
    } finally {
      await other.close();
    }
    expect(await ingestInline(pg, [dump])).toMatchObject({ ingested: 0 });
  });
});

describe('planmine ingest --db postgres://… on the command line', () => {
  let server: TestPostgres;

  beforeAll(async () => {
    await buildOnce();
    server = await startPostgres();
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('lets two runs at once end with one refused in a sentence (exit 4), every file stored, and a third finding them unchanged', async () => {
    const firstOut = await twoIngestsAtOnce(server.url);
    // Datasette's metadata.json belongs beside a SQLite file: none for a server.
    expect(firstOut).not.toMatch(/metadata/);
  }, 180_000);

  it('leaves no lock behind when killed with -9: the next run takes the database and finishes the dump', async () => {
    const dir = tempDir('planmine-pgingest-killed-');
    for (let i = 0; i < 120; i++) writeFileSync(join(dir, `plan${String(i).padStart(3, '0')}.txt`), plan(i));
    const url = await server.createDatabase('killed');
    const store = await PostgresStore.connect(url);
    try {
      const first = spawn(process.execPath, [CLI, 'ingest', dir, '--db', url, '--jobs', '1'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, CI: '1' } });
      const firstExit = new Promise((resolve) => first.on('exit', resolve));
      for (let tries = 0; (await n(store, "SELECT count(*) AS n FROM files WHERE status = 'ingested'")) < 10; tries++) {
        if (tries > 1200) throw new Error('the first ingest stored nothing');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      first.kill('SIGKILL');
      await firstExit;
      expect(await n(store, "SELECT count(*) AS n FROM files WHERE status = 'ingested'")).toBeLessThan(120);
      const again = runCli(['ingest', dir, '--db', url, '--jobs', '1']);
      expect(again.status, again.stderr).toBe(0);
      const counts = /ingested (\d+), unchanged (\d+), duplicate 0, failed 0/.exec(again.stdout);
      expect(counts, again.stdout).not.toBeNull();
      expect(Number(counts![1]) + Number(counts![2])).toBe(120);
      expect(await n(store, 'SELECT count(*) AS n FROM documents')).toBe(120);
      expect(await store.all('SELECT doc FROM documents GROUP BY doc HAVING count(*) > 1')).toEqual([]);
      expect(await n(store, 'SELECT count(DISTINCT document_id) AS n FROM keywords')).toBe(120);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('runs beside workers on the same dump: each file ends stored once, as a SQLite ingest stores it', async () => {
    const dump = join(tempDir('planmine-together-'), 'dump');
    generateDump(sampleFiles(CORPUS), dump, 48);
    const url = await server.createDatabase('together');
    const enqueue = runCli(['enqueue', dump, '--db', url]);
    expect(enqueue.status, enqueue.stderr).toBe(0);
    const cli = (args: string[]): ChildProcess => spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, CI: '1' } });
    const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.on('exit', resolve));
    // Both take the same files: the workers from the queue, the ingest from its own listing.
    const running = [
      cli(['worker', '--db', url, '--jobs', '1', '--exit-when-idle']),
      cli(['worker', '--db', url, '--jobs', '1', '--exit-when-idle']),
      cli(['ingest', dump, '--db', url, '--jobs', '1']),
    ];
    expect(await Promise.all(running.map(exited))).toEqual([0, 0, 0]);
    const sqlitePath = join(tempDir(), 'plans.sqlite');
    expect(runCli(['ingest', dump, '--db', sqlitePath, '--jobs', '1']).status).toBe(0);
    const pg = await PostgresStore.connect(url);
    const sqlite = await SqliteStore.open(sqlitePath, { readonly: true });
    try {
      expect(await pg.all('SELECT doc FROM documents GROUP BY doc HAVING count(*) > 1')).toEqual([]);
      expect(await sortedJsonl(pg)).toEqual(await sortedJsonl(sqlite));
      expect(await statuses(pg)).toEqual(await statuses(sqlite));
      const groups = await copyGroups(sqlite);
      expect(groups.length).toBeLessThan(48);
      expect(await copyGroups(pg)).toEqual(groups);
      expect(await n(pg, 'SELECT count(DISTINCT document_id) AS n FROM keywords')).toBe(await n(pg, 'SELECT count(*) AS n FROM documents'));
    } finally {
      await pg.close();
      await sqlite.close();
    }
  }, 240_000);
});
