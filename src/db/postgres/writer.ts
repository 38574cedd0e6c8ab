// writer.ts for PostgreSQL: each table's rows arrive as one JSON array of arrays (file-rows.ts) and
// go in with one INSERT … SELECT over jsonb_array_elements per table. Every function runs on the
// caller's client inside the caller's transaction, so a distributed worker can commit a file's rows
// together with its job's completion.
import type pg from 'pg';
import { ROW_COLUMNS, type FileRows, type RowTable } from '../file-rows.js';
import { withUniqueIds, type FileFacts } from '../writer.js';
import type { ReadStore } from '../store.js';
import { numberPlaceholders } from './placeholders.js';
import { linkCopies } from './copy-index.js';
import { documentStem } from '../../doc-id.js';
import type { FileStatus } from '../../ingest.js';
import type { SqlValue } from '../connection.js';

const now = (): string => new Date().toISOString();

/** Columns that are not text, with the type the JSON value is cast to. */
const NUMERIC_COLUMNS: Record<string, string> = {
  article_index: 'integer', period_start: 'integer', period_end: 'integer', relevant: 'integer', chars: 'integer',
  ordinal: 'integer', level: 'integer', start: 'integer', end: 'integer', year: 'integer',
  // indexes into the file's rows, turned into ids
  article: 'integer', parent: 'integer', party: 'integer',
  value: 'double precision', value_max: 'double precision',
};

const quoted = (column: string): string => (column === 'end' ? '"end"' : column);

function field(table: RowTable, name: string): string {
  const index = (ROW_COLUMNS[table] as readonly string[]).indexOf(name);
  const cast = NUMERIC_COLUMNS[name];
  return cast ? `(r.v ->> ${index})::${cast}` : `(r.v ->> ${index})`;
}

/** `article` → the id of the file's document with that index. */
const DOCUMENT_OF_ROW = (table: RowTable): string =>
  `(SELECT id FROM documents WHERE file_id = $1 AND article_index = (r.v ->> ${(ROW_COLUMNS[table] as readonly string[]).indexOf('article')})::integer)`;

/** An index into this file's rows (parent section, party) → the id reserved for that row in `$3`. */
const idOfIndex = (table: RowTable, name: string): string =>
  `CASE WHEN ${field(table, name)} >= 0 THEN ($3::bigint[])[${field(table, name)} + 1] END`;

function insertFromJson(table: RowTable, extra: Record<string, string>, skip: readonly string[]): string {
  const plain = ROW_COLUMNS[table].filter((c) => !skip.includes(c) && !(c in extra));
  const columns = [...Object.keys(extra), ...plain].map(quoted);
  const values = [...Object.values(extra), ...plain.map((c) => field(table, c))];
  return `INSERT INTO ${table} (${columns.join(', ')})
    SELECT ${values.join(', ')} FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS r(v, ord) ORDER BY r.ord`;
}

/** Tables whose ids are reserved before the insert, because other rows of the file refer to them. */
const RESERVED_IDS: Partial<Record<RowTable, true>> = { sections: true, parties: true };

const INSERT_SQL: Record<RowTable, string> = {
  documents: insertFromJson('documents', { file_id: '$1' }, []),
  sections: insertFromJson(
    'sections',
    { id: '($3::bigint[])[r.ord]', document_id: DOCUMENT_OF_ROW('sections'), parent_id: idOfIndex('sections', 'parent') },
    ['article', 'parent'],
  ),
  sentences: insertFromJson('sentences', { document_id: DOCUMENT_OF_ROW('sentences') }, ['article']),
  targets: insertFromJson('targets', { document_id: DOCUMENT_OF_ROW('targets') }, ['article']),
  phases: insertFromJson('phases', { document_id: DOCUMENT_OF_ROW('phases') }, ['article']),
  parties: insertFromJson('parties', { id: '($3::bigint[])[r.ord]', document_id: DOCUMENT_OF_ROW('parties') }, ['article']),
  assignments: insertFromJson(
    'assignments',
    { document_id: DOCUMENT_OF_ROW('assignments'), party_id: idOfIndex('assignments', 'party'), party: field('assignments', 'party_name') },
    ['article', 'party', 'party_name'],
  ),
  messages: insertFromJson(
    'messages',
    { file_id: '$1', document_id: `CASE WHEN ${field('messages', 'article')} >= 0 THEN ${DOCUMENT_OF_ROW('messages')} END` },
    ['article'],
  ),
};

/**
 * Ids for the table's rows, in row order. Other workers insert at the same time, so a file's ids
 * need not be consecutive: rows that point at each other get them from here, not by arithmetic.
 */
