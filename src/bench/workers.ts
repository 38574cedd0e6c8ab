// `npm run bench -- --only workers`: what one worker costs, because every worker pays it. Files/s of
// 1, 2 and 4 `planmine worker` processes on PostgreSQL against SQLite `ingest` on the same dump,
// CPU per file against the bare parsers with the stages it goes to, each worker's peak memory and
// where a parsing thread's memory goes, and what a 10^6-file dump would take at the measured cost.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { extname, join } from 'node:path';
import { generateDump } from './dump.js';
import { timeBareParsers } from './bare-parsers.js';
import { benchPostgres, type WorkerStats } from './postgres.js';
import type { MemoryProbe } from './memory-probe.js';
import type { StageTimings } from '../pipeline.js';

export interface IngestStats {
  files: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  timings: StageTimings & { write: number };
}

export interface WorkersBenchOptions {
  cli: string;
  work: string;
  sources: string[];
  files: number;
  runIngest: (dump: string, name: string, jobs: number) => IngestStats;
  line: (label: string, value: string) => void;
}

const perThousand = (ms: number, files: number): string => (files ? (ms / files).toFixed(1) : 'n/a');
const perSecond = (files: number, ms: number): string => (files / (ms / 1000)).toFixed(1);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * CPU per file once a worker runs: from its first settled file to its last, over the files in
 * between (start-up, the dictionary load and the wrap-up at idle are not per-file costs).
 */
export function marginalCpuMs(workers: WorkerStats[]): { perFileMs: number; startupMs: number; wrapUpMs: number } | undefined {
  const measured = workers.filter((w) => w.cpuMsAtFirstFile !== undefined && w.cpuMsAtLastFile !== undefined && w.ingested + w.failed > 1);
  if (measured.length === 0) return undefined;
  const files = sum(measured.map((w) => w.ingested + w.failed - 1));
  const between = sum(measured.map((w) => w.cpuMsAtLastFile! - w.cpuMsAtFirstFile!));
  return {
    perFileMs: between / files,
    startupMs: sum(measured.map((w) => w.cpuMsAtFirstFile!)) / measured.length,
    wrapUpMs: sum(measured.map((w) => w.cpuMs - w.cpuMsAtLastFile!)) / measured.length,
  };
}

function probeMemory(cli: string, files: string[], env: NodeJS.ProcessEnv = process.env): MemoryProbe {
  const probe = join(cli, '../bench/memory-probe.js');
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', probe, ...files], { encoding: 'utf8', env })) as MemoryProbe;
}

