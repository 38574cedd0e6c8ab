import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { Store } from '../db/store.js';
import { listFiles } from '../walk.js';
import { filesGone } from '../db/file-state.js';
import { QUEUE, RETRY_LIMIT, type FileJob } from './queue.js';

export interface EnqueueOptions {
  maxBytes: number;
  /** A job not completed this long after a worker took it goes back to the queue (the worker died). */
  visibilityTimeoutSeconds: number;
}

export interface EnqueueSummary {
  runId: number;
  files: number;
  queued: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  /** Stored before under the folders given, gone now: marked missing, articles kept (no --prune here yet). */
  missing: number;
}

const INSERT_CHUNK = 500;

/**
 * Lists and hashes every file under `roots` and queues one job per file to parse, deciding here
 * what `ingest` decides before parsing: unchanged files, copies of stored files, unreadable ones.
 */
export async function enqueueFiles(store: Store, boss: PgBoss, roots: string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const runId = await store.startRun(JSON.stringify(roots));
  const listed = await listFiles(roots);
  const summary: EnqueueSummary = { runId, files: listed.files.length + listed.problems.length, queued: 0, unchanged: 0, duplicate: 0, failed: 0, missing: 0 };
  const fail = async (path: string, docPath: string | null, sha256: string | null, bytes: number | null, stage: string, reason: string): Promise<void> => {
    await store.storeFailure({ path, docPath, sha256, bytes }, stage, reason, runId);
    summary.failed++;
  };
  const found = new Set([...listed.files.map((f) => f.path), ...listed.problems.map((p) => p.path)]);
  const gone = await filesGone(store, listed.scopes, found, listed.problems.map((p) => p.path));
  await store.storeMissing(gone, runId);
  summary.missing = gone.length;
  for (const problem of listed.problems) await fail(problem.path, null, null, null, 'read', problem.reason);

  const known = new Map((await store.knownFiles()).map((f) => [f.path, f]));
  const stored = new Map<string, string>();
  for (const f of known.values()) if (f.sha256 && (f.status === 'ingested' || f.status === 'unchanged')) stored.set(f.sha256, f.path);
  const jobs = new Map<string, FileJob>();
  const unchanged: string[] = [];
  for (const { path, docPath } of listed.files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      await fail(path, docPath, null, null, 'read', `cannot read file: ${(err as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const before = known.get(path);
    if (bytes.length === 0) await fail(path, docPath, sha256, 0, 'read', 'empty file (0 bytes)');
    else if (bytes.length > options.maxBytes) {
      await fail(path, docPath, sha256, bytes.length, 'limit', `file too large: ${bytes.length} bytes, limit ${options.maxBytes} (--max-bytes)`);
    } else if (before?.sha256 === sha256 && before.docPath === docPath && before.status !== 'failed') unchanged.push(path);
    else if (jobs.has(sha256)) {
      // Same bytes as a file queued in this run: stored as its duplicate when its job is done.
      jobs.get(sha256)!.duplicates.push({ path, docPath, bytes: bytes.length });
      summary.duplicate++;
    } else if (stored.has(sha256) && stored.get(sha256) !== path) {
      const twin = await store.fileByPath(stored.get(sha256)!);
      if (twin && twin.status !== 'failed') {
        await store.storeDuplicate({ path, docPath, sha256, bytes: bytes.length }, runId, twin.id);
        summary.duplicate++;
      } else jobs.set(sha256, { path, docPath, sha256, bytes: bytes.length, runId, duplicates: [] });
    } else jobs.set(sha256, { path, docPath, sha256, bytes: bytes.length, runId, duplicates: [] });
  }
  await store.storeUnchanged(unchanged, runId);
  summary.unchanged = unchanged.length;

  const all = [...jobs.values()];
  for (let at = 0; at < all.length; at += INSERT_CHUNK) {
    await boss.insert(all.slice(at, at + INSERT_CHUNK).map((data) => ({ name: QUEUE, data, retryLimit: RETRY_LIMIT, expireInSeconds: options.visibilityTimeoutSeconds })));
  }
  summary.queued = all.length;
  return summary;
}
