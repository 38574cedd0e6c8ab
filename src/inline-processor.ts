import { processFile } from './pipeline.js';
import { toFileRows } from './db/file-rows.js';
import { failureOf } from './process-result.js';
import type { FileProcessor } from './pool.js';

/** Processes files on the calling thread: for tests and for embedding without worker threads. No time limit. */
export function createInlineProcessor(): FileProcessor {
  return {
    async process(task) {
      try {
        const processed = await processFile(task.path, task.bytes, task.read, task.docPath);
        const packStarted = performance.now();
        const rows = toFileRows(processed);
        rows.timings.pack = performance.now() - packStarted;
        return { ok: true, file: rows };
      } catch (err) {
        return failureOf(err);
      }
    },
    close: async () => undefined,
  };
}
