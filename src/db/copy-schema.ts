// Migration step for copy detection (issue 10), additive and idempotent: it adds the columns that
// link an article to its first copy, and their index. The copy index's own tables are new, so
// schema.sql's CREATE TABLE IF NOT EXISTS (run first) makes them in old databases as in new ones.
import type { Database } from './connection.js';

export async function addCopyColumnsAndIndex(db: Database): Promise<void> {
  const columns = await db.all<{ name: string }>('PRAGMA table_info(documents)');
  const has = (name: string): boolean => columns.some((c) => c.name === name);
  if (!has('duplicate_of')) await db.exec('ALTER TABLE documents ADD COLUMN duplicate_of INTEGER REFERENCES documents (id) ON DELETE SET NULL');
  if (!has('duplicate_similarity')) await db.exec('ALTER TABLE documents ADD COLUMN duplicate_similarity REAL');
  // Deleting an original sets its copies' duplicate_of to NULL: without the index every delete scans documents.
  await db.exec('CREATE INDEX IF NOT EXISTS documents_duplicate_of ON documents (duplicate_of)');
}
