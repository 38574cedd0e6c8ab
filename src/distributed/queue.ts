// The file queue lives in pg-boss on the same PostgreSQL as the data: one server to run, and a
// worker commits a file's rows and its job's completion in one transaction.
import PgBoss from 'pg-boss';
import type pg from 'pg';

export const QUEUE = 'planmine-files';

/** What a job carries: the file as enqueue saw it, and the later paths found with the same bytes. */
export interface FileJob {
  path: string;
  /** Relative to the folder given to enqueue: the articles' ids, the same as `ingest` gives them. */
  docPath: string;
  sha256: string;
  bytes: number;
  runId: number;
  /** Stored as duplicates of `path` once it is stored (or failed with it), as `ingest` does. */
  duplicates: { path: string; docPath: string; bytes: number }[];
}

/** Attempts before a file is given up as one that kills its worker (a native crash, memory). */
export const RETRY_LIMIT = 2;

export interface QueueOptions {
  /** Seconds between the checks that put a dead worker's job back in the queue (pg-boss maintenance). */
  expiryCheckSeconds?: number;
  /** Only the workers look after expired jobs; `enqueue` and `status` just talk to the queue. */
  supervise?: boolean;
}

export async function startQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.expiryCheckSeconds ?? 60,
  });
  // pg-boss reports background errors as events; a lost connection shows up on the next query.
  boss.on('error', () => undefined);
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_LIMIT });
  return boss;
}

/** Completes the job on the transaction's client: true when this worker still held it. */
export async function completeInTransaction(boss: PgBoss, client: pg.ClientBase, id: string): Promise<boolean> {
  const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
  // pg-boss 10 returns the affected count though its types say void.
  const result = (await boss.complete(QUEUE, id, {}, { db })) as unknown as { affected: number };
  return result.affected === 1;
}
