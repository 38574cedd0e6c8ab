// What a run reads of the files table before deciding what to parse, in SQL both engines run.
import type { KnownFile, ReadStore, Store } from './store.js';
import { isUnder } from '../walk.js';

export interface KnownFiles {
  byPath: Map<string, KnownFile>;
  /** sha256 → a path whose articles are stored (ingested or unchanged), from earlier runs or this one. */
  stored: Map<string, string>;
}

/** Every file's row as a run needs it; each store reads it with this one query. */
export function knownFileRows(db: Pick<ReadStore, 'all'>): Promise<KnownFile[]> {
  return db.all<KnownFile>('SELECT id, path, doc_path AS "docPath", sha256, status, duplicate_of AS "duplicateOf" FROM files');
}

/** The file's id, status and bytes' hash; each store reads it with this one query. */
export function fileRowByPath(db: Pick<ReadStore, 'get'>, path: string): Promise<{ id: number; status: string; sha256: string | null } | undefined> {
  return db.get('SELECT id, status, sha256 FROM files WHERE path = ?', [path]);
}

/** What the database knows of every file, read once: no query per file before parsing. */
export async function knownFiles(store: Pick<Store, 'knownFiles'>): Promise<KnownFiles> {
  const known: KnownFiles = { byPath: new Map(), stored: new Map() };
  for (const row of await store.knownFiles()) {
    known.byPath.set(row.path, row);
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

export async function missingUnder(db: Pick<ReadStore, 'all'>, scopes: string[]): Promise<number[]> {
  const rows = await db.all<{ id: number; path: string }>("SELECT id, path FROM files WHERE status = 'missing'");
  return rows.filter((r) => scopes.some((s) => isUnder(r.path, s))).map((r) => r.id);
}

/**
 * Duplicates whose twin no longer holds their bytes: changed, failed, gone or pruned. They are
 * read again and, with no other stored copy, parsed on their own.
 */
export async function orphanedDuplicates(db: Pick<ReadStore, 'all'>): Promise<{ path: string; docPath: string | null }[]> {
  // coalesce instead of SQLite's `IS NOT`, which PostgreSQL spells `IS DISTINCT FROM`: a duplicate always has a hash.
  return db.all<{ path: string; docPath: string | null }>(
    `SELECT f.path, f.doc_path AS "docPath" FROM files f LEFT JOIN files t ON t.id = f.duplicate_of
     WHERE f.status = 'duplicate'
       AND (t.id IS NULL OR t.status NOT IN ('ingested', 'unchanged') OR coalesce(t.sha256, '') <> coalesce(f.sha256, ''))
     ORDER BY f.path`,
  );
}
