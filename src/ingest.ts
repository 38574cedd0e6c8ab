import { readFile as readBytes } from 'node:fs/promises';
import type { Database } from './db/connection.js';
import { storeFailure, storeFileStatus, storeProcessedFile, type FileFacts } from './db/writer.js';
import { processFile, sha256 } from './pipeline.js';
import { listFiles } from './walk.js';
import { PlanmineError } from './errors.js';
import { refreshKeywords } from './search/keywords.js';
import type { ReadOptions } from './readers/reader.js';

export interface IngestOptions {
  maxBytes: number;
  read: Partial<ReadOptions>;
  onFile?: (event: FileEvent) => void;
}

export interface FileEvent {
  path: string;
  status: 'ingested' | 'unchanged' | 'duplicate' | 'failed';
  reason?: string;
  articles?: number;
  done: number;
  total: number;
}

export interface IngestSummary {
  runId: number;
  files: number;
  ingested: number;
  unchanged: number;
  duplicate: number;
  failed: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Ingests every file under `roots`: each file ends ingested, unchanged, duplicate or failed, never half-written. */
export async function ingest(db: Database, roots: string[], options: IngestOptions): Promise<IngestSummary> {
  const { lastID: runId } = await db.run('INSERT INTO runs (started_at, args) VALUES (?, ?)', [new Date().toISOString(), JSON.stringify(roots)]);
  const { files, problems } = await listFiles(roots);
  const summary: IngestSummary = { runId, files: files.length + problems.length, ingested: 0, unchanged: 0, duplicate: 0, failed: 0 };
  let done = 0;
  const report = (event: Omit<FileEvent, 'done' | 'total'>): void => {
    summary[event.status]++;
    done++;
    options.onFile?.({ ...event, done, total: summary.files });
  };

  for (const problem of problems) {
    await storeFailure(db, { path: problem.path, sha256: null, bytes: null }, 'read', problem.reason, runId);
    report({ path: problem.path, status: 'failed', reason: problem.reason });
  }
  for (const path of files) {
    const outcome = await ingestOne(db, path, runId, options);
    report({ path, ...outcome });
  }
  if (summary.ingested > 0) await refreshKeywords(db);
  await db.run(
    `UPDATE runs SET finished_at = ?, files_seen = ?, files_ingested = ?, files_unchanged = ?, files_duplicate = ?, files_failed = ? WHERE id = ?`,
    [new Date().toISOString(), summary.files, summary.ingested, summary.unchanged, summary.duplicate, summary.failed, runId],
  );
  return summary;
}

type Outcome = Pick<FileEvent, 'status' | 'reason' | 'articles'>;

async function ingestOne(db: Database, path: string, runId: number, options: IngestOptions): Promise<Outcome> {
  let file: FileFacts = { path, sha256: null, bytes: null };
  try {
    const bytes = await readBytes(path);
    file = { path, sha256: sha256(bytes), bytes: bytes.length };
    if (bytes.length > options.maxBytes) {
      const reason = `file too large: ${bytes.length} bytes, limit ${options.maxBytes} (--max-bytes)`;
      await storeFailure(db, file, 'limit', reason, runId);
      return { status: 'failed', reason };
    }
    const known = await db.get<{ sha256: string | null; status: string }>('SELECT sha256, status FROM files WHERE path = ?', [path]);
    if (known && known.sha256 === file.sha256 && known.status !== 'failed') {
      await storeFileStatus(db, file, 'unchanged', runId);
      return { status: 'unchanged' };
    }
    const twin = await db.get<{ id: number }>(
      "SELECT id FROM files WHERE sha256 = ? AND path <> ? AND status IN ('ingested', 'unchanged') LIMIT 1",
      [file.sha256, path],
    );
    if (twin) {
      await storeFileStatus(db, file, 'duplicate', runId, twin.id);
      return { status: 'duplicate' };
    }
    const processed = await processFile(path, bytes, options.read);
    await storeProcessedFile(db, file, processed, runId);
    return { status: 'ingested', articles: processed.articles.length };
  } catch (err) {
    const stage = err instanceof PlanmineError ? err.stage : 'parse';
    const reason = err instanceof PlanmineError ? err.reason : `unexpected error: ${err instanceof Error ? err.message : String(err)}`;
    await storeFailure(db, file, stage, reason, runId);
    return { status: 'failed', reason };
  }
}
