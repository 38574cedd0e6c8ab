// Migration 3, copy detection (issue 10), additive and idempotent: the columns that link an article
// to its first copy. The copy index's tables and the column's index are new, so schema.sql (run
// after the migrations) makes them in old databases as in new ones.
import type { Database } from './connection.js';

export async function addCopyColumns(db: Database): Promise<void> {
  const columns = await db.all<{ name: string }>('PRAGMA table_info(documents)');
  const has = (name: string): boolean => columns.some((c) => c.name === name);
  if (!has('duplicate_of')) await db.exec('ALTER TABLE documents ADD COLUMN duplicate_of INTEGER REFERENCES documents (id) ON DELETE SET NULL');
  if (!has('duplicate_similarity')) await db.exec('ALTER TABLE documents ADD COLUMN duplicate_similarity REAL');
}