export async function benchWorkers(o: WorkersBenchOptions): Promise<void> {
  const { line } = o;
  const dump = join(o.work, 'workers-dump');
  const files = generateDump(o.sources, dump, o.files);
  const formats = new Map<string, number>();
  for (const f of files) formats.set(extname(f), (formats.get(extname(f)) ?? 0) + 1);
  console.log(`\nworkers: ${o.files} files (${[...formats].map(([f, n]) => `${f.slice(1)} ${n}`).join(', ')}), ${cpus().length} cores shared with whatever else runs; ratios are within this run\n`);

  const bare = await timeBareParsers(files);
  const one = o.runIngest(dump, 'workers-jobs1.sqlite', 1);
  const two = o.runIngest(dump, 'workers-jobs2.sqlite', 2);
  const pg = await benchPostgres(o.cli, dump, o.work, [
    { workers: 1, jobs: 1 },
    { workers: 2, jobs: 1 },
    { workers: 4, jobs: 1 },
    { workers: 1, jobs: 2 },
  ]);
  const probe = probeMemory(o.cli, files);
  const nodejiebaProbe = probeMemory(o.cli, [], { ...process.env, PLANMINE_JIEBA: 'nodejieba' });

  // Throughput
  line('files/s, SQLite ingest --jobs 1 / --jobs 2', `${perSecond(one.files, one.wallMs)} / ${perSecond(two.files, two.wallMs)}`);
  const singles = pg.runs.filter((r) => r.jobs === 1);
  line(`files/s, PostgreSQL, ${singles.map((r) => r.workers).join(' / ')} worker processes (--jobs 1 each)`, singles.map((r) => perSecond(r.files, r.wallMs)).join(' / '));
  for (const run of pg.runs.filter((r) => r.jobs > 1)) line(`files/s, PostgreSQL, ${run.workers} worker --jobs ${run.jobs}`, perSecond(run.files, run.wallMs));
  const [solo] = singles;
  if (solo) line('  1 worker (--jobs 1) ÷ SQLite ingest --jobs 1, files/s', (one.wallMs / solo.wallMs).toFixed(2));

  // CPU per file
  line('CPU s per 1,000 files, bare parsers (one thread, dictionary loaded)', perThousand(bare.cpuMs, files.length));
  line('CPU s per 1,000 files, SQLite ingest --jobs 1 / 2 (whole process)', `${perThousand(one.cpuMs, one.files)} / ${perThousand(two.cpuMs, two.files)}`);
  for (const run of pg.runs) {
    const cpu = sum(run.perWorker.map((w) => w.cpuMs));
    const m = marginalCpuMs(run.perWorker);
    line(
      `CPU s per 1,000 files, ${run.workers} worker${run.workers > 1 ? 's' : ''} --jobs ${run.jobs}: all / per file`,
      `${perThousand(cpu, run.files)} / ${m ? (m.perFileMs).toFixed(1) : 'n/a'} (÷ bare parsers ${m ? (m.perFileMs / (bare.cpuMs / files.length)).toFixed(2) : 'n/a'}, target ≤ 1.5)` +
        (run.serverCpuMs === null ? '' : `; PostgreSQL server ${perThousand(run.serverCpuMs, run.files)} more`),
    );
  }
  const soloMarginal = solo ? marginalCpuMs(solo.perWorker) : undefined;
  if (solo && soloMarginal) {
    line('  a worker\'s start-up / wrap-up at idle (CPU s)', `${(soloMarginal.startupMs / 1000).toFixed(1)} (modules, dictionary, first file) / ${(soloMarginal.wrapUpMs / 1000).toFixed(1)} (keywords over the collection, copies relinked)`);
    // The probe runs the pipeline alone on one thread: its CPU per file, split by the stages' shares of
    // its time, against the worker's CPU per file; what is left is the work around the pipeline.
    const stagesMs = Object.entries(probe.stageShares).map(([stage, share]) => `${stage} ${(share * probe.cpuMsPerFile).toFixed(1)}`).join(', ');
    line('  CPU ms per file, 1 worker', `${soloMarginal.perFileMs.toFixed(1)} = pipeline ${probe.cpuMsPerFile.toFixed(1)} (${stagesMs}) + around it ${(soloMarginal.perFileMs - probe.cpuMsPerFile).toFixed(1)} (main thread: queue, sha256, rows across threads, PostgreSQL client)`);
    const byFormat = (ms: Record<string, number>): string => Object.entries(ms).map(([f, total]) => `${f.slice(1)} ${(total / (formats.get(f) ?? 1)).toFixed(1)}`).join(', ');
    line('  ms per file by format (one thread): bare parsers', `${byFormat(bare.byFormat)} (all ${(bare.cpuMs / files.length).toFixed(1)} CPU)`);
    line('  … planmine\'s read stage alone', byFormat(probe.readMsByFormat));
    line('  pipeline alone ÷ bare parsers (CPU per file)', (probe.cpuMsPerFile / (bare.cpuMs / files.length)).toFixed(2));
  }

  // Memory
  for (const run of pg.runs) line(`peak RSS per worker, ${run.workers} worker${run.workers > 1 ? 's' : ''} --jobs ${run.jobs} (MB, target ≤ 300)`, run.perWorker.map((w) => w.maxRssMb.toFixed(0)).join(', '));
  line('peak RSS, SQLite ingest --jobs 1 / 2 (MB)', `${one.maxRssMb.toFixed(0)} / ${two.maxRssMb.toFixed(0)}`);
  const thread = probe.peakMb - probe.nodeMb;
  const rest = thread - probe.modulesMb - probe.dictionaryMb - probe.heapGrowthMb;
  line(`a parsing thread (probe: ${probe.files} files in a fresh process), MB`,
    `${thread.toFixed(0)} = modules ${probe.modulesMb.toFixed(0)} (pdf.js, mammoth, cheerio, opencc, planmine) + jieba dictionary ${probe.dictionaryMb.toFixed(0)} (${probe.binding}; nodejieba: ${nodejiebaProbe.dictionaryMb.toFixed(0)}, two tries, per thread) + JS heap growth ${probe.heapGrowthMb.toFixed(0)} (in use after GC ${probe.heapUsedAfterGcMb.toFixed(0)}) + other ${rest.toFixed(0)} (native allocations, the dictionary's load peak)`);
  if (solo) {
    const worker = solo.perWorker[0]!.maxRssMb;
    line('a worker --jobs 1, MB', `${worker.toFixed(0)} = main thread ${pg.idle.maxRssMb.toFixed(0)} (node ${probe.nodeMb.toFixed(0)}, CLI modules, pg-boss, pool: measured on an empty queue) + parsing thread ${(worker - pg.idle.maxRssMb).toFixed(0)}`);
  }

  // 10^6 files
  if (solo && soloMarginal) {
    const serverPerFileMs = solo.serverCpuMs === null ? 0 : solo.serverCpuMs / solo.files;
    const workerHours = (soloMarginal.perFileMs * 1e6) / 3.6e6;
    const serverHours = (serverPerFileMs * 1e6) / 3.6e6;
    const soloRate = solo.files / (solo.wallMs / 1000);
    line('10^6 files at this dump\'s mix: CPU-hours, workers + PostgreSQL', `${workerHours.toFixed(1)} + ${serverHours.toFixed(1)}`);
    line('10^6 files: hours for one worker --jobs 1 at its files/s here', `${(1e6 / soloRate / 3600).toFixed(1)} (${soloRate.toFixed(1)} files/s; the dump's files are short: a long PDF costs its pages)`);
  }
}
