import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { tempDir } from './helpers/db.js';
import { twinStores } from './helpers/twin-stores.js';
import { PostgresStore } from '../src/db/postgres/store.js';
import { SqliteStore } from '../src/db/sqlite-store.js';
import { hitsOf, sortedJsonl } from './helpers/store-compare.js';
import { numberPlaceholders } from '../src/db/postgres/placeholders.js';
import { globToRegex } from '../src/db/postgres/search.js';
import { openStore, withReadOnlyStore, type ReadStore } from '../src/db/store.js';
import type { ProcessResult } from '../src/process-result.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'docs');

describe('numberPlaceholders', () => {
  it('numbers ? outside quotes and comments', () => {
    expect(numberPlaceholders("SELECT ? , '?' AS q, \"a?\" FROM t -- why?\nWHERE x = ? AND y = 'it''s?' AND z = ?")).toBe(
      "SELECT $1 , '?' AS q, \"a?\" FROM t -- why?\nWHERE x = $2 AND y = 'it''s?' AND z = $3",
    );
  });
});

describe('globToRegex', () => {
  it('turns a figure GLOB into an anchored regex', () => {
    const regex = new RegExp(globToRegex('*[^0-9.]30%*'));
    expect(regex.test(' 达到30%以上 ')).toBe(true);
    expect(regex.test(' 达到130%以上 ')).toBe(false);
    expect(regex.test(' 达到1.30%以上 ')).toBe(false);
  });
});

