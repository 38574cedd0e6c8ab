// Piscina worker: each thread loads jieba's dictionaries once and then processes files.
import { createInlineProcessor } from './inline-processor.js';
import type { ProcessResult } from './process-result.js';
import type { ReadOptions } from './readers/reader.js';

export interface ProcessTask {
  path: string;
  /** The path relative to the ingest folder, `/`-separated: names the file's articles. */
  docPath?: string;
  bytes: Uint8Array;
  read: Partial<ReadOptions>;
}

const inline = createInlineProcessor();

export default function processTask(task: ProcessTask): Promise<ProcessResult> {
  return inline.process(task, Infinity);
}
