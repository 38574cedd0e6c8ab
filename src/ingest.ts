import { readFile as readBytes } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Database } from './db/connection.js';
import { storeFailure, storeFileStatus, storeProcessedFile, storeUnchanged, type FileFacts } from './db/writer.js';
import { createWriteBatch } from './db/write-batch.js';
import { listFiles } from './walk.js';
import { refreshKeywords } from './search/keywords.js';
import type { ReadOptions } from './readers/reader.js';
import type { FileProcessor } from './pool.js';
import type { StageTimings } from './pipeline.js';
import { ownOutputs } from './own-outputs.js';

export interface IngestOptions {
  processor: FileProcessor;
  /** Files parsed at once; results are still written one by one, in path order. */
  window: number;
  /** Files read and hashed ahead of the one being decided on (default 8). */
  readAhead?: number;
  maxBytes: number;
  timeoutMs: number;
  read: Partial<ReadOptions>;
  onFile?: (event: FileEvent) => void;
}

export type FileStatus = 'ingested' | 'unchanged' | 'duplicate' | 'failed';

export interface FileEvent {
  path: string;
  status: FileStatus;
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
  /** Milliseconds summed over files, per stage; `write` is the database's share. */
  timings: StageTimings & { write: number };
  pages: number;
  bytes: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;

type Outcome = Pick<FileEvent, 'status' | 'reason' | 'articles'>;

/**
 * Ingests every file under `roots`. Each file ends ingested, unchanged, duplicate or failed, and
 * its rows are written in one transaction, so an interrupted run leaves no half-written article.
 */
export async function ingest(db: Database, roots: string[], options: IngestOptions): Promise<IngestSummary> {
  const { lastID: runId } = await db.run('INSERT INTO runs (started_at, args) VALUES (?, ?)', [new Date().toISOString(), JSON.stringify(roots)]);
  const listed = await listFiles(roots);
  const own = await ownFiles(db);
  const files = listed.files.filter((path) => !own.has(resolve(path)));
  const problems = listed.problems;
  const summary: IngestSummary = {
    runId, files: files.length + problems.length, ingested: 0, unchanged: 0, duplicate: 0, failed: 0, pages: 0, bytes: 0,
    timings: { read: 0, normalize: 0, structure: 0, extract: 0, segment: 0, pack: 0, write: 0 },
  };
  let done = 0;
  const report = (path: string, outcome: Outcome): void => {
    summary[outcome.status]++;
    done++;
    options.onFile?.({ path, ...outcome, done, total: summary.files });
  };

  for (const problem of problems) {
    await storeFailure(db, { path: problem.path, sha256: null, bytes: null }, 'read', problem.reason, runId);
    report(problem.path, { status: 'failed', reason: problem.reason });
  }

  // Files are parsed ahead in a window while their results are written in order.
  const pending: ({ path: string } & Prepared)[] = [];
  const state: RunState = { runId, summary, known: await knownFiles(db), unchanged: [] };
  const batch = createWriteBatch(db);
  const settleOldest = async (): Promise<void> => {
    const next = pending.shift()!;
    // Wait for the parse outside the batch: the write lock is held only while writing.
    await next.ready;
    report(next.path, await batch.write(next.settle));
    if (state.unchanged.length >= UNCHANGED_BATCH) await batch.write(() => storeUnchanged(db, state.unchanged.splice(0), runId));
  };
  try {
    for (const [path, loaded] of readAhead(files, options.readAhead ?? READ_AHEAD)) {
      pending.push({ path, ...prepare(db, path, await loaded, options, state) });
      while (pending.length >= options.window) await settleOldest();
    }
    while (pending.length) await settleOldest();
    await batch.write(() => storeUnchanged(db, state.unchanged.splice(0), runId));
  } finally {
    // Whatever stopped the run (a throwing progress callback, a full disk), files already written
    // are whole: keep them rather than leave the batch open on the caller's connection.
    await batch.flush().catch(() => db.rollbackBatch());
  }

  if (summary.ingested > 0 || (await interruptedSinceLastFinish(db, runId))) await refreshKeywords(db);
  await db.run(
    `UPDATE runs SET finished_at = ?, files_seen = ?, files_ingested = ?, files_unchanged = ?, files_duplicate = ?, files_failed = ? WHERE id = ?`,
    [new Date().toISOString(), summary.files, summary.ingested, summary.unchanged, summary.duplicate, summary.failed, runId],
  );
  return summary;
}

/** Files being read at once; each read is a few calls on libuv's thread pool (four threads). */
const READ_AHEAD = 8;

/** Rerunning over a large unchanged dump is mostly status updates: they go in batches of this many. */
const UNCHANGED_BATCH = 500;

interface KnownFiles {
  byPath: Map<string, { sha256: string | null; status: string }>;
  /** sha256 → a path whose content is stored (ingested or unchanged), from earlier runs or this one. */
  stored: Map<string, string>;
}

interface RunState {
  runId: number;
  summary: IngestSummary;
  known: KnownFiles;
  /** Unchanged files not yet marked so in the database. */
  unchanged: string[];
}

/** What the database knows of every file, read once: no query per file before parsing. */
async function knownFiles(db: Database): Promise<KnownFiles> {
  const rows = await db.all<{ path: string; sha256: string | null; status: string }>('SELECT path, sha256, status FROM files');
  const known: KnownFiles = { byPath: new Map(), stored: new Map() };
  for (const row of rows) {
    known.byPath.set(row.path, row);
    if (row.sha256 && (row.status === 'ingested' || row.status === 'unchanged')) known.stored.set(row.sha256, row.path);
  }
  return known;
}

/** Decides what to do with one file before any parsing, and starts the parse when needed. */
interface Prepared {
  /** Settles when the file's parse (if any) is done. */
  ready: Promise<unknown>;
  /** Stores the outcome; runs inside the write batch. */
  settle: () => Promise<Outcome>;
}

const immediately = (settle: () => Promise<Outcome>): Prepared => ({ ready: Promise.resolve(), settle });

type Loaded = { bytes: Buffer; sha256: string } | { problem: string };

/** Files read and hashed a few ahead of the one being decided on: a rerun is mostly reading. */
function* readAhead(paths: string[], depth: number): Generator<[string, Promise<Loaded>]> {
  const queue: Promise<Loaded>[] = [];
  let next = 0;
  for (const path of paths) {
    while (next < paths.length && queue.length < depth) queue.push(load(paths[next++]!));
    yield [path, queue.shift()!];
  }
}

async function load(path: string): Promise<Loaded> {
  try {
    const bytes = await readBytes(path);
    return { bytes, sha256: sha256(bytes) };
  } catch (err) {
    return { problem: readProblem(err as NodeJS.ErrnoException) };
  }
}

function prepare(db: Database, path: string, loaded: Loaded, options: IngestOptions, state: RunState): Prepared {
  const { runId, summary, known } = state;
  if ('problem' in loaded) {
    return immediately(() => fail(db, { path, sha256: null, bytes: null }, 'read', `cannot read file: ${loaded.problem}`, runId));
  }
  const { bytes } = loaded;
  const file: FileFacts = { path, sha256: loaded.sha256, bytes: bytes.length };
  summary.bytes += bytes.length;
  // Empty files are common in dumps (failed downloads) and all share one hash: say what they are.
  if (bytes.length === 0) return immediately(() => fail(db, file, 'read', 'empty file (0 bytes)', runId));
  if (bytes.length > options.maxBytes) {
    return immediately(() => fail(db, file, 'limit', `file too large: ${bytes.length} bytes, limit ${options.maxBytes} (--max-bytes)`, runId));
  }
  const before = known.byPath.get(path);
  if (before && before.sha256 === file.sha256 && before.status !== 'failed') {
    return immediately(async () => {
      state.unchanged.push(path);
      return { status: 'unchanged' };
    });
  }
  const twin = known.stored.get(file.sha256!);
  if (twin && twin !== path) {
    return immediately(async () => {
      const twinRow = await db.get<{ id: number; status: string }>('SELECT id, status FROM files WHERE path = ?', [twin]);
      if (!twinRow || twinRow.status === 'failed') return fail(db, file, 'parse', `same bytes as ${twin}, which failed`, runId);
      await storeFileStatus(db, file, 'duplicate', runId, twinRow.id);
      return { status: 'duplicate', reason: `same bytes as ${twin}` };
    });
  }
  known.stored.set(file.sha256!, path);
  const task = options.processor.process({ path, bytes: new Uint8Array(bytes), read: options.read }, options.timeoutMs);
  return {
    ready: task,
    settle: async () => {
      const result = await task;
      if (!result.ok) return fail(db, file, result.stage, result.reason, runId);
      const writeStarted = performance.now();
      try {
        await storeProcessedFile(db, file, result.file, runId, before !== undefined);
      } catch (err) {
        // The file's savepoint was rolled back; the batch and the run go on.
        return fail(db, file, 'write', `could not be stored: ${err instanceof Error ? err.message : String(err)}`, runId);
      }
      summary.timings.write += performance.now() - writeStarted;
      for (const [stage, ms] of Object.entries(result.file.timings)) summary.timings[stage as keyof StageTimings] += ms;
      summary.pages += result.file.pages ?? 0;
      return { status: 'ingested', articles: result.file.articles };
    },
  };
}

// Here rather than in the pipeline: the main thread hashes every file and needs none of the parsers.
function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readProblem(err: NodeJS.ErrnoException): string {
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  // Listed at the start of the run, gone by the time its turn came (a dump still being unpacked or cleaned).
  if (err.code === 'ENOENT') return 'it disappeared during the run';
  if (err.code === 'EISDIR') return 'it became a folder during the run';
  return err.message;
}

/** The database and what planmine writes beside it: a dump may hold the database that is being written. */
async function ownFiles(db: Database): Promise<Set<string>> {
  const main = (await db.all<{ name: string; file: string }>('PRAGMA database_list')).find((row) => row.name === 'main')?.file;
  if (!main) return new Set();
  return new Set(ownOutputs(main).map((path) => resolve(path)));
}

/**
 * True when a run since the last finished one was killed: it may have stored every file and died
 * before the keywords were refreshed, and then this run finds everything unchanged.
 */
async function interruptedSinceLastFinish(db: Database, runId: number): Promise<boolean> {
  const row = await db.get<{ n: number }>(
    `SELECT count(*) AS n FROM runs WHERE id < ? AND finished_at IS NULL
       AND id > (SELECT coalesce(max(id), 0) FROM runs WHERE id < ? AND finished_at IS NOT NULL)`,
    [runId, runId],
  );
  return (row?.n ?? 0) > 0;
}

async function fail(db: Database, file: FileFacts, stage: string, reason: string, runId: number): Promise<Outcome> {
  await storeFailure(db, file, stage, reason, runId);
  return { status: 'failed', reason };
}
