// Run as a child of the bench: `node dist/src/bench/memory-probe.js <dump> [--files N]`. Loads what a
// parsing thread loads, step by step, in a fresh process, and prints where its memory went as JSON.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ownMemory } from '../proc.js';
import type { StageTimings } from '../pipeline.js';

export interface MemoryProbe {
  binding: string;
  /** RSS of a bare node process. */
  nodeMb: number;
  /** RSS added by importing the readers (pdf.js, mammoth, cheerio), normalizers, extractors. */
  modulesMb: number;
  /** RSS added by loading jieba's dictionary. */
  dictionaryMb: number;
  files: number;
  /** Peak RSS over the files, and what the JS heap had grown to (V8's heap total, and in use after a GC). */
  peakMb: number;
  heapTotalMb: number;
  /** Heap total added while the files were parsed. */
  heapGrowthMb: number;
  heapUsedAfterGcMb: number;
  /** Buffers and other memory V8 counts outside its heap. */
  externalMb: number;
  /** CPU of the whole pipeline (read … pack) per file on this one thread, and each stage's share of its time. */
  cpuMsPerFile: number;
  stageShares: Record<keyof StageTimings, number>;
  /** Wall ms of the read stage summed per file extension, to set beside the bare parsers'. */
  readMsByFormat: Record<string, number>;
}

const mb = (bytes: number): number => bytes / 2 ** 20;
const rss = (): number => ownMemory()['VmRSS'] ?? mb(process.memoryUsage().rss);

async function probe(files: string[]): Promise<MemoryProbe> {
  const nodeMb = rss();
  const { processFile } = await import('../pipeline.js');
  const { toFileRows } = await import('../db/file-rows.js');
  const { createSegmenter, jiebaBindingKind } = await import('../segment/index.js');
  const afterModules = rss();
  createSegmenter();
  const afterDictionary = rss();
  const heapBefore = process.memoryUsage().heapTotal;
  const stages: StageTimings = { read: 0, normalize: 0, structure: 0, extract: 0, segment: 0, pack: 0 };
  const readMsByFormat: Record<string, number> = {};
  const cpuBefore = process.cpuUsage();
  for (const path of files) {
    try {
      const processed = await processFile(path, new Uint8Array(readFileSync(path)), {});
      const packStarted = performance.now();
      toFileRows(processed);
      processed.timings.pack = performance.now() - packStarted;
      for (const [stage, ms] of Object.entries(processed.timings)) stages[stage as keyof StageTimings] += ms;
      readMsByFormat[extname(path)] = (readMsByFormat[extname(path)] ?? 0) + processed.timings.read;
    } catch {
      // a file the pipeline refuses still counts for memory
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  const stageTotal = Object.values(stages).reduce((a, b) => a + b, 0) || 1;
  const heapTotal = process.memoryUsage().heapTotal;
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  return {
    binding: jiebaBindingKind(),
    nodeMb,
    modulesMb: afterModules - nodeMb,
    dictionaryMb: afterDictionary - afterModules,
    files: files.length,
    peakMb: ownMemory()['VmHWM'] ?? mb(process.resourceUsage().maxRSS * 1024),
    heapTotalMb: mb(heapTotal),
    heapUsedAfterGcMb: mb(after.heapUsed),
    heapGrowthMb: mb(heapTotal - heapBefore),
    externalMb: mb(after.external),
    cpuMsPerFile: files.length ? (cpu.user + cpu.system) / 1000 / files.length : 0,
    readMsByFormat,
    stageShares: Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, ms / stageTotal])) as Record<keyof StageTimings, number>,
  };
}

const files = process.argv.slice(2);
console.log(JSON.stringify(await probe(files)));
