import type { Database, SqlValue } from './connection.js';
import type { ProcessedArticle, ProcessedFile } from '../pipeline.js';
import type { Evidence, Message, Section } from '../types.js';
import { indicatorKey } from './indicator-key.js';
import { dayRange } from './day-range.js';
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

export async function storeFileStatus(
  db: Database, file: FileFacts, status: 'unchanged' | 'duplicate', runId: number, duplicateOf: number | null = null,
): Promise<void> {
  await db.transaction(async () => {
    if (status === 'unchanged') {
      await db.run('UPDATE files SET status = ?, run_id = ?, updated_at = ? WHERE path = ?', [status, runId, now(), file.path]);
      return;
    }
    const fileId = await upsertFile(db, file, status, runId, { duplicateOf });
    await clearFileContent(db, fileId);
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

async function insertMessages(db: Database, fileId: number, documentId: number | null, messages: Message[]): Promise<void> {
  for (const m of messages) {
    await db.run('INSERT INTO messages (file_id, document_id, severity, origin, reason, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      fileId, documentId, m.severity, m.origin, m.reason, m.span?.start ?? null, m.span?.end ?? null,
    ]);
  }
}

const evidenceColumns = (e: Evidence): SqlValue[] => [e.quote, e.span.start, e.span.end, e.sectionPath.join(' > ')];

async function insertArticle(db: Database, fileId: number, item: ProcessedArticle): Promise<void> {
  const { article, facts } = item;
  const { lastID: documentId } = await db.run(
    `INSERT INTO documents (file_id, doc, article_index, title, organization, province, date, period_start, period_end,
       doc_type, relevant, script, text, chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      fileId, article.id, article.index, facts.title, facts.organization, facts.province, facts.date, facts.periodStart,
      facts.periodEnd, facts.docType, facts.relevant ? 1 : 0, facts.script, article.text, article.text.length,
    ],
  );
  await insertSections(db, documentId, article.sections);
  for (const [i, s] of article.sentences.entries()) {
    await db.run('INSERT INTO sentences (document_id, section_path, start, end, text, words) VALUES (?, ?, ?, ?, ?, ?)', [
      documentId, s.sectionPath.join(' > '), s.start, s.end, article.text.slice(s.start, s.end), item.sentenceWords[i] ?? '',
    ]);
  }
  await insertRecords(db, documentId, item);
  await insertMessages(db, fileId, documentId, article.messages);
}

async function insertSections(db: Database, documentId: number, sections: Section[]): Promise<void> {
  // A section's parent is the nearest earlier section of a lower level.
  const open: { level: number; id: number }[] = [];
  for (const [ordinal, s] of sections.entries()) {
    while (open.length && open[open.length - 1]!.level >= s.level) open.pop();
    const parentId = open[open.length - 1]?.id ?? null;
    const { lastID } = await db.run(
      'INSERT INTO sections (document_id, parent_id, ordinal, level, numbering, title, path, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [documentId, parentId, ordinal, s.level, s.numbering, s.title, s.path.join(' > '), s.body.start, s.body.end],
    );
    open.push({ level: s.level, id: lastID });
  }
}

async function insertRecords(db: Database, documentId: number, item: ProcessedArticle): Promise<void> {
  const partyIds = new Map<string, number>();
  const assignments = [];
  for (const { record: r, extractor } of item.records) {
    switch (r.type) {
      case 'target':
        await db.run(
          `INSERT INTO targets (document_id, indicator, indicator_key, value, value_max, unit, comparator, kind, year,
             evidence, start, end, section_path, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [documentId, r.indicator, indicatorKey(r.indicator), r.value, r.valueMax, r.unit, r.comparator, r.kind, r.year, ...evidenceColumns(r.evidence), extractor],
        );
        break;
      case 'phase': {
        const days = dayRange(r.start, r.end);
        await db.run(
          `INSERT INTO phases (document_id, ordinal, name, start_date, end_date, first_day, last_day, evidence, start, end,
             section_path, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [documentId, r.order, r.name, r.start, r.end, days.first, days.last, ...evidenceColumns(r.evidence), extractor],
        );
        break;
      }
      case 'party': {
        const { lastID } = await db.run(
          `INSERT INTO parties (document_id, name, kind, role, group_name, evidence, start, end, section_path, extractor)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [documentId, r.name, r.kind, r.role, r.group, ...evidenceColumns(r.evidence), extractor],
        );
        partyIds.set(r.name, lastID);
        break;
      }
      case 'assignment':
        assignments.push({ r, extractor });
        break;
    }
  }
  // Assignments last, so each can point at its party's row.
  for (const { r, extractor } of assignments) {
    await db.run(
      `INSERT INTO assignments (document_id, party_id, party, task, deadline, evidence, start, end, section_path, extractor)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [documentId, partyIds.get(r.party) ?? null, r.party, r.task, r.deadline, ...evidenceColumns(r.evidence), extractor],
    );
  }
}
