import { Piscina } from 'piscina';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { projectRoot } from './paths.js';
import type { ProcessResult } from './process-result.js';
import type { ProcessTask } from './worker.js';

export interface FileProcessor {
  process(task: ProcessTask, timeoutMs: number): Promise<ProcessResult>;
  close(): Promise<void>;
}

/**
 * Files handed to each worker at once: one running and one waiting inside the worker, so a worker
 * that finishes a file starts the next without waiting for the main thread to hand it over.
 */
const FILES_PER_WORKER = 2;

/** A file whose worker was terminated before the file started (another file timed out there) is handed out again. */
const MAX_HANDOUTS = 3;

/**
 * Parses files on `jobs` worker threads. A file that runs past its time limit has its worker
 * terminated (piscina stops the thread of an aborted task), so a pathological PDF cannot hang a run.
 */
export function createWorkerPool(jobs: number): FileProcessor {
  const filename = join(projectRoot(), 'dist/src/worker.js');
  if (!existsSync(filename)) throw new Error(`worker not built: ${filename} is missing (run \`npm run build\`)`);
  // minThreads 0: a run over an unchanged dump starts no worker and loads no dictionary.
  // A heap cap per worker: a pathological file fails with an out-of-memory reason instead of taking the machine.
  const pool = new Piscina({
    filename, minThreads: 0, maxThreads: jobs, idleTimeout: 60_000, concurrentTasksPerWorker: FILES_PER_WORKER,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  const slots = createSlots(jobs * FILES_PER_WORKER);

  const handOut = async (task: ProcessTask, timeoutMs: number): Promise<ProcessResult | 'not started'> => {
    // The worker stamps the time it starts the file: files queued behind a slow one must not time out waiting.
    const startedAt = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT));
    const controller = new AbortController();
    let timer: NodeJS.Timeout;
    const check = (): void => {
      const started = startedAt[0] ?? 0;
      const left = started === 0 ? timeoutMs : started + timeoutMs - Date.now();
      if (left > 0) timer = setTimeout(check, left);
      else controller.abort();
    };
    timer = setTimeout(check, timeoutMs);
    try {
      // The bytes are copied, not transferred: a file handed out again needs them.
      return (await pool.run({ ...task, startedAt }, { signal: controller.signal })) as ProcessResult;
    } catch (err) {
      if (controller.signal.aborted) return { ok: false, stage: 'limit', reason: `gave up after ${Math.round(timeoutMs / 1000)} s (--timeout): the file takes too long to parse` };
      if (startedAt[0] === 0) return 'not started';
      const message = err instanceof Error ? err.message : String(err);
      return { ok: false, stage: 'parse', reason: `parser crashed: ${message}` };
    } finally {
      clearTimeout(timer!);
    }
  };

  return {
    async process(task, timeoutMs) {
      await slots.take();
      try {
        for (let handouts = 1; ; handouts++) {
          const result = await handOut(task, timeoutMs);
          if (result !== 'not started') return result;
          if (handouts >= MAX_HANDOUTS) return { ok: false, stage: 'parse', reason: `its worker was stopped ${handouts} times before the file started` };
        }
      } finally {
        slots.give();
      }
    },
    close: () => pool.destroy(),
  };
}

/** At most `size` holders at once; the others wait in arrival order. */
function createSlots(size: number): { take: () => Promise<void>; give: () => void } {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    take: () => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
