// `serve` and `metadata` on PostgreSQL: the same pages as on SQLite for the same dump, and the
// schema described where PostgreSQL's tools read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { twinStores } from './helpers/twin-stores.js';
import { buildOnce, runCli, spawnServe } from './helpers/cli.js';
import { PostgresStore } from '../src/db/postgres/store.js';
import type { SqliteStore } from '../src/db/sqlite-store.js';
import { buildApp } from '../src/serve/app.js';
import { TABLE_DESCRIPTIONS } from '../src/workbench/metadata-descriptions.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'docs');

let server: TestPostgres;
let writer: PostgresStore;
let reader: PostgresStore;
let sqlite: SqliteStore;
let onSqlite: FastifyInstance;
let onPostgres: FastifyInstance;

beforeAll(async () => {
  server = await startPostgres();
  ({ sqlite, pg: writer } = await twinStores(server.url, [CORPUS]));
  reader = await PostgresStore.connect(server.url, { readonly: true });
  onSqlite = buildApp(sqlite);
  onPostgres = buildApp(reader);
}, 180_000);

afterAll(async () => {
  await reader?.close();
  await writer?.close();
  await sqlite?.close();
  await server?.stop();
});

/** A page from both engines' apps, each answered 200. */
async function both(url: string): Promise<[string, string]> {
  const [a, b] = [await onSqlite.inject(url), await onPostgres.inject(url)];
  expect([a.statusCode, b.statusCode], url).toEqual([200, 200]);
  return [a.body, b.body];
}

describe('serve on PostgreSQL answers what it answers on SQLite', () => {
  it('/articles: the same list and facet counts, unfiltered and under a facet', async () => {
    const [sqlitePage, pgPage] = await both('/articles');
    const counts = [...sqlitePage.matchAll(/<span class="muted">(\d+)<\/span><\/li>/g)].map((m) => Number(m[1]));
    expect(counts.some((n) => n > 1), 'some facet value holds several articles').toBe(true);
    expect(pgPage).toBe(sqlitePage);
    // A named province (in the URL as %E6…), not the "(unknown)" one.
    const facet = /<section data-facet="province">.*?<\/section>/.exec(sqlitePage)![0];
    const province = /href="(\/articles\?province=%[^"]+)"/.exec(facet)![1]!.replace(/&amp;/g, '&');
    const [narrowedSqlite, narrowedPg] = await both(province);
    expect(narrowedSqlite).not.toBe(sqlitePage);
    expect(narrowedPg).toBe(narrowedSqlite);
  });

  it('/articles/<id>: the same facts, records and marks at the same offsets', async () => {
    const { doc } = (await sqlite.get<{ doc: string }>(
      `SELECT d.doc FROM documents d WHERE EXISTS (SELECT 1 FROM targets t WHERE t.document_id = d.id)
       AND EXISTS (SELECT 1 FROM phases p WHERE p.document_id = d.id) ORDER BY d.doc LIMIT 1`,
    ))!;
    const [sqlitePage, pgPage] = await both(`/articles/${encodeURIComponent(doc)}`);
    expect(sqlitePage).toMatch(/<mark[^>]*class="[^"]*target/);
    expect(sqlitePage).toMatch(/<mark[^>]*class="[^"]*phase/);
    expect(pgPage).toBe(sqlitePage);
  });

  it('/search: the same hits and total (ranked each engine its own way)', async () => {
    const url = `/search?q=${encodeURIComponent('体质健康')}`;
    const [sqlitePage, pgPage] = await both(url);
    const total = (page: string): string => /<p id="hit-count">([^<]+)<\/p>/.exec(page)![1]!;
    const hits = (page: string): string[] => [...page.matchAll(/<div class="hit">.*<\/div><\/div>/g)].map((m) => m[0]).sort();
    const n = Number(total(sqlitePage).split(' ')[0]);
    // One page of hits, so both engines show them all whatever their order.
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThanOrEqual(20);
    expect(hits(sqlitePage)).toHaveLength(n);
    expect(hits(sqlitePage).join('')).toContain('<mark>');
    expect(total(pgPage)).toBe(total(sqlitePage));
    expect(hits(pgPage)).toEqual(hits(sqlitePage));
  });

  it('/compare by province: the same chart data, table and summary', async () => {
    const [sqlitePage, pgPage] = await both(`/compare?q=${encodeURIComponent('优秀率')}&by=province`);
    expect(sqlitePage).toMatch(/<span id="compare-count">([2-9]|\d\d+) targets<\/span>/);
    expect(pgPage).toBe(sqlitePage);
  });

  it('reads through sessions that refuse writes', async () => {
    await expect(reader.all('DELETE FROM keywords')).rejects.toThrow(/read-only transaction/);
    expect((await writer.get<{ n: number }>('SELECT count(*) AS n FROM keywords'))!.n).toBeGreaterThan(0);
  });
});

