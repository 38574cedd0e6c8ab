import type { Database, SqlValue } from './connection.js';
import type { ProcessedArticle, ProcessedFile } from '../pipeline.js';
import type { Evidence, Message, Section } from '../types.js';
import { indicatorKey } from './indicator-key.js';
import { dayRange } from './day-range.js';
import { insertMany } from './insert-many.js';
import { charOffsetsOf } from './char-offsets.js';
import type { FileStatus } from '../ingest.js';



export interface FileFacts {
  path: string;
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
    file.path, file.sha256, extra.format ?? null, extra.encoding ?? null, file.bytes, extra.pages ?? null,
    status, extra.duplicateOf ?? null, runId, now(),
  ];
  await db.run(
    `INSERT INTO files (path, sha256, format, encoding, bytes, pages, status, duplicate_of, run_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, format = excluded.format, encoding = excluded.encoding,
       bytes = excluded.bytes, pages = excluded.pages, status = excluded.status, duplicate_of = excluded.duplicate_of,
       run_id = excluded.run_id, updated_at = excluded.updated_at`,
    params,
  );
  const row = await db.get<{ id: number }>('SELECT id FROM files WHERE path = ?', [file.path]);
  return row!.id;
}

async function clearFileContent(db: Database, fileId: number): Promise<void> {
  await db.run('DELETE FROM documents WHERE file_id = ?', [fileId]);
  await db.run('DELETE FROM messages WHERE file_id = ?', [fileId]);
}

/** Replaces everything stored for the file with the new extraction, in one transaction. */
export async function storeProcessedFile(db: Database, file: FileFacts, processed: ProcessedFile, runId: number): Promise<void> {
  await db.transaction(async () => {
    const fileId = await upsertFile(db, file, 'ingested', runId, processed);
    await clearFileContent(db, fileId);
    await insertMessages(db, fileId, null, processed.messages);
    for (const item of processed.articles) await insertArticle(db, fileId, item);
  });
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

/** A failed file keeps no stale articles from an earlier version, and its reason goes to `errors`. */
export async function storeFailure(db: Database, file: FileFacts, stage: string, reason: string, runId: number): Promise<void> {
  await db.transaction(async () => {
    const fileId = await upsertFile(db, file, 'failed', runId);
    await clearFileContent(db, fileId);
    await db.run('INSERT INTO errors (path, stage, reason, at, run_id) VALUES (?, ?, ?, ?, ?)', [file.path, stage, reason, now(), runId]);
  });
}

async function insertMessages(
  db: Database, fileId: number, documentId: number | null, messages: Message[], at: (offset: number) => number = (o) => o,
): Promise<void> {
  for (const m of messages) {
    await db.run('INSERT INTO messages (file_id, document_id, severity, origin, reason, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      fileId, documentId, m.severity, m.origin, m.reason, m.span ? at(m.span.start) : null, m.span ? at(m.span.end) : null,
    ]);
  }
}

const evidenceColumns = (e: Evidence, at: (offset: number) => number): SqlValue[] => [e.quote, at(e.span.start), at(e.span.end), e.sectionPath.join(' > ')];

async function insertArticle(db: Database, fileId: number, item: ProcessedArticle): Promise<void> {
  const { article, facts } = item;
  const at = charOffsetsOf(article.text);
  const { lastID: documentId } = await db.run(
    `INSERT INTO documents (file_id, doc, article_index, title, organization, province, date, period_start, period_end,
       doc_type, relevant, script, text, chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      fileId, article.id, article.index, facts.title, facts.organization, facts.province, facts.date, facts.periodStart,
      facts.periodEnd, facts.docType, facts.relevant ? 1 : 0, facts.script, article.text, at(article.text.length),
    ],
  );
  await insertSections(db, documentId, article.sections, at);
  await insertMany(
    db, 'sentences', ['document_id', 'section_path', 'start', 'end', 'text', 'words'],
    article.sentences.map((s, i) => [documentId, s.sectionPath.join(' > '), at(s.start), at(s.end), article.text.slice(s.start, s.end), item.sentenceWords[i] ?? '']),
  );
  await insertRecords(db, documentId, item, at);
  await insertMessages(db, fileId, documentId, article.messages, at);
}

/** Index of each section's parent (the nearest earlier section of a lower level), or -1. */
export function parentIndexes(sections: readonly Pick<Section, 'level'>[]): number[] {
  const open: number[] = [];
  return sections.map((s, i) => {
    while (open.length && sections[open[open.length - 1]!]!.level >= s.level) open.pop();
    const parent = open[open.length - 1] ?? -1;
    open.push(i);
    return parent;
  });
}

async function insertSections(db: Database, documentId: number, sections: Section[], at: (offset: number) => number): Promise<void> {
  if (sections.length === 0) return;
  // Inside the write transaction new rows take max(id) + 1 onwards, so parents are known up front.
  const { next } = (await db.get<{ next: number }>('SELECT coalesce(max(id), 0) + 1 AS next FROM sections'))!;
  const parents = parentIndexes(sections);
  await insertMany(
    db, 'sections', ['id', 'document_id', 'parent_id', 'ordinal', 'level', 'numbering', 'title', 'path', 'start', 'end'],
    sections.map((s, i) => [
      next + i, documentId, parents[i]! >= 0 ? next + parents[i]! : null, i, s.level, s.numbering, s.title, s.path.join(' > '),
      at(s.body.start), at(s.body.end),
    ]),
  );
}

const EVIDENCE_COLUMNS = ['evidence', 'start', 'end', 'section_path', 'extractor'] as const;

async function insertRecords(db: Database, documentId: number, item: ProcessedArticle, at: (offset: number) => number): Promise<void> {
  const targets: SqlValue[][] = [];
  const phases: SqlValue[][] = [];
  const parties: SqlValue[][] = [];
  const partyNames: string[] = [];
  const assignments: { party: string; values: SqlValue[] }[] = [];
  for (const { record: r, extractor } of item.records) {
    const evidence = [...evidenceColumns(r.evidence, at), extractor];
    if (r.type === 'target') {
      targets.push([documentId, r.indicator, indicatorKey(r.indicator), r.value, r.valueMax, r.unit, r.comparator, r.kind, r.year, ...evidence]);
    } else if (r.type === 'phase') {
      const days = dayRange(r.start, r.end);
      phases.push([documentId, r.order, r.name, r.start, r.end, days.first, days.last, ...evidence]);
    } else if (r.type === 'party') {
      parties.push([documentId, r.name, r.kind, r.role, r.group, ...evidence]);
      partyNames.push(r.name);
    } else {
      assignments.push({ party: r.party, values: [r.party, r.task, r.deadline, ...evidence] });
    }
  }
  await insertMany(db, 'targets', ['document_id', 'indicator', 'indicator_key', 'value', 'value_max', 'unit', 'comparator', 'kind', 'year', ...EVIDENCE_COLUMNS], targets);
  await insertMany(db, 'phases', ['document_id', 'ordinal', 'name', 'start_date', 'end_date', 'first_day', 'last_day', ...EVIDENCE_COLUMNS], phases);
  const firstParty = await insertMany(db, 'parties', ['document_id', 'name', 'kind', 'role', 'group_name', ...EVIDENCE_COLUMNS], parties);
  const partyIds = new Map(partyNames.map((name, i) => [name, firstParty! + i]));
  await insertMany(
    db, 'assignments', ['document_id', 'party_id', 'party', 'task', 'deadline', ...EVIDENCE_COLUMNS],
    assignments.map((a) => [documentId, partyIds.get(a.party) ?? null, ...a.values]),
  );
}
