import type { Database, SqlValue } from './connection.js';
import type { ReadStore } from './store.js';
import { ROW_COLUMNS, type FileRows, type RowTable } from './file-rows.js';
import type { FileStatus } from '../ingest.js';
import { linkCopies } from './copy-index.js';
import { documentStem, fallbackStems } from '../doc-id.js';

export interface FileFacts {
  /** Absolute: the file's key. */
  path: string;
  /** Relative to the folder given to ingest; null for a file the walk could not place (a failure). */
  docPath?: string | null;
  sha256: string | null;
  bytes: number | null;
}

const now = (): string => new Date().toISOString();

/** Inserts or updates the file's row and returns its id; the caller holds the transaction. */
async function upsertFile(
  db: Database,
  file: FileFacts,
  status: FileStatus,
  runId: number,
  extra: { format?: string | null; encoding?: string | null; pages?: number | null; duplicateOf?: number | null } = {},
): Promise<number> {
  const params: SqlValue[] = [
    file.path, file.docPath ?? null, file.sha256, extra.format ?? null, extra.encoding ?? null, file.bytes, extra.pages ?? null,
    status, extra.duplicateOf ?? null, runId, now(),
  ];
  const row = await db.get<{ id: number }>(
    `INSERT INTO files (path, doc_path, sha256, format, encoding, bytes, pages, status, duplicate_of, run_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET doc_path = coalesce(excluded.doc_path, files.doc_path), sha256 = excluded.sha256, format = excluded.format, encoding = excluded.encoding,
       bytes = excluded.bytes, pages = excluded.pages, status = excluded.status, duplicate_of = excluded.duplicate_of,
       run_id = excluded.run_id, updated_at = excluded.updated_at
     RETURNING id`,
    params,
  );
  return row!.id;
}

async function clearFileContent(db: Database, fileId: number): Promise<void> {
  await db.exec(`DELETE FROM documents WHERE file_id = ${fileId}; DELETE FROM messages WHERE file_id = ${fileId};`);
}

/**
 * Replaces everything stored for the file with the new extraction, atomically. `replacing` says the
 * file may have rows from an earlier run; a file new to the database has none to delete.
 */
export async function storeProcessedFile(db: Database, file: FileFacts, rows: FileRows, runId: number, replacing = true): Promise<void> {
  await db.transaction(async () => {
    const fileId = await upsertFile(db, file, 'ingested', runId, rows);
    if (replacing) await clearFileContent(db, fileId);
    await insertRows(db, fileId, await withUniqueIds(db, fileId, file, rows.tables));
    if (rows.copies) await linkCopies(db, fileId, rows.copies);
  });
}

/**
 * The file's articles renamed when another file's articles hold their ids already (two dumps of
 * one layout ingested from two folders): the database never joins two files' articles under one id.
 */
export async function withUniqueIds(db: Pick<ReadStore, 'get'>, fileId: number, file: FileFacts, tables: FileRows['tables']): Promise<FileRows['tables']> {
  if (!file.docPath || tables.documents === undefined) return tables;
  const stem = documentStem(file.docPath);
  // Ids are `<stem>#<n>`: '$' sorts right after '#', so the range holds exactly this stem's ids.
  const taken = async (candidate: string): Promise<boolean> =>
    (await db.get('SELECT 1 AS taken FROM documents WHERE doc >= ? AND doc < ? AND file_id <> ? LIMIT 1', [`${candidate}#`, `${candidate}$`, fileId])) !== undefined;
  if (!(await taken(stem))) return tables;
  let free = `${stem}~${fileId}`;
  for (const candidate of fallbackStems(stem, file.path, fileId)) {
    if (!(await taken(candidate))) {
      free = candidate;
      break;
    }
  }
  const doc = ROW_COLUMNS.documents.indexOf('doc');
  const documents = (JSON.parse(tables.documents) as SqlValue[][]).map((row) => row.map((value, i) => (i === doc ? free + String(value).slice(stem.length) : value)));
  return { ...tables, documents: JSON.stringify(documents) };
}

export async function storeFileStatus(db: Database, file: FileFacts, status: 'duplicate', runId: number, duplicateOf: number): Promise<void> {
  await db.transaction(async () => {
    const fileId = await upsertFile(db, file, status, runId, { duplicateOf });
    await clearFileContent(db, fileId);
  });
}

/** Marks files found with the bytes already stored; many per statement, since a rerun is mostly these. */
export async function storeUnchanged(db: Database, paths: string[], runId: number): Promise<void> {
  if (paths.length === 0) return;
  await db.transaction(async () => {
    for (let at = 0; at < paths.length; at += 500) {
      const chunk = paths.slice(at, at + 500);
      await db.run(`UPDATE files SET status = 'unchanged', run_id = ?, updated_at = ? WHERE path IN (${chunk.map(() => '?').join(', ')})`, [
        runId, now(), ...chunk,
      ]);
    }
  });
}

