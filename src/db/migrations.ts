import { resolve } from 'node:path';
import type { Database } from './connection.js';
import { addCopyColumns } from './copy-schema.js';

/**
 * Steps that bring a database of version `n - 1` to version `n`, run in order inside one
 * transaction with foreign keys off (a table rebuilt must not cascade into its children). What is
 * new and additive (tables, indexes, views) comes from schema.sql, run after them.
 */
export const MIGRATIONS: Record<number, (db: Database) => Promise<void>> = {
  2: filesByAbsolutePath,
  3: addCopyColumns,
};

/**
 * v1 → v2: `files.path` becomes absolute, `files.doc_path` is added and `missing` joins the
 * statuses (a CHECK constraint, so the table is rebuilt). v1 stored paths as typed, relative to the
 * folder the command ran in; that folder is not recorded, so they are resolved against the current
 * one. doc_path stays NULL: such a file is parsed again once, to get its relative-path ids.
 */
async function filesByAbsolutePath(db: Database): Promise<void> {
  await db.exec(`
    CREATE TABLE files_v2 (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      doc_path TEXT,
      sha256 TEXT,
      format TEXT,
      encoding TEXT,
      bytes INTEGER,
      pages INTEGER,
      status TEXT NOT NULL CHECK (status IN ('ingested', 'unchanged', 'duplicate', 'failed', 'missing')),
      duplicate_of INTEGER REFERENCES files (id) ON DELETE SET NULL,
      run_id INTEGER REFERENCES runs (id),
      updated_at TEXT NOT NULL
    );
    INSERT INTO files_v2 (id, path, sha256, format, encoding, bytes, pages, status, duplicate_of, run_id, updated_at)
      SELECT id, path, sha256, format, encoding, bytes, pages, status, duplicate_of, run_id, updated_at FROM files;
    DROP TABLE files;
    ALTER TABLE files_v2 RENAME TO files;
    CREATE INDEX IF NOT EXISTS files_sha256 ON files (sha256);
    ALTER TABLE runs ADD COLUMN files_missing INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE runs ADD COLUMN files_pruned INTEGER NOT NULL DEFAULT 0;
  `);
  const taken = new Set((await db.all<{ path: string }>('SELECT path FROM files')).map((r) => r.path));
  for (const { id, path } of await db.all<{ id: number; path: string }>('SELECT id, path FROM files')) {
    const absolute = resolve(path);
    // `a/x.txt` and `./a/x.txt` were two rows of one file: the second keeps its old path rather than collide.
    if (absolute === path || taken.has(absolute)) continue;
    taken.add(absolute);
    await db.run('UPDATE files SET path = ? WHERE id = ?', [absolute, id]);
  }
}