describe('metadata on PostgreSQL', () => {
  it('comments every table, view and column with the descriptions metadata.json carries', async () => {
    const described = await writer.describeSchema(TABLE_DESCRIPTIONS);
    expect(described.kept).toBe(false);
    const tables = await writer.all<{ name: string; kind: string; comment: string | null }>(
      `SELECT c.relname AS name, c.relkind AS kind, obj_description(c.oid, 'pg_class') AS comment FROM pg_class c
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'v') ORDER BY c.relname`,
    );
    expect(tables.map((t) => t.name)).toContain('timeline');
    for (const t of tables) expect({ table: t.name, comment: t.comment }).toEqual({ table: t.name, comment: TABLE_DESCRIPTIONS[t.name]?.description });
    const columns = await writer.all<{ table: string; column: string; comment: string | null }>(
      `SELECT c.relname AS "table", a.attname AS "column", col_description(c.oid, a.attnum) AS comment
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'v') ORDER BY 1, 2`,
    );
    expect(columns.length).toBeGreaterThan(100);
    for (const c of columns) expect({ ...c }).toEqual({ ...c, comment: TABLE_DESCRIPTIONS[c.table]?.columns[c.column] });
    expect(columns.find((c) => c.table === 'targets' && c.column === 'end')?.comment).toMatch(/exclusive/);
  });

  it("says to run as the tables' owner when the role may only read", async () => {
    await writer.all("CREATE ROLE team_reader LOGIN PASSWORD 'reads-only'");
    await writer.all('GRANT SELECT ON ALL TABLES IN SCHEMA public TO team_reader');
    const url = new URL(server.url);
    url.username = 'team_reader';
    url.password = 'reads-only';
    const store = await PostgresStore.connect(url.toString(), { create: false });
    try {
      await expect(store.describeSchema(TABLE_DESCRIPTIONS)).rejects.toThrow(/cannot describe the tables: must be owner of .* \(run planmine metadata as the role that owns planmine's tables\)/);
    } finally {
      await store.close();
    }
  });

  it('the command describes a PostgreSQL database and refuses one planmine never wrote', async () => {
    await buildOnce();
    await writer.all("COMMENT ON TABLE targets IS 'stale'");
    const run = runCli(['metadata', '--db', server.url]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^table and column descriptions for psql \\d\+, Metabase, DBeaver: COMMENT ON \d+ tables and views, \d+ columns in postgres:\/\/postgres:\*\*\*@/);
    expect(run.stdout).not.toContain('planmine-local');
    expect((await writer.get<{ c: string }>("SELECT obj_description('targets'::regclass, 'pg_class') AS c"))!.c).toBe(TABLE_DESCRIPTIONS.targets!.description);
    const empty = await server.createDatabase('not_planmine');
    const refused = runCli(['metadata', '--db', empty]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/is not a planmine database/);
    const untouched = new pg.Client({ connectionString: empty });
    await untouched.connect();
    try {
      expect((await untouched.query("SELECT to_regclass('documents') AS t")).rows).toEqual([{ t: null }]);
    } finally {
      await untouched.end();
    }
  }, 240_000);
});

describe('planmine serve --db postgres://', () => {
  it('serves the articles of a PostgreSQL database', async () => {
    await buildOnce();
    const { child, address } = spawnServe(server.url);
    try {
      const base = await address;
      const res = await fetch(`${base}/articles`);
      expect(res.status).toBe(200);
      const [expected] = await both('/articles');
      expect(await res.text()).toBe(expected);
    } finally {
      child.kill();
    }
  }, 240_000);
});