describe('a version 1 PostgreSQL database', () => {
  it('gains the version 3 columns and tables in place, its rows kept', async () => {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase('planmine_v1');
      const pool = new pg.Pool({ connectionString: url });
      try {
        await pool.query(readFileSync(join(import.meta.dirname, 'fixtures', 'postgres-schema-v1.sql'), 'utf8'));
        await pool.query('INSERT INTO schema_version (version) VALUES (1)');
        await pool.query("INSERT INTO files (path, status, updated_at) VALUES ('/dump/a.txt', 'ingested', 'then')");
      } finally {
        await pool.end();
      }
      const store = await PostgresStore.connect(url);
      try {
        expect(await store.get('SELECT version FROM schema_version')).toEqual({ version: 3 });
        expect(await store.all('SELECT path, doc_path, status FROM files')).toEqual([{ path: '/dump/a.txt', doc_path: null, status: 'ingested' }]);
        await store.all("UPDATE files SET status = 'missing'");
        expect(await store.all('SELECT duplicate_of, duplicate_similarity FROM documents')).toEqual([]);
        expect(await store.all('SELECT count(*) AS n FROM copy_signatures JOIN copy_bands USING (document_id)')).toEqual([{ n: 0 }]);
        expect(await store.all('SELECT files_missing, files_pruned FROM runs')).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('PostgresStore against SQLite on the bundled corpus', () => {
  let server: TestPostgres;
  let pg: PostgresStore;
  let sqlite: SqliteStore;
  let results: Map<string, ProcessResult>;
  let docPaths: Map<string, string>;

  beforeAll(async () => {
    server = await startPostgres();
    // A repost of one plan in another folder, with a line of its own: a copy both stores must link.
    const reposts = tempDir('planmine-reposts-');
    mkdirSync(join(reposts, 'site'));
    const html = join(CORPUS, 'hunan-changsha-xiaoxue.html');
    writeFileSync(join(reposts, 'site', 'hunan-changsha-xiaoxue.html'), Buffer.concat([readFileSync(html), Buffer.from('\n<!-- reposted -->\n')]));
    ({ sqlite, pg, results, docPaths } = await twinStores(server.url, [CORPUS, reposts]));
  }, 180_000);

  afterAll(async () => {
    await pg?.close();
    await sqlite?.close();
    await server?.stop();
  });

  it('exports the same JSON Lines', async () => {
    const fromSqlite = await sortedJsonl(sqlite);
    expect(fromSqlite.length).toBeGreaterThan(50);
    expect(await sortedJsonl(pg)).toEqual(fromSqlite);
  });

  it('holds the same number of rows in every table', async () => {
    for (const table of ['documents', 'sections', 'sentences', 'targets', 'phases', 'parties', 'assignments', 'messages']) {
      const n = async (store: ReadStore): Promise<number> => (await store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
      expect({ table, n: await n(pg) }).toEqual({ table, n: await n(sqlite) });
    }
  });

  it('links sections to their parents and assignments to their parties as SQLite does', async () => {
    const links = async (store: ReadStore): Promise<unknown[]> => [
      await store.all(`SELECT d.doc, c.ordinal, p.ordinal AS parent FROM sections c JOIN documents d ON d.id = c.document_id
                       LEFT JOIN sections p ON p.id = c.parent_id AND p.document_id = c.document_id ORDER BY d.doc, c.ordinal`),
      await store.all(`SELECT d.doc, a.task, a.party, p.name, p.start FROM assignments a JOIN documents d ON d.id = a.document_id
                       LEFT JOIN parties p ON p.id = a.party_id AND p.document_id = a.document_id ORDER BY d.doc, a.start, a.task`),
    ];
    const [sections, assignments] = await links(sqlite);
    expect((sections as { parent: number | null }[]).some((s) => s.parent !== null)).toBe(true);
    expect((assignments as { name: string | null }[]).some((a) => a.name !== null)).toBe(true);
    expect(await links(pg)).toEqual([sections, assignments]);
  });

  it('stores each file\'s relative path and links the same copies to the same originals', async () => {
    const paths = async (store: ReadStore): Promise<unknown[]> => store.all('SELECT path, doc_path, status FROM files ORDER BY path');
    expect(await paths(pg)).toEqual(await paths(sqlite));
    const copies = async (store: ReadStore): Promise<unknown[]> =>
      store.all('SELECT d.doc, o.doc AS original, round(d.duplicate_similarity * 1000) AS similarity FROM documents d JOIN documents o ON o.id = d.duplicate_of ORDER BY d.doc');
    const onSqlite = await copies(sqlite);
    expect(onSqlite.length).toBeGreaterThan(0);
    expect(await copies(pg)).toEqual(onSqlite);
    expect((await pg.get<{ n: number }>('SELECT count(*) AS n FROM copy_signatures'))!.n).toBe((await sqlite.get<{ n: number }>('SELECT count(*) AS n FROM copy_signatures'))!.n);
  });

  it('finds the same sentences for words, alternatives, exclusions and figures', async () => {
    for (const query of ['体质健康', '优秀率', '近视率 OR 巩固率', '教师 -培训', '100%']) {
      const expected = await hitsOf(sqlite, query);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await hitsOf(pg, query), query).toEqual(expected);
    }
  });

  it('storing a file again replaces its rows instead of adding a second copy', async () => {
    // The original of the pair: storing it again orphans its copy until copies are relinked. Which of the two files is
    // the original depends on where the temporary folder sorts against the checkout, so ask the store.
    const original = (await sqlite.get<{ path: string }>(
      'SELECT f.path FROM documents d JOIN documents o ON o.id = d.duplicate_of JOIN files f ON f.id = o.file_id LIMIT 1',
    ))!.path;
    const [path, result] = [...results].find(([p, r]) => r.ok && p === original)!;
    if (!result.ok) throw new Error('no file parsed');
    const before = (await pg.get<{ n: number }>('SELECT count(*) AS n FROM sentences'))!.n;
    const runId = await pg.startRun('again');
    const bytes = readFileSync(path);
    await pg.storeProcessedFile({ path, docPath: docPaths.get(path) ?? null, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }, result.file, runId);
    const copies = async (store: ReadStore): Promise<number> => (await store.get<{ n: number }>('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'))!.n;
    expect(await copies(pg)).toBeLessThan(await copies(sqlite));
    // Its old articles' copies lost their original with them: linked again, as a worker does when the queue empties.
    expect(await pg.relinkOrphanedCopies()).toBeGreaterThan(0);
    expect(await copies(pg)).toBe(await copies(sqlite));
    expect((await pg.get<{ n: number }>('SELECT count(*) AS n FROM sentences'))!.n).toBe(before);
    expect(await sortedJsonl(pg)).toEqual(await sortedJsonl(sqlite));
  });

  it('a file of the same relative path from another folder gets its folder in its ids, as in SQLite', async () => {
    const [path, result] = [...results].find(([, r]) => r.ok && r.file.articles > 0)!;
    if (!result.ok) throw new Error('no file parsed');
    const docPath = docPaths.get(path)!;
    const elsewhere = `/elsewhere/dumpB/${docPath}`;
    const runId = await pg.startRun('second dump');
    await pg.storeProcessedFile({ path: elsewhere, docPath, sha256: 'b'.repeat(64), bytes: 1 }, result.file, runId);
    const docs = await pg.all<{ doc: string }>('SELECT d.doc FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ? ORDER BY d.article_index', [elsewhere]);
    const stem = docPath.replace(/\.[^/]*$/, '');
    expect(docs.map((d) => d.doc)).toEqual(Array.from({ length: result.file.articles }, (_, i) => `dumpB/${stem}#${i + 1}`));
    await pg.storeFailure({ path: elsewhere, docPath, sha256: null, bytes: null }, 'read', 'test over', runId);
  });

  it('keeps keywords for similar articles', async () => {
    expect((await pg.get<{ n: number }>('SELECT count(*) AS n FROM keywords'))!.n).toBeGreaterThan(0);
  });

  it('sql is read-only: reads work, writes are refused', async () => {
    expect((await pg.readOnlyQuery('SELECT count(*) AS n FROM documents'))[0]!.n).toBeGreaterThan(0);
    await expect(pg.readOnlyQuery('DELETE FROM documents')).rejects.toThrow(/read-only/);
    await expect(pg.readOnlyQuery('SELECT 1; DELETE FROM documents')).rejects.toThrow(/one statement/);
    expect((await pg.get<{ n: number }>('SELECT count(*) AS n FROM documents'))!.n).toBeGreaterThan(0);
  });

  it('openStore chooses PostgreSQL by the URL and SQLite otherwise', async () => {
    const store = await openStore(server.url);
    try {
      expect(store.engine).toBe('postgres');
      expect(store.location).not.toContain('planmine-test');
    } finally {
      await store.close();
    }
    expect(await withReadOnlyStore(sqlite.location, async (file) => [file.engine, (await file.search('体质健康')).total])).toEqual([
      'sqlite', (await pg.search('体质健康')).total,
    ]);
  });
});
