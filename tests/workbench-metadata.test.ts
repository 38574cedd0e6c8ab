import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForWriting, type Database } from '../src/db/connection.js';
import { buildMetadata, writeMetadata } from '../src/workbench/metadata.js';
import { TABLE_DESCRIPTIONS } from '../src/workbench/metadata-descriptions.js';
import { openStore } from '../src/db/store.js';

const FTS_SHADOW = /_(data|idx|content|docsize|config)$/;

/** Tables and views of a freshly migrated database with their columns, as SQLite itself reports them. */
async function liveSchema(db: Database): Promise<Map<string, string[]>> {
  const objects = await db.all<{ name: string; sql: string | null }>(
    "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const virtual = objects.filter((o) => /CREATE VIRTUAL TABLE/i.test(o.sql ?? '')).map((o) => o.name);
  // FTS5 keeps its index in shadow tables named after the virtual table; they are SQLite's, not ours.
  const ours = objects.filter((o) => !virtual.some((v) => o.name.startsWith(`${v}_`) && FTS_SHADOW.test(o.name)));
  const schema = new Map<string, string[]>();
  for (const o of ours) {
    const columns = await db.all<{ name: string }>(`PRAGMA table_info(${JSON.stringify(o.name)})`);
    schema.set(o.name, columns.map((c) => c.name));
  }
  return schema;
}

async function freshSchema(): Promise<{ path: string; schema: Map<string, string[]> }> {
  const path = join(mkdtempSync(join(tmpdir(), 'planmine-meta-')), 'plans.sqlite');
  const db = await openForWriting(path);
  try {
    return { path, schema: await liveSchema(db) };
  } finally {
    await db.close();
  }
}

describe('metadata.json', () => {
  it('describes every table, view and column of the live schema', async () => {
    const { schema } = await freshSchema();
    expect(schema.size).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const [table, columns] of schema) {
      const described = TABLE_DESCRIPTIONS[table];
      if (!described?.description) missing.push(table);
      for (const column of columns) if (!described?.columns[column]) missing.push(`${table}.${column}`);
    }
    expect(missing, 'add these to src/workbench/metadata-descriptions.ts').toEqual([]);
  });

  it('describes nothing the schema no longer has', async () => {
    const { schema } = await freshSchema();
    const stale: string[] = [];
    for (const [table, described] of Object.entries(TABLE_DESCRIPTIONS)) {
      const columns = schema.get(table);
      if (!columns) stale.push(table);
      else for (const column of Object.keys(described.columns)) if (!columns.includes(column)) stale.push(`${table}.${column}`);
    }
    expect(stale).toEqual([]);
  });

  it("is written beside the database in Datasette's shape, under the database's file name", async () => {
    const { path } = await freshSchema();
    const written = writeMetadata(path).path;
    expect(written).toBe(join(path, '..', 'metadata.json'));
    const meta = JSON.parse(readFileSync(written, 'utf8'));
    expect(typeof meta.title).toBe('string');
    expect(typeof meta.description).toBe('string');
    expect(Object.keys(meta.databases)).toEqual(['plans']);
    expect(meta.databases.plans.tables.targets.columns.value).toMatch(/number/i);
    expect(typeof meta.databases.plans.tables.timeline.description).toBe('string');
  });

  it('names the database after any file name, as Datasette does', () => {
    expect(Object.keys(buildMetadata('/data/survey-2026.db').databases)).toEqual(['survey-2026']);
  });

  it('goes where --out says, its edits kept there as beside the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmine-meta-out-'));
    const out = join(dir, 'team-metadata.json');
    expect(writeMetadata('postgres://reader@dbhost/plans2026', { out })).toEqual({ path: out, kept: false });
    expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')).databases)).toEqual(['plans2026']);
    writeFileSync(out, '{"title": "课题组改过的说明"}\n');
    expect(writeMetadata('postgres://reader@dbhost/plans2026', { out }).kept).toBe(true);
    expect(writeMetadata('postgres://reader@dbhost/plans2026', { out, force: true }).kept).toBe(false);
  });

  it('is written by the SQLite store beside its file, and a missing file is not created for it', async () => {
    const { path } = await freshSchema();
    const store = await openStore(path, { create: false });
    try {
      expect(await store.describeSchema(TABLE_DESCRIPTIONS)).toEqual({ where: join(path, '..', 'metadata.json'), readers: 'Datasette', kept: false });
    } finally {
      await store.close();
    }
    const missing = join(path, '..', 'elsewhere.sqlite');
    await expect(openStore(missing, { create: false })).rejects.toThrow(`no database at ${missing} (run \`planmine ingest\` first)`);
    expect(existsSync(missing)).toBe(false);
  });
});
