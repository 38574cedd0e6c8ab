import type { Database, SqlValue } from './connection.js';

/** SQLite accepts 32,766 bound values per statement since 3.32; stay well below. */
const MAX_VALUES = 30_000;

/**
 * Inserts rows with multi-row INSERT statements, a few round trips per table instead of one per
 * row. Returns the rowid of the first row: inside one write transaction SQLite numbers new rows of
 * an INTEGER PRIMARY KEY table consecutively, so row i has id first + i.
 */
export async function insertMany(db: Database, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<number | null> {
  if (rows.length === 0) return null;
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let first: number | null = null;
  for (let at = 0; at < rows.length; at += perStatement) {
    const chunk = rows.slice(at, at + perStatement);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(chunk.length).fill(tuple).join(', ')}`;
    const { lastID } = await db.run(sql, chunk.flat());
    first ??= lastID - chunk.length + 1;
  }
  return first;
}
