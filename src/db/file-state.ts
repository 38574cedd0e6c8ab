import type { ReadStore } from './store.js';
import type { Database } from './connection.js';
import { isUnder } from '../walk.js';

export interface KnownFile {
  id: number;
  sha256: string | null;
  status: string;
  docPath: string | null;
  duplicateOf: number | null;
}

export interface KnownFiles {
  byPath: Map<string, KnownFile>;
  /** sha256 → a path whose articles are stored (ingested or unchanged), from earlier runs or this one. */
  stored: Map<string, string>;
}

/** What the database knows of every file, read once: no query per file before parsing. */
export async function knownFiles(db: Database): Promise<KnownFiles> {
  const rows = await db.all<{ id: number; path: string; sha256: string | null; status: string; doc_path: string | null; duplicate_of: number | null }>(
    'SELECT id, path, sha256, status, doc_path, duplicate_of FROM files',
  );
  const known: KnownFiles = { byPath: new Map(), stored: new Map() };
  for (const row of rows) {
    known.byPath.set(row.path, { id: row.id, sha256: row.sha256, status: row.status, docPath: row.doc_path, duplicateOf: row.duplicate_of });
    if (row.sha256 && (row.status === 'ingested' || row.status === 'unchanged')) known.stored.set(row.sha256, row.path);
  }
  return known;
}

/**
 * Files stored before under the folders this run looked at, and not found there now. Files under a
 * place the walk could not enter are not gone: the run could not look.
 */
export async function filesGone(db: Pick<ReadStore, 'all'>, scopes: string[], found: Set<string>, unlooked: string[]): Promise<number[]> {
  const rows = await db.all<{ id: number; path: string }>("SELECT id, path FROM files WHERE status <> 'missing'");
  return rows
    .filter((r) => !found.has(r.path) && scopes.some((s) => isUnder(r.path, s)) && !unlooked.some((u) => isUnder(r.path, u)))
    .map((r) => r.id);
}

export async function missingUnder(db: Database, scopes: string[]): Promise<number[]> {
  const rows = await db.all<{ id: number; path: string }>("SELECT id, path FROM files WHERE status = 'missing'");
  return rows.filter((r) => scopes.some((s) => isUnder(r.path, s))).map((r) => r.id);
}

/**
 * Duplicates whose twin no longer holds their bytes: changed, failed, gone or pruned. They are
 * read again and, with no other stored copy, parsed on their own.
 */
export async function orphanedDuplicates(db: Database): Promise<{ path: string; docPath: string | null }[]> {
  return db.all<{ path: string; docPath: string | null }>(
    `SELECT f.path, f.doc_path AS docPath FROM files f LEFT JOIN files t ON t.id = f.duplicate_of
     WHERE f.status = 'duplicate'
       AND (t.id IS NULL OR t.status NOT IN ('ingested', 'unchanged') OR t.sha256 IS NOT f.sha256)
     ORDER BY f.path`,
  );
}
