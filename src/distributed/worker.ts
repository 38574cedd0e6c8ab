import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { PostgresStore } from '../db/postgres/store.js';
import * as writer from '../db/postgres/writer.js';
import type { FileProcessor } from '../pool.js';
import type { ReadOptions } from '../readers/reader.js';
import type { ProcessResult } from '../process-result.js';
import type { StageTimings } from '../pipeline.js';
import { QUEUE, RETRY_LIMIT, completeInTransaction, type FileJob } from './queue.js';

export interface WorkerOptions {
  processor: FileProcessor;
  /** The processor's threads: files parsed at once (one more is fetched, read or stored meanwhile). */
  jobs: number;
  timeoutMs: number;
  read: Partial<ReadOptions>;
  /** Stop once nothing is queued or in progress anywhere, instead of waiting for more. */
  exitWhenIdle: boolean;
  pollMs?: number;
  onFile?: (event: { path: string; status: 'ingested' | 'failed' | 'lost'; reason?: string }) => void;
}

export interface WorkerSummary {
  ingested: number;
  failed: number;
  /** Jobs whose claim expired before this worker finished: another worker stores them. */
  lost: number;
  /** Milliseconds summed over this worker's files, per stage; `write` is the transaction with the job's completion. */
  timings: StageTimings & { write: number };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A job that came back after its worker died this many times is the file's fault: it fails with a reason. */
const interruptedReason = (attempts: number): string =>
  `processing was interrupted ${attempts} times (the worker was killed or ran out of memory on this file)`;

/** Nothing queued, waiting for a retry or in progress: the dump is done. */
async function queueIsIdle(boss: PgBoss): Promise<boolean> {
  return (await boss.getQueueSize(QUEUE, { before: 'completed' })) === 0;
}

/**
 * Takes files from the queue until stopped (or, with exitWhenIdle, until the queue is done), parses
 * them, and stores each file's rows and its job's completion in one transaction: a worker killed at
 * any point leaves either both or neither, and the job comes back after its visibility timeout.
 */
export async function runWorker(store: PostgresStore, boss: PgBoss, options: WorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { ingested: 0, failed: 0, lost: 0, timings: { read: 0, normalize: 0, structure: 0, extract: 0, segment: 0, pack: 0, write: 0 } };
  const runs = new Set<number>();
  let settledSinceWrapUp = false;
  let stopping = false;

  const settle = async (job: PgBoss.JobWithMetadata<FileJob>): Promise<void> => {
    const data = job.data;
    runs.add(data.runId);
    const result: Parsed = job.retryCount >= RETRY_LIMIT
      ? { ok: false as const, stage: 'parse', reason: interruptedReason(job.retryCount) }
      : await parse(data, options);
    let outcome = result;
    if (result.ok) for (const [stage, ms] of Object.entries(result.rows.timings)) summary.timings[stage as keyof StageTimings] += ms;
    const writeStarted = performance.now();
    const held = await storeOutcome(store, boss, job, outcome).catch(async (err: unknown) => {
      if (err instanceof LostClaim) return false;
      // The rows could not be stored (rolled back): the file fails with the reason, as in `ingest`.
      outcome = { ok: false, stage: 'write', reason: `could not be stored: ${err instanceof Error ? err.message : String(err)}` };
      return storeOutcome(store, boss, job, outcome).catch((again: unknown) => {
        if (again instanceof LostClaim) return false;
        throw again;
      });
    });
    summary.timings.write += performance.now() - writeStarted;
    if (held) settledSinceWrapUp = true;
    if (!held) {
      summary.lost++;
      options.onFile?.({ path: data.path, status: 'lost' });
    } else if (outcome.ok) {
      summary.ingested++;
      options.onFile?.({ path: data.path, status: 'ingested' });
    } else {
      summary.failed++;
      options.onFile?.({ path: data.path, status: 'failed', reason: outcome.reason });
    }
  };

  /** At idle, keywords are recomputed over the whole collection and the runs' counts written. */
  const wrapUp = async (): Promise<void> => {
    if (!settledSinceWrapUp) return;
    settledSinceWrapUp = false;
    await store.refreshKeywords();
    // Copies whose original changed or failed are linked again, as `ingest` does after its passes.
    await store.relinkOrphanedCopies();
    for (const runId of runs) await finishRun(store, runId);
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      const [job] = await boss.fetch<FileJob>(QUEUE, { batchSize: 1, includeMetadata: true });
      if (job) {
        await settle(job);
        continue;
      }
      if (await queueIsIdle(boss)) {
        await wrapUp();
        if (options.exitWhenIdle) stopping = true;
      }
      if (!stopping) await sleep(options.pollMs ?? 1000);
    }
  };
  // One file more in flight than there are threads: while a file's rows go to PostgreSQL (a
  // transaction of round trips) a thread parses the next instead of waiting (bench: +20-40% files/s
  // for a worker --jobs 1). The extra file waits for a thread; its time limit starts when it gets one.
  await Promise.all(Array.from({ length: options.jobs + 1 }, loop));
  return summary;
}

