// Piscina worker: each thread loads jieba's dictionaries once and then processes files.
import { createInlineProcessor } from './inline-processor.js';
import type { ProcessResult } from './process-result.js';
import type { ReadOptions } from './readers/reader.js';

export interface ProcessTask {
  path: string;
  bytes: Uint8Array;
  read: Partial<ReadOptions>;
}

const inline = createInlineProcessor();

/** Files handed to this thread, one after another: the pool gives a worker its next file before this one ends. */
let previous: Promise<unknown> = Promise.resolve();

export default function processTask(task: ProcessTask & { startedAt: Float64Array }): Promise<ProcessResult> {
  const run = previous.then(() => {
    task.startedAt[0] = Date.now();
    return inline.process(task, Infinity);
  });
  previous = run.catch(() => undefined);
  return run;
}
