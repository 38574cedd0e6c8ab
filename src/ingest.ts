import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Store } from './db/store.js';
import type { FileFacts } from './db/writer.js';
import { filesGone, knownFiles, missingUnder, orphanedDuplicates, type KnownFiles } from './db/file-state.js';
import { interruptedSinceLastFinish } from './db/runs.js';
import { listFiles, type ListedFile } from './walk.js';
import { createLoader, type Loaded } from './file-load.js';
import type { ReadOptions } from './readers/reader.js';
import type { FileProcessor } from './pool.js';
import type { StageTimings } from './pipeline.js';

export interface IngestOptions {
  processor: FileProcessor;
  /** Files parsed at once; results are still written one by one, in path order. */
  window: number;
  /** Files read and hashed ahead of the one being decided on (default 8). */
  readAhead?: number;
  /** Bytes read and not yet parsed, across files (default 64 MB; a larger file still goes alone). */
  bytesInFlight?: number;
  maxBytes: number;
  /** For each file's parse, and for reading it. */
  timeoutMs: number;
  read: Partial<ReadOptions>;
  /** Delete the rows of files stored before and gone now (under the run's folders). */
  prune?: boolean;
  /** Follow symlinks that lead out of the folder given. */
  followLinks?: boolean;
  onFile?: (event: FileEvent) => void;
}

export type FileStatus = 'ingested' | 'unchanged' | 'duplicate' | 'failed' | 'missing';

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
  /** Stored before under the run's folders, gone now (their articles stay until pruned). */
  missing: number;
  /** Missing files whose rows `prune` deleted. */
  pruned: number;
  /** Milliseconds summed over files, per stage; `write` is the database's share. */
  timings: StageTimings & { write: number };
  pages: number;
  bytes: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;

type Outcome = Pick<FileEvent, 'status' | 'reason' | 'articles'>;
/** A duplicate whose twin did not end stored: decided again in a later pass, with the twin's outcome known. */
type Deferred = { status: 'deferred' };

/**
 * Ingests every file under `roots`. Each file ends ingested, unchanged, duplicate or failed, and
 * its rows are written in one transaction, so an interrupted run leaves no half-written article.
 * Files stored before under the roots and gone now end missing. One ingest at a time per database:
 * a second throws IngestBusyError before touching anything. Whichever engine the store is, the run
 * is the same: it asks the store only.
 */
export async function ingest(db: Store, roots: string[], options: IngestOptions): Promise<IngestSummary> {
  const release = await db.takeIngestLock();
  try {
    return await ingestLocked(db, roots, options);
  } finally {
    await release().catch(() => undefined);
  }
}

async function ingestLocked(db: Store, roots: string[], options: IngestOptions): Promise<IngestSummary> {
  const runId = await db.startRun(JSON.stringify(roots));
  const listed = await listFiles(roots, { followLinks: options.followLinks ?? false });
  const own = new Set(await db.ownFiles());
  const files = listed.files.filter((file) => !own.has(file.path));
  const problems = listed.problems;
  const summary: IngestSummary = {
    runId, files: files.length + problems.length, ingested: 0, unchanged: 0, duplicate: 0, failed: 0, missing: 0, pruned: 0, pages: 0, bytes: 0,
    timings: { read: 0, normalize: 0, structure: 0, extract: 0, segment: 0, pack: 0, write: 0 },
  };
  let done = 0;
  // A duplicate decided early in the run is decided again when its twin changes later on: it counts once, as it ended.
  const reported = new Map<string, FileStatus>();
  const report = (path: string, outcome: Outcome): void => {
    const earlier = reported.get(path);
    if (earlier) summary[earlier]--;
    else done++;
    reported.set(path, outcome.status);
    summary[outcome.status]++;
    options.onFile?.({ path, ...outcome, done, total: summary.files });
  };

  const found = new Set([...files.map((f) => f.path), ...problems.map((p) => p.path)]);
  const gone = await filesGone(db, listed.scopes, found, problems.map((p) => p.path));
  await db.storeMissing(gone, runId);
  summary.missing = gone.length;
  if (options.prune) {
    const prunable = await missingUnder(db, listed.scopes);
    await db.pruneFiles(prunable);
    summary.pruned = prunable.length;
  }

  for (const problem of problems) {
    await db.storeFailure({ path: problem.path, sha256: null, bytes: null }, 'read', problem.reason, runId);
    report(problem.path, { status: 'failed', reason: problem.reason });
  }

  const state: RunState = { db, runId, summary, options, known: await knownFiles(db), unchanged: [], failedBytes: new Map() };
  const load = createLoader({ maxBytes: options.maxBytes, timeoutMs: options.timeoutMs }, options.bytesInFlight ?? BYTES_IN_FLIGHT);
  // A duplicate is decided on what its twin ends as. A twin that fails, changes or is gone later in
  // the run (or was, in an earlier one) leaves the duplicate to be read again and stored on its own.
  let next: ListedFile[] = files;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const deferred = next.length > 0 ? await runPass(state, next, load, report, pass < MAX_PASSES) : [];
    const deferredPaths = new Set(deferred.map((d) => d.path));
    const orphans = (await orphanedDuplicates(db))
      .filter((o) => existsSync(o.path) && !deferredPaths.has(o.path))
      .map((o) => ({ path: o.path, docPath: o.docPath ?? basename(o.path) }));
    // Orphans outside this run's files are new work for the run, counted once; deferred files were counted already.
    for (const orphan of orphans) {
      if (found.has(orphan.path)) continue;
      found.add(orphan.path);
      summary.files++;
    }
    next = [...deferred, ...orphans].sort((a, b) => (a.path < b.path ? -1 : 1));
    if (next.length === 0) break;
    state.known = await knownFiles(db);
  }

  if (summary.ingested > 0 || summary.pruned > 0 || (await interruptedSinceLastFinish(db, runId))) await db.refreshKeywords();
  // Copies whose original changed, failed or was pruned are linked again, to another copy or none.
  await db.relinkOrphanedCopies();
  await db.finishRun(runId, summary);
  return summary;
}