class LostClaim extends Error {
  override readonly name = 'LostClaim';
}

/**
 * The file's rows (or its failure), its duplicates, and its job's completion, in one transaction.
 * Throws LostClaim, rolling everything back, when the job is no longer this worker's.
 */
function storeOutcome(store: PostgresStore, boss: PgBoss, job: PgBoss.JobWithMetadata<FileJob>, outcome: Parsed): Promise<boolean> {
  const data = job.data;
  return store.transaction(async (client) => {
    const file = { path: data.path, docPath: data.docPath, sha256: outcome.ok ? outcome.sha256 : data.sha256, bytes: outcome.ok ? outcome.bytes : data.bytes };
    if (outcome.ok) {
      const fileId = await writer.storeProcessedFile(client, file, outcome.rows, data.runId);
      for (const d of data.duplicates) await writer.storeDuplicate(client, { path: d.path, docPath: d.docPath, sha256: file.sha256, bytes: d.bytes }, data.runId, fileId);
    } else {
      await writer.storeFailure(client, file, outcome.stage, outcome.reason, data.runId);
      for (const d of data.duplicates) {
        await writer.storeFailure(client, { path: d.path, docPath: d.docPath, sha256: file.sha256, bytes: d.bytes }, 'parse', `same bytes as ${data.path}, which failed`, data.runId);
      }
    }
    if (await completeInTransaction(boss, client, job.id)) return true;
    // The claim expired and the job went back to the queue: its new holder stores the file.
    throw new LostClaim();
  });
}

type Parsed = ({ ok: true; sha256: string; bytes: number } & { rows: Extract<ProcessResult, { ok: true }>['file'] }) | { ok: false; stage: string; reason: string };

/** Reads the file (it may have changed since it was queued: the bytes read are the ones stored) and parses it. */
async function parse(job: FileJob, options: WorkerOptions): Promise<Parsed> {
  let bytes: Buffer;
  try {
    bytes = await readFile(job.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it disappeared after it was queued' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    return { ok: false, stage: 'read', reason: `cannot read file: ${reason}` };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = await options.processor.process({ path: job.path, docPath: job.docPath, bytes: new Uint8Array(bytes), read: options.read }, options.timeoutMs);
  return result.ok ? { ok: true, sha256, bytes: bytes.length, rows: result.file } : result;
}

/** A run's counts from its files, whichever workers stored them. */
async function finishRun(store: PostgresStore, runId: number): Promise<void> {
  const rows = await store.all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM files WHERE run_id = ? GROUP BY status', [runId]);
  const n = (status: string): number => rows.find((r) => r.status === status)?.n ?? 0;
  const counts = { ingested: n('ingested'), unchanged: n('unchanged'), duplicate: n('duplicate'), failed: n('failed') };
  await store.finishRun(runId, { files: counts.ingested + counts.unchanged + counts.duplicate + counts.failed, ...counts });
}
