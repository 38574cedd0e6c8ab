import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { buildOnce, CLI, ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/db.js';
import { PostgresStore } from '../src/db/postgres/store.js';
import { SqliteStore } from '../src/db/sqlite-store.js';
import { copyGroups, hitsOf, sortedJsonl } from './helpers/store-compare.js';
import type { ReadStore } from '../src/db/store.js';
import { gatherReportData } from '../src/workbench/report/data.js';

const CORPUS = join(ROOT, 'corpus', 'docs');
const COPIES = 5;

/**
 * The corpus five times over, one sub-folder per copy (so same-named files in two folders, whose
 * ids need their folder), each copy edited so its bytes differ (a comment or line at the end): near
 * copies to link. DOCX copies stay identical and so must end as duplicates; plus a cut PDF that fails.
 */
function makeDump(): string {
  const dump = tempDir('planmine-dump-');
  for (let copy = 0; copy < COPIES; copy++) mkdirSync(join(dump, `c${copy}`));
  for (const name of readdirSync(CORPUS)) {
    const bytes = readFileSync(join(CORPUS, name));
    for (let copy = 0; copy < COPIES; copy++) {
      const target = join(dump, `c${copy}`, name);
      if (name.endsWith('.docx')) copyFileSync(join(CORPUS, name), target);
      else {
        const edit = name.endsWith('.html') ? `\n<!-- copy ${copy} -->\n` : name.endsWith('.pdf') ? `\n%copy ${copy}\n` : `\n\n${' '.repeat(copy + 1)}\n`;
        writeFileSync(target, Buffer.concat([bytes, Buffer.from(edit)]));
      }
    }
    if (name.endsWith('.pdf')) writeFileSync(join(dump, 'cut-download.pdf'), bytes.subarray(0, 400));
  }
  return dump;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function startWorker(url: string): ChildProcess {
  return spawn(process.execPath, [CLI, 'worker', '--db', url, '--jobs', '1', '--exit-when-idle', '--expiry-check', '1'], {
    cwd: ROOT, stdio: 'ignore', env: { ...process.env, CI: '1' },
  });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.on('exit', (code) => resolve(code)));

describe('distributed ingest: enqueue, three workers, one killed with -9', () => {
  let server: TestPostgres;
  let pg: PostgresStore;
  let sqlite: SqliteStore;
  let killedWhileBusy = false;
  let dump: string;

  beforeAll(async () => {
    await buildOnce();
    server = await startPostgres();
    dump = makeDump();
    const enqueue = runCli(['enqueue', dump, '--db', server.url, '--visibility-timeout', '10']);
    expect(enqueue.stderr).toBe('');
    expect(enqueue.stdout).toMatch(/queued 32, unchanged 0, duplicate 4, failed 0/);

    pg = await PostgresStore.connect(server.url);
    const workers = [startWorker(server.url), startWorker(server.url), startWorker(server.url)];
    // Kill the first worker once files are being finished and all three are busy: it dies mid-file.
    // A worker holds one file per thread and one more being stored or waiting for its thread, so
    // three workers hold three to six files; the retry check below shows the killed one held some.
    for (const started = Date.now(); Date.now() - started < 90_000; await sleep(100)) {
      const row = (await pg.get<{ done: number; active: number }>(
        "SELECT count(*) FILTER (WHERE state = 'completed') AS done, count(*) FILTER (WHERE state = 'active') AS active FROM pgboss.job",
      ))!;
      if (row.done >= 3 && row.active >= 3) {
        workers[0]!.kill('SIGKILL');
        killedWhileBusy = true;
        break;
      }
    }
    const codes = await Promise.all(workers.map(exited));
    expect(codes.slice(1)).toEqual([0, 0]);

    const sqlitePath = join(tempDir(), 'plans.sqlite');
    runCli(['ingest', dump, '--db', sqlitePath, '--jobs', '1']);
    sqlite = await SqliteStore.open(sqlitePath, { readonly: true });
  }, 240_000);

  afterAll(async () => {
    await pg?.close();
    await sqlite?.close();
    await server?.stop();
  });

  it('killed a worker holding a file, and that file was taken up again', async () => {
    expect(killedWhileBusy).toBe(true);
    const retried = await pg.get<{ n: number }>(
      'SELECT count(*) AS n FROM (SELECT retry_count FROM pgboss.job UNION ALL SELECT retry_count FROM pgboss.archive) j WHERE retry_count > 0',
    );
    expect(retried!.n).toBeGreaterThan(0);
  });

  it('exports line for line what a SQLite ingest of the same dump exports', async () => {
    const expected = await sortedJsonl(sqlite);
    expect(expected.length).toBeGreaterThan(200);
    expect(await sortedJsonl(pg)).toEqual(expected);
  });

  it('stores no file twice and gives every file the same status as ingest', async () => {
    expect(await pg.all('SELECT doc FROM documents GROUP BY doc HAVING count(*) > 1')).toEqual([]);
    const statuses = (store: ReadStore): Promise<unknown[]> => store.all('SELECT doc_path, status FROM files ORDER BY doc_path');
    expect(await statuses(pg)).toEqual(await statuses(sqlite));
    for (const table of ['sentences', 'targets', 'sections', 'assignments']) {
      const n = async (store: ReadStore): Promise<number> => (await store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
      expect({ table, n: await n(pg) }).toEqual({ table, n: await n(sqlite) });
    }
  });

  it('puts the failed file in errors with its reason, as ingest does', async () => {
    const reasons = (store: ReadStore): Promise<unknown[]> =>
      store.all("SELECT stage, reason FROM errors WHERE path LIKE '%cut-download.pdf' ORDER BY id");
    const expected = await reasons(sqlite);
    expect(expected).toHaveLength(1);
    expect(await reasons(pg)).toEqual(expected);
  });

  it('names articles by their path relative to the folder given to enqueue, as ingest does', async () => {
    const docs = async (store: ReadStore): Promise<string[]> => (await store.all<{ doc: string }>('SELECT doc FROM documents ORDER BY doc')).map((r) => r.doc);
    const onSqlite = await docs(sqlite);
    expect(onSqlite.filter((doc) => doc.startsWith('c3/')).length).toBeGreaterThan(3);
    expect(await docs(pg)).toEqual(onSqlite);
  });

  it('links the edited copies into the same groups as ingest, one original each', async () => {
    const onSqlite = await copyGroups(sqlite);
    expect((await sqlite.get<{ n: number }>('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'))!.n).toBeGreaterThan(10);
    expect(await copyGroups(pg)).toEqual(onSqlite);
  });

  // Copies are counted here: which copy of a text is its original may differ, as the groups may not.
  it('finds the same hits', async () => {
    for (const query of ['体质健康', '近视率 OR 巩固率', '100%']) {
      const expected = await hitsOf(sqlite, query, { withCopies: true });
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await hitsOf(pg, query, { withCopies: true }), query).toEqual(expected);
    }
  });

  it('planmine search --db postgres://… prints the hits SQLite gives', () => {
    const head = (db: string): string => runCli(['search', '体质健康', '--db', db, '--limit', '1', '--with-copies']).stdout.split('\n')[0]!;
    expect(head(server.url)).toMatch(/^\d+ hits, showing 1–1$/);
    expect(head(server.url)).toBe(head(sqlite.location));
  });

  it('planmine compare and similar --db postgres://… print what they print on SQLite', async () => {
    const doc = (await sqlite.get<{ doc: string }>('SELECT doc FROM documents ORDER BY doc LIMIT 1'))!.doc;
    // Every article listed, sorted: identical copies tie, and ties fall in id order, which differs.
    for (const args of [['compare', '优秀率', '--by', 'province', '--csv', '--with-copies'], ['similar', doc, '--limit', '100', '--with-copies']]) {
      const lines = (db: string): string[] => runCli([...args, '--db', db]).stdout.split('\n').sort();
      const onSqlite = lines(sqlite.location);
      expect(onSqlite.length, args[0]).toBeGreaterThan(10);
      expect(lines(server.url), args[0]).toEqual(onSqlite);
    }
  });

  it('planmine sql --db postgres://… reads what SQLite reads and refuses writes', () => {
    const query = 'SELECT doc, title FROM documents ORDER BY doc LIMIT 3';
    const onPostgres = runCli(['sql', query, '--db', server.url, '--format', 'json']);
    expect(onPostgres.status).toBe(0);
    expect(JSON.parse(onPostgres.stdout)).toEqual(JSON.parse(runCli(['sql', query, '--db', sqlite.location, '--format', 'json']).stdout));
    const write = runCli(['sql', 'DELETE FROM documents', '--db', server.url]);
    expect(write.status).toBe(2);
    expect(write.stderr).toMatch(/read-only/);
  });

  it('planmine export --db postgres://… writes the JSON Lines and CSV that SQLite gives', () => {
    const out = tempDir();
    const exported = (db: string, name: string, format: string): string[] => {
      expect(runCli(['export', '--format', format, '--db', db, '--out', join(out, name)]).status).toBe(0);
      return format === 'jsonl' ? readFileSync(join(out, name), 'utf8').split('\n').sort() : readFileSync(join(out, name, 'targets.csv'), 'utf8').split('\n').sort();
    };
    for (const format of ['jsonl', 'csv']) {
      const onSqlite = exported(sqlite.location, `sqlite-${format}`, format);
      expect(onSqlite.length, format).toBeGreaterThan(100);
      expect(exported(server.url, `pg-${format}`, format), format).toEqual(onSqlite);
    }
  });

  it('planmine show and report --db postgres://… give what they give on SQLite', async () => {
    const doc = (await sqlite.get<{ doc: string }>('SELECT doc FROM documents ORDER BY doc LIMIT 1'))!.doc;
    const show = (db: string): string => runCli(['show', doc, '--db', db, '--width', '0']).stdout;
    expect(show(sqlite.location)).toContain('targets (');
    expect(show(server.url)).toBe(show(sqlite.location));
    const out = join(tempDir(), 'report.html');
    expect(runCli(['report', '--db', server.url, '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('总务处');
    // The same figures. Ids follow the order files were stored in, so they differ, and so does a
    // party's example (its first assignment by id).
    const figures = async (store: ReadStore): Promise<unknown> => {
      const data = await gatherReportData(store, undefined, new Date(0), { withCopies: true });
      const withoutIds = JSON.parse(JSON.stringify(data, (key, value: unknown) => (key === 'id' ? undefined : value))) as typeof data;
      return { ...withoutIds, parties: withoutIds.parties.map(({ task: _task, evidence: _evidence, ...rest }) => rest) };
    };
    expect(await figures(pg)).toEqual(await figures(sqlite));
  });

  it('status counts the finished queue', () => {
    const status = runCli(['status', '--db', server.url]);
    expect(status.stdout).toMatch(/queued 0, active 0, done 32, failed 0/);
    expect(status.stdout).toMatch(/files\/s: \d+\.\d\d/);
  });

  it('closes the run with its counts and refreshes the keywords once the queue is done', async () => {
    expect(await pg.get('SELECT files_seen, files_ingested, files_duplicate, files_failed, finished_at IS NOT NULL AS finished FROM runs WHERE id = 1')).toEqual({
      files_seen: 36, files_ingested: 31, files_duplicate: 4, files_failed: 1, finished: true,
    });
    expect((await pg.get<{ n: number }>('SELECT count(DISTINCT document_id) AS n FROM keywords'))!.n).toBe((await pg.get<{ n: number }>('SELECT count(*) AS n FROM documents'))!.n);
  });

  it('a second enqueue of the dump queues only the failed file again and marks a deleted file missing, its articles kept', async () => {
    const deleted = join(dump, 'c4', 'jingxuan-2pian.txt');
    const articles = async (): Promise<number> =>
      (await pg.get<{ n: number }>('SELECT count(*) AS n FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path LIKE ?', ['%/c4/jingxuan-2pian.txt']))!.n;
    const before = await articles();
    expect(before).toBeGreaterThan(0);
    rmSync(deleted);
    const again = runCli(['enqueue', dump, '--db', server.url]);
    expect(again.stdout).toMatch(/queued 1, unchanged 34, duplicate 0, failed 0, missing 1\)/);
    expect(await pg.all("SELECT doc_path FROM files WHERE status = 'missing'")).toEqual([{ doc_path: 'c4/jingxuan-2pian.txt' }]);
    expect(await articles()).toBe(before);
  });

  it('a file whose workers keep dying fails with that reason instead of being retried forever', async () => {
    // As pg-boss leaves a job after its worker died twice: taken before, back in the queue.
    await pg.all("UPDATE pgboss.job SET state = 'retry', started_on = now(), retry_count = 1 WHERE state = 'created'");
    const worker = startWorker(server.url);
    expect(await exited(worker)).toBe(0);
    const last = await pg.get<{ path: string; reason: string }>('SELECT path, reason FROM errors ORDER BY id DESC LIMIT 1');
    expect(last!.path).toMatch(/cut-download\.pdf$/);
    expect(last!.reason).toMatch(/interrupted 2 times/);
  });
});
