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
 * Parses files on `jobs` worker threads. A file that runs past its time limit has its worker
 * terminated (piscina stops the thread of an aborted task), so a pathological PDF cannot hang a run.
 */
export function createWorkerPool(jobs: number): FileProcessor {
  const filename = join(projectRoot(), 'dist/src/worker.js');
  if (!existsSync(filename)) throw new Error(`worker not built: ${filename} is missing (run \`npm run build\`)`);
  // minThreads 0: a run over an unchanged dump starts no worker and loads no dictionary.
  // A heap cap per worker: a pathological file fails with an out-of-memory reason instead of taking the machine.
  const pool = new Piscina({ filename, minThreads: 0, maxThreads: jobs, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: 512 } });
  const slots = createSlots(jobs);
  return {
    async process(task, timeoutMs) {
      // The clock starts when a thread is free: files queued behind a slow one must not time out waiting.
      await slots.take();
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return (await pool.run(task, { signal, transferList: [task.bytes.buffer as ArrayBuffer] })) as ProcessResult;
      } catch (err) {
        if (signal.aborted) return { ok: false, stage: 'limit', reason: `gave up after ${Math.round(timeoutMs / 1000)} s (--timeout): the file takes too long to parse` };
        const message = err instanceof Error ? err.message : String(err);
        return { ok: false, stage: 'parse', reason: `parser crashed: ${message}` };
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