/**
 * Files stored before and gone now: their articles stay (a dump being re-downloaded loses files for
 * a while) and are marked by the file's status, until `ingest --prune`.
 */
export async function storeMissing(db: Database, ids: number[], runId: number): Promise<void> {
  await db.transaction(async () => {
    for (let at = 0; at < ids.length; at += 500) {
      const chunk = ids.slice(at, at + 500);
      await db.run(`UPDATE files SET status = 'missing', run_id = ?, updated_at = ? WHERE id IN (${chunk.map(() => '?').join(', ')})`, [runId, now(), ...chunk]);
    }
  });
}

/** Deletes missing files with everything stored for them; what pointed at them as a duplicate is unlinked. */
export async function pruneFiles(db: Database, ids: number[]): Promise<void> {
  await db.transaction(async () => {
    for (let at = 0; at < ids.length; at += 500) {
      const chunk = ids.slice(at, at + 500);
      await db.run(`DELETE FROM files WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
    }
  });
}

/** A failed file keeps no stale articles from an earlier version, and its reason goes to `errors`. */
export async function storeFailure(db: Database, file: FileFacts, stage: string, reason: string, runId: number): Promise<void> {
  await db.transaction(async () => {
    const fileId = await upsertFile(db, file, 'failed', runId);
    await clearFileContent(db, fileId);
    await db.run('INSERT INTO errors (path, stage, reason, at, run_id) VALUES (?, ?, ?, ?, ?)', [file.path, stage, reason, now(), runId]);
  });
}

const field = (table: RowTable, name: string): string => `value ->> ${(ROW_COLUMNS[table] as readonly string[]).indexOf(name)}`;

/** The row's fields that the table stores as they are, by the table's own column names. */
function plainColumns(table: RowTable, skip: readonly string[]): { columns: string[]; values: string[] } {
  const columns = ROW_COLUMNS[table].filter((c) => !skip.includes(c));
  return { columns, values: columns.map((c) => field(table, c)) };
}

/** `article` → the id of the file's document with that index. */
const DOCUMENT_OF_ROW = (table: RowTable): string =>
  `(SELECT id FROM documents WHERE file_id = ?1 AND article_index = ${field(table, 'article')})`;

/** One INSERT … SELECT over the JSON rows; `ORDER BY key` keeps the ids in row order. */
function insertFromJson(table: RowTable, extra: Record<string, string>, skip: readonly string[], from = 'json_each(?2)'): string {
  const plain = plainColumns(table, [...skip, ...Object.keys(extra)]);
  const columns = [...Object.keys(extra), ...plain.columns];
  const values = [...Object.values(extra), ...plain.values];
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${from} ORDER BY key`;
}

const INSERT_SQL: Record<RowTable, string> = {
  documents: insertFromJson('documents', { file_id: '?1' }, []),
  // Ids are given: a parent is the section `parent` rows after the first of this file's sections.
  sections: insertFromJson(
    'sections',
    { id: 'base.next + key', document_id: DOCUMENT_OF_ROW('sections'), parent_id: `CASE WHEN ${field('sections', 'parent')} >= 0 THEN base.next + ${field('sections', 'parent')} END` },
    ['article', 'parent'],
    'json_each(?2), (SELECT coalesce(max(id), 0) + 1 AS next FROM sections) AS base',
  ),
  sentences: insertFromJson('sentences', { document_id: DOCUMENT_OF_ROW('sentences') }, ['article']),
  targets: insertFromJson('targets', { document_id: DOCUMENT_OF_ROW('targets') }, ['article']),
  phases: insertFromJson('phases', { document_id: DOCUMENT_OF_ROW('phases') }, ['article']),
  parties: insertFromJson('parties', { document_id: DOCUMENT_OF_ROW('parties') }, ['article']),
  // ?3: the id of the file's first party; parties are numbered consecutively inside the transaction.
  assignments: insertFromJson(
    'assignments',
    { document_id: DOCUMENT_OF_ROW('assignments'), party_id: `CASE WHEN ${field('assignments', 'party')} >= 0 THEN ?3 + ${field('assignments', 'party')} END`, party: field('assignments', 'party_name') },
    ['article', 'party', 'party_name'],
  ),
  messages: insertFromJson(
    'messages',
    { file_id: '?1', document_id: `CASE WHEN ${field('messages', 'article')} >= 0 THEN ${DOCUMENT_OF_ROW('messages')} END` },
    ['article'],
  ),
};

/** One statement per table that has rows, in an order where every id a row refers to exists. */
async function insertRows(db: Database, fileId: number, tables: FileRows['tables']): Promise<void> {
  let firstParty: number | null = null;
  for (const table of Object.keys(INSERT_SQL) as RowTable[]) {
    const json = tables[table];
    if (json === undefined) continue;
    const { lastID, changes } = await db.run(INSERT_SQL[table], table === 'assignments' ? [fileId, json, firstParty] : [fileId, json]);
    if (table === 'parties') firstParty = lastID - changes + 1;
  }
}
