import { processFile } from './pipeline.js';
import { failureOf } from './process-result.js';
import type { FileProcessor } from './pool.js';

/** Processes files on the calling thread: for tests and for embedding without worker threads. No time limit. */
export function createInlineProcessor(): FileProcessor {
  return {
    async process(task) {
      try {
        return { ok: true, file: await processFile(task.path, task.bytes, task.read) };
      } catch (err) {
        return failureOf(err);
      }
    },
    close: async () => undefined,
  };
}