/** Files being read at once; each read is a few calls on libuv's thread pool (four threads). */
const READ_AHEAD = 8;

/** Bytes read ahead and waiting for their parse, across files. */
const BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Rerunning over a large unchanged dump is mostly status updates: they go in batches of this many. */
const UNCHANGED_BATCH = 500;

/** Failures that depend on the machine (time, memory, the disk), not on the bytes: a copy gets its own try. */
const MACHINE_FAILURE = /^(gave up after|parser crashed|read timed out|cannot read file|could not be stored)/;

/** After this many passes a duplicate is parsed whatever its twin does: a run must end. */
const MAX_PASSES = 4;

interface RunState {
  db: Store;
  runId: number;
  summary: IngestSummary;
  options: IngestOptions;
  known: KnownFiles;
  /** Unchanged files not yet marked so in the database. */
  unchanged: string[];
  /** sha256 → the file of this run that failed on those bytes, and why. */
  failedBytes: Map<string, { path: string; reason: string }>;
}

/** One pass over `files` in path order; returns the duplicates to decide again. */
async function runPass(
  state: RunState,
  files: ListedFile[],
  load: (path: string) => Promise<Loaded>,
  report: (path: string, outcome: Outcome) => void,
  mayDefer: boolean,
): Promise<ListedFile[]> {
  const { db, runId, options } = state;
  const deferred: ListedFile[] = [];
  // Files are parsed ahead in a window while their results are written in order.
  const pending: ({ file: ListedFile } & Prepared)[] = [];
  const batch = db.writeBatch();
  const settleOldest = async (): Promise<void> => {
    const next = pending.shift()!;
    // Wait for the parse outside the batch: the write lock is held only while writing.
    await next.ready;
    const outcome = await batch.write(next.settle);
    if (outcome.status === 'deferred') deferred.push(next.file);
    else report(next.file.path, outcome);
    if (state.unchanged.length >= UNCHANGED_BATCH) await batch.write(() => db.storeUnchanged(state.unchanged.splice(0), runId));
  };
  try {
    for (const [file, loaded] of readAhead(files, options.readAhead ?? READ_AHEAD, load)) {
      pending.push({ file, ...prepare(file, await loaded, state, mayDefer) });
      while (pending.length >= options.window) await settleOldest();
    }
    while (pending.length) await settleOldest();
    await batch.write(() => db.storeUnchanged(state.unchanged.splice(0), runId));
  } finally {
    // Whatever stopped the run (a throwing progress callback, a full disk), files already written
    // are whole: keep them rather than leave the batch open on the caller's connection.
    await batch.flush().catch(() => batch.rollback());
  }
  return deferred;
}

/** Decides what to do with one file before any parsing, and starts the parse when needed. */
interface Prepared {
  /** Settles when the file's parse (if any) is done. */
  ready: Promise<unknown>;
  /** Stores the outcome; runs inside the write batch. */
  settle: () => Promise<Outcome | Deferred>;
}

const immediately = (settle: () => Promise<Outcome | Deferred>): Prepared => ({ ready: Promise.resolve(), settle });