async function reserveIds(client: pg.ClientBase, table: RowTable, json: string): Promise<number[]> {
  const { rows } = await client.query<{ ids: number[] }>(
    `SELECT coalesce(array_agg(nextval(pg_get_serial_sequence('${table}', 'id')) ORDER BY g), '{}') AS ids
     FROM generate_series(1, jsonb_array_length($1::jsonb)) AS g`,
    [json],
  );
  return rows[0]!.ids.map(Number);
}

/** Inserts or updates the file's row and returns its id; the caller holds the transaction. */
async function upsertFile(
  client: pg.ClientBase,
  file: FileFacts,
  status: FileStatus,
  runId: number,
  extra: { format?: string | null; encoding?: string | null; pages?: number | null; duplicateOf?: number | null } = {},
): Promise<number> {
  // Two workers holding the same path (a job retried while its first worker still ran) take turns.
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [file.path]);
  const params: SqlValue[] = [
    file.path, file.docPath ?? null, file.sha256, extra.format ?? null, extra.encoding ?? null, file.bytes, extra.pages ?? null,
    status, extra.duplicateOf ?? null, runId, now(),
  ];
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO files (path, doc_path, sha256, format, encoding, bytes, pages, status, duplicate_of, run_id, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (path) DO UPDATE SET doc_path = coalesce(excluded.doc_path, files.doc_path), sha256 = excluded.sha256, format = excluded.format, encoding = excluded.encoding,
       bytes = excluded.bytes, pages = excluded.pages, status = excluded.status, duplicate_of = excluded.duplicate_of,
       run_id = excluded.run_id, updated_at = excluded.updated_at
     RETURNING id`,
    params,
  );
  return Number(rows[0]!.id);
}

async function clearFileContent(client: pg.ClientBase, fileId: number): Promise<void> {
  await client.query('DELETE FROM documents WHERE file_id = $1', [fileId]);
  await client.query('DELETE FROM messages WHERE file_id = $1', [fileId]);
}

/**
 * Replaces everything stored for the file with the new extraction. Always delete-then-insert keyed
 * by the file: a job run twice (a worker killed after its commit, before pg-boss heard) leaves one copy.
 */
export async function storeProcessedFile(client: pg.ClientBase, file: FileFacts, rows: FileRows, runId: number): Promise<number> {
  const fileId = await upsertFile(client, file, 'ingested', runId, rows);
  await clearFileContent(client, fileId);
  const tables = await uniqueIds(client, fileId, file, rows.tables);
  const reserved: Partial<Record<RowTable, number[]>> = {};
  for (const table of Object.keys(INSERT_SQL) as RowTable[]) {
    const json = tables[table];
    if (json === undefined) continue;
    if (RESERVED_IDS[table]) reserved[table] = await reserveIds(client, table, json);
    const ids = table === 'assignments' ? reserved.parties ?? [] : reserved[table];
    await client.query(INSERT_SQL[table], ids === undefined ? [fileId, json] : [fileId, json, ids]);
  }
  if (rows.copies) await linkCopies(client, fileId, rows.copies);
  return fileId;
}

/**
 * The articles' ids made unique as SQLite's writer makes them (withUniqueIds). Workers writing
 * files of one stem at once take turns, so the second sees the first's ids once it has committed.
 */
async function uniqueIds(client: pg.ClientBase, fileId: number, file: FileFacts, tables: FileRows['tables']): Promise<FileRows['tables']> {
  if (!file.docPath || tables.documents === undefined) return tables;
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`doc-stem:${documentStem(file.docPath)}`]);
  const reader: Pick<ReadStore, 'get'> = {
    get: async <T>(sql: string, params: SqlValue[] = []) => (await client.query(numberPlaceholders(sql), params)).rows[0] as T | undefined,
  };
  return withUniqueIds(reader, fileId, file, tables);
}

export async function storeDuplicate(client: pg.ClientBase, file: FileFacts, runId: number, duplicateOf: number): Promise<void> {
  const fileId = await upsertFile(client, file, 'duplicate', runId, { duplicateOf });
  await clearFileContent(client, fileId);
}

export async function storeUnchanged(client: pg.ClientBase, paths: string[], runId: number): Promise<void> {
  if (paths.length === 0) return;
  await client.query("UPDATE files SET status = 'unchanged', run_id = $1, updated_at = $2 WHERE path = ANY($3::text[])", [runId, now(), paths]);
}

export async function storeFailure(client: pg.ClientBase, file: FileFacts, stage: string, reason: string, runId: number): Promise<void> {
  const fileId = await upsertFile(client, file, 'failed', runId);
  await clearFileContent(client, fileId);
  await client.query('INSERT INTO errors (path, stage, reason, at, run_id) VALUES ($1, $2, $3, $4, $5)', [file.path, stage, reason, now(), runId]);
}
