import pg from 'pg';
import type { TableDescription } from '../../workbench/metadata-descriptions.js';
import { PlanmineError } from '../../errors.js';
import { inTransaction } from './connection.js';

export interface Commented {
  tables: number;
  columns: number;
}

/**
 * The descriptions as COMMENT ON TABLE/VIEW/COLUMN, which psql's `\d+`, Metabase and DBeaver show.
 * Only what this database has: SQLite's own tables (sentences_fts) have no counterpart here.
 * One transaction, so a reader never sees half the comments of a run.
 */
export async function commentOnSchema(pool: pg.Pool, tables: Record<string, TableDescription>): Promise<Commented> {
  const found = (await pool.query<{ relname: string; relkind: string; attname: string }>(
    `SELECT c.relname, c.relkind, a.attname
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.oid IN (SELECT to_regclass(quote_ident(name)) FROM unnest($1::text[]) AS name)`,
    [Object.keys(tables)],
  )).rows;
  const kinds = new Map(found.map((r) => [r.relname, r.relkind === 'v' || r.relkind === 'm' ? 'VIEW' : 'TABLE']));
  const columns = new Set(found.map((r) => `${r.relname}.${r.attname}`));
  const statements: string[] = [];
  let described = 0;
  for (const [table, { description, columns: columnDescriptions }] of Object.entries(tables)) {
    const kind = kinds.get(table);
    if (!kind) continue;
    // COMMENT takes no bind parameters: the literals are escaped by node-postgres.
    statements.push(`COMMENT ON ${kind} ${pg.escapeIdentifier(table)} IS ${pg.escapeLiteral(description)}`);
    for (const [column, text] of Object.entries(columnDescriptions)) {
      if (!columns.has(`${table}.${column}`)) continue;
      statements.push(`COMMENT ON COLUMN ${pg.escapeIdentifier(table)}.${pg.escapeIdentifier(column)} IS ${pg.escapeLiteral(text)}`);
      described++;
    }
  }
  try {
    await inTransaction(pool, async (client) => {
      for (const sql of statements) await client.query(sql);
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Only a table's owner may comment on it: a reader's role gets a sentence, not a SQLSTATE.
    throw new PlanmineError('write', `cannot describe the tables: ${message}${/owner/i.test(message) ? ' (run planmine metadata as the role that owns planmine\'s tables)' : ''}`);
  }
  return { tables: kinds.size, columns: described };
}