/** Files read and hashed a few ahead of the one being decided on: a rerun is mostly reading. */
function* readAhead(files: ListedFile[], depth: number, load: (path: string) => Promise<Loaded>): Generator<[ListedFile, Promise<Loaded>]> {
  const queue: Promise<Loaded>[] = [];
  let next = 0;
  for (const file of files) {
    while (next < files.length && queue.length < depth) queue.push(load(files[next++]!.path));
    yield [file, queue.shift()!];
  }
}

function prepare(listed: ListedFile, loaded: Loaded, state: RunState, mayDefer: boolean): Prepared {
  const { db, runId, summary, known, options } = state;
  const { path, docPath } = listed;
  const before = known.byPath.get(path);
  // Whatever this file ends as, its old bytes are no longer stored under its name unless unchanged.
  const forgetOldBytes = (): void => {
    if (before?.sha256 && known.stored.get(before.sha256) === path) known.stored.delete(before.sha256);
  };
  if ('problem' in loaded) {
    forgetOldBytes();
    return immediately(() => fail(db, { path, docPath, sha256: null, bytes: null }, loaded.stage, loaded.problem, runId));
  }
  const { bytes, release } = loaded;
  const file: FileFacts = { path, docPath, sha256: loaded.sha256, bytes: bytes.length };
  summary.bytes += bytes.length;
  const sameAsBefore = before !== undefined && before.sha256 === file.sha256 && before.docPath === docPath;
  if (sameAsBefore && (before.status === 'ingested' || before.status === 'unchanged' || before.status === 'missing')) {
    release();
    return immediately(async () => {
      state.unchanged.push(path);
      return { status: 'unchanged' };
    });
  }
  forgetOldBytes();
  const twin = known.stored.get(file.sha256!);
  if (twin && twin !== path && mayDefer) {
    release();
    return immediately(async () => {
      // The twin was decided earlier in this pass: its row says what it ended as.
      const twinRow = await db.fileByPath(twin);
      const sameBytes = twinRow?.sha256 === file.sha256;
      if (twinRow && sameBytes && (twinRow.status === 'ingested' || twinRow.status === 'unchanged')) {
        await db.storeDuplicate(file, runId, twinRow.id);
        if (sameAsBefore && before.status === 'duplicate' && before.duplicateOf === twinRow.id) return { status: 'unchanged' };
        return { status: 'duplicate', reason: `same bytes as ${twin}` };
      }
      const failedBefore = state.failedBytes.get(file.sha256!);
      if (failedBefore) return fail(db, file, 'parse', `same bytes as ${failedBefore.path}, which failed: ${failedBefore.reason}`, runId);
      if (known.stored.get(file.sha256!) === twin) known.stored.delete(file.sha256!);
      return { status: 'deferred' };
    });
  }
  const failedBefore = state.failedBytes.get(file.sha256!);
  if (failedBefore) {
    release();
    return immediately(() => fail(db, file, 'parse', `same bytes as ${failedBefore.path}, which failed: ${failedBefore.reason}`, runId));
  }
  known.stored.set(file.sha256!, path);
  const task = options.processor.process({ path, docPath, bytes: new Uint8Array(bytes), read: options.read }, options.timeoutMs);
  // The bytes went to the parser; the budget's room is free once the parse is done with them.
  const ready = task.finally(release);
  return {
    ready,
    settle: async () => {
      const result = await task;
      if (!result.ok) {
        if (known.stored.get(file.sha256!) === path) known.stored.delete(file.sha256!);
        // Judged on its bytes: a copy would fail the same way, so copies fail with it unparsed.
        if (!MACHINE_FAILURE.test(result.reason)) state.failedBytes.set(file.sha256!, { path, reason: result.reason });
        return fail(db, file, result.stage, result.reason, runId);
      }
      const writeStarted = performance.now();
      try {
        await db.storeProcessedFile(file, result.file, runId, before !== undefined);
      } catch (err) {
        // The file's write was undone alone (a savepoint of the batch, or its own transaction); the run goes on.
        if (known.stored.get(file.sha256!) === path) known.stored.delete(file.sha256!);
        return fail(db, file, 'write', `could not be stored: ${err instanceof Error ? err.message : String(err)}`, runId);
      }
      summary.timings.write += performance.now() - writeStarted;
      for (const [stage, ms] of Object.entries(result.file.timings)) summary.timings[stage as keyof StageTimings] += ms;
      summary.pages += result.file.pages ?? 0;
      return { status: 'ingested', articles: result.file.articles };
    },
  };
}

async function fail(db: Store, file: FileFacts, stage: string, reason: string, runId: number): Promise<Outcome> {
  await db.storeFailure(file, stage, reason, runId);
  return { status: 'failed', reason };
}
