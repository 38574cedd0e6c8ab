// Distributed ingest: `enqueue` on one machine, `worker` on each machine that sees the files,
// `status` anywhere; the queue is pg-boss on the PostgreSQL that holds the data.
import { InvalidArgumentError, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { isPostgresUrl } from './db/store.js';
import { PostgresStore } from './db/postgres/store.js';
import { startQueue } from './distributed/queue.js';
import { enqueueFiles } from './distributed/enqueue.js';
import { runWorker } from './distributed/worker.js';
import { queueStatus } from './distributed/status.js';
import { createWorkerPool } from './pool.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './ingest.js';
import { DEFAULT_READ_OPTIONS } from './readers/reader.js';
import { PlanmineError } from './errors.js';
import { peakRssMb } from './proc.js';

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

/** CPU time of every thread of the process and its peak resident memory, as `ingest --stats` reports them. */
function resourceFigures(): { cpuMs: number; maxRssMb: number } {
  const usage = process.resourceUsage();
  return { cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: peakRssMb() };
}

function postgresUrl(db: string | undefined, command: string): string {
  if (db && isPostgresUrl(db)) return db;
  throw new PlanmineError('read', `${command} needs a PostgreSQL database: --db postgres://user:password@host/db (on one machine, \`planmine ingest\` does the same, into a SQLite file or PostgreSQL)`);
}

async function withStore<T>(url: string, work: (store: PostgresStore) => Promise<T>, poolSize?: number): Promise<T> {
  const store = await PostgresStore.connect(url, poolSize === undefined ? {} : { poolSize });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerDistributedCommands(program: Command): void {
  program
    .command('enqueue')
    .description('list and hash the files under the paths and queue each new or changed one for `planmine worker`')
    .argument('<paths...>', 'files or folders, as every worker sees them (a shared mount)')
    .requiredOption('--db <url>', 'PostgreSQL database, postgres://…')
    .option('--max-bytes <n>', 'fail files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--visibility-timeout <seconds>', 'a file taken by a worker that has not finished it by then is queued again (the worker died); keep it above --timeout', positiveInt, 900)
    .addHelpText('after', '\nExample:\n  planmine enqueue /mnt/dump --db postgres://planmine:secret@db.lab/plans')
    .action(async (paths: string[], opts: { db: string; maxBytes: number; visibilityTimeout: number }) => {
      const url = postgresUrl(opts.db, 'enqueue');
      await withStore(url, async (store) => {
        const boss = await startQueue(url);
        try {
          const s = await enqueueFiles(store, boss, paths, { maxBytes: opts.maxBytes, visibilityTimeoutSeconds: opts.visibilityTimeout });
          console.log(`files: ${s.files} (queued ${s.queued}, unchanged ${s.unchanged}, duplicate ${s.duplicate}, failed ${s.failed}, missing ${s.missing}), run ${s.runId}`);
          console.log('start workers with: planmine worker --db <url>; follow them with: planmine status --db <url>');
        } finally {
          await boss.stop({ graceful: false, wait: true });
        }
      });
    });

  program
    .command('worker')
    .description('parse queued files and store them; run one per machine, as many machines as you like')
    .requiredOption('--db <url>', 'PostgreSQL database, postgres://…')
    .option('--jobs <n>', 'files parsed in parallel (worker threads)', positiveInt, availableParallelism())
    .option('--exit-when-idle', 'stop once nothing is queued or in progress (default: wait for more)')
    .option('--timeout <seconds>', 'give up on a file after this long', positiveInt, DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-pages <n>', 'fail PDFs with more pages', positiveInt, 2000)
    .option('--max-chars <n>', 'fail files yielding more characters of text', positiveInt, DEFAULT_READ_OPTIONS.maxTextChars)
    .option('--expiry-check <seconds>', 'how often to requeue files whose worker died', positiveInt, 60)
    .option('--stats <file>', 'on exit, write this worker\'s figures (files, wall and CPU ms, peak memory) as JSON')
    .addHelpText('after', '\nExample:\n  planmine worker --db postgres://planmine:secret@db.lab/plans --jobs 2')
    .action(async (opts: { db: string; jobs: number; exitWhenIdle?: boolean; timeout: number; maxPages: number; maxChars: number; expiryCheck: number; stats?: string }) => {
      const url = postgresUrl(opts.db, 'worker');
      await withStore(url, async (store) => {
        const boss = await startQueue(url, { supervise: true, expiryCheckSeconds: opts.expiryCheck });
        const processor = createWorkerPool(opts.jobs);
        const started = Date.now();
        // CPU when the first and the last file were settled: the bench tells start-up (modules, the
        // dictionary) and the idle wrap-up (keywords over the collection) from the cost per file.
        let cpuMsAtFirstFile: number | undefined;
        let cpuMsAtLastFile: number | undefined;
        try {
          const s = await runWorker(store, boss, {
            processor, jobs: opts.jobs, timeoutMs: opts.timeout * 1000, exitWhenIdle: opts.exitWhenIdle ?? false,
            read: { maxPages: opts.maxPages, maxTextChars: opts.maxChars },
            onFile: (e) => {
              if (opts.stats) {
                cpuMsAtLastFile = resourceFigures().cpuMs;
                cpuMsAtFirstFile ??= cpuMsAtLastFile;
              }
              if (e.status === 'failed') console.error(`failed: ${e.path}: ${e.reason}`);
            },
          });
          const seconds = (Date.now() - started) / 1000;
          if (opts.stats) writeFileSync(opts.stats, JSON.stringify({ ...s, jobs: opts.jobs, wallMs: Date.now() - started, ...resourceFigures(), cpuMsAtFirstFile, cpuMsAtLastFile }, null, 2));
          console.log(`this worker: ingested ${s.ingested}, failed ${s.failed}, taken over by another worker ${s.lost} in ${seconds.toFixed(1)}s`);
        } finally {
          await processor.close();
          await boss.stop({ graceful: false, wait: true });
        }
        // One connection per file in flight (a thread's each, and the one being stored meanwhile), and one to spare for the queue checks.
      }, opts.jobs + 2);
    });

  program
    .command('status')
    .description('the queue: files queued, in progress, done and failed, and files per second')
    .requiredOption('--db <url>', 'PostgreSQL database, postgres://…')
    .action(async (opts: { db: string }) => {
      await withStore(postgresUrl(opts.db, 'status'), async (store) => {
        const s = await queueStatus(store).catch(() => {
          throw new PlanmineError('read', 'no queue in this database yet (run `planmine enqueue` first)');
        });
        console.log(`queued ${s.queued}, active ${s.active}, done ${s.done}, failed ${s.failed}`);
        console.log(`files/s: ${s.lastMinute.toFixed(2)} over the last minute${s.overall === null ? '' : `, ${s.overall.toFixed(2)} from first start to last completion`}`);
      });
    });
}
