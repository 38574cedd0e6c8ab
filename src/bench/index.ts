// `npm run bench`: throughput, per-stage time, memory, search latency and hostile inputs, measured in one run.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { Command, Option } from 'commander';
import { generateDump, sampleFiles } from './dump.js';
import { timeBareParsers } from './bare-parsers.js';
import { searchLatency } from './search-latency.js';
import { benchWorkers } from './workers.js';
import { measureCopies } from './copies.js';
import { benchHostile } from './hostile.js';
import { MIN_FIGURE_AGREEMENT, MIN_RESEMBLANCE } from '../copies/rule.js';
import { projectRoot } from '../paths.js';
import type { IngestSummary } from '../ingest.js';

type Stats = IngestSummary & { wallMs: number; cpuMs: number; jobs: number; maxRssMb: number };

const options = new Command('bench')
  .option('--files <n>', 'files in the generated dump', (v) => Number(v), 2000)
  .option('--small <n>', 'dump size for the flat-memory comparison', (v) => Number(v), 500)
  .option('--large <n>', 'second dump size for the flat-memory comparison (0 skips it)', (v) => Number(v), 5000)
  .option('--articles <n>', 'articles in the search-latency database', (v) => Number(v), 10000)
  .option('--copy-plans <n>', 'plans in the generated copy set (each with 6 copies and 2 near plans)', (v) => Number(v), 300)
  .option('--worker-files <n>', 'files in the dump for the worker figures (PostgreSQL workers against SQLite ingest; 0 skips them)', (v) => Number(v), 240)
  .option('--work <dir>', 'scratch folder', 'output/bench')
  .addOption(new Option('--only <section>', 'run one section: hostile (PDF bomb, sparse file, long hostile texts), workers (cost per worker: files/s, CPU and memory of PostgreSQL workers)').choices(['hostile', 'workers']))
  .parse()
  .opts<{ files: number; small: number; large: number; articles: number; copyPlans: number; workerFiles: number; work: string; only?: 'hostile' | 'workers' }>();

const root = projectRoot();
const cli = join(root, 'dist/src/cli.js');
const work = join(root, options.work);
mkdirSync(work, { recursive: true });

function runIngest(dump: string, db: string, jobs: number, env: NodeJS.ProcessEnv = process.env): Stats {
  const statsPath = `${db}.stats.json`;
  try {
    execFileSync(process.execPath, ['--max-old-space-size=256', cli, 'ingest', dump, '--db', db, '--jobs', String(jobs), '--stats', statsPath], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch (err) {
    // exit 1 means some files failed; the figures are still written
    if ((err as { status?: number }).status !== 1) throw err;
  }
  return JSON.parse(readFileSync(statsPath, 'utf8')) as Stats;
}

function freshDb(name: string): string {
  const db = join(work, name);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  return db;
}

const line = (label: string, value: string): void => console.log(`${label.padEnd(44)} ${value}`);
const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(2) : 'n/a');

console.log(`planmine bench on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

async function benchThroughput(): Promise<void> {
  const sources = sampleFiles(join(root, 'corpus/docs'));
  console.log(`samples: ${sources.length} files from corpus/docs; dump: ${options.files} files\n`);

  const dump = join(work, 'dump');
  const files = generateDump(sources, dump, options.files);
  const one = runIngest(dump, freshDb('jobs1.sqlite'), 1);
  const twoDb = freshDb('jobs2.sqlite');
  const two = runIngest(dump, twoDb, 2);
  const again = runIngest(dump, twoDb, 2);
  const bare = await timeBareParsers(files);
  const mb = two.bytes / 2 ** 20;

  line('files/s, --jobs 1', (one.files / (one.wallMs / 1000)).toFixed(1));
  line('files/s, --jobs 2', (two.files / (two.wallMs / 1000)).toFixed(1));
  line('MB/s, --jobs 2', (mb / (two.wallMs / 1000)).toFixed(2));
  line('PDF pages/s, --jobs 2', (two.pages / (two.wallMs / 1000)).toFixed(1));
  line('speed-up --jobs 2 over --jobs 1 (target ≥ 1.7)', ratio(one.wallMs, two.wallMs));
  line('cores busy (CPU time ÷ wall time), --jobs 1 / 2', `${ratio(one.cpuMs, one.wallMs)} / ${ratio(two.cpuMs, two.wallMs)}`);
  line('CPU seconds per 1,000 files, --jobs 1 / 2', `${(one.cpuMs / one.files).toFixed(1)} / ${(two.cpuMs / two.files).toFixed(1)}`);
  line('bare parsers, one thread (ms)', bare.ms.toFixed(0) + '  ' + Object.entries(bare.byFormat).map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join(', '));
  line('end-to-end --jobs 1 ÷ bare parsers', ratio(one.wallMs, bare.ms));
  line('end-to-end --jobs 2 (the default) ÷ bare parsers (≤ 1.5)', ratio(two.wallMs, bare.ms));
  line('second run, unchanged dump ÷ first (< 0.05)', ratio(again.wallMs, two.wallMs));
  line('per-stage ms summed over files, --jobs 2', Object.entries(two.timings).map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', '));
  line(`peak RSS, ${options.files} files --jobs 2 (MB)`, two.maxRssMb.toFixed(0));

  let largest = { files: options.files, withCopies: two };
  if (options.large > 0) {
    generateDump(sources, dump, options.small);
    const small = runIngest(dump, freshDb('small.sqlite'), 2);
    generateDump(sources, dump, options.large);
    const large = runIngest(dump, freshDb('large.sqlite'), 2);
    line(`peak RSS ${options.small} → ${options.large} files (MB)`, `${small.maxRssMb.toFixed(0)} → ${large.maxRssMb.toFixed(0)} (${((large.maxRssMb / small.maxRssMb - 1) * 100).toFixed(1)}%, target within 15%, under 1024)`);
    largest = { files: options.large, withCopies: large };
  }

  // The copy index at the largest dump: the same ingest with copy detection switched off. Every file
  // of the generated dump is a variant of a sample, so nearly every article is a copy: the index's worst case.
  const withoutCopies = runIngest(dump, freshDb('nocopies.sqlite'), 2, { ...process.env, PLANMINE_COPIES: 'off' });
  const on = largest.withCopies;
  line(`copy index at ${largest.files} files: wall s, off → on`, `${(withoutCopies.wallMs / 1000).toFixed(1)} → ${(on.wallMs / 1000).toFixed(1)} (${((on.wallMs / withoutCopies.wallMs - 1) * 100).toFixed(1)}%)`);
  // CPU seconds move less than wall time when the machine is shared.
  line(`copy index at ${largest.files} files: CPU s, off → on`, `${(withoutCopies.cpuMs / 1000).toFixed(1)} → ${(on.cpuMs / 1000).toFixed(1)} (${((on.cpuMs / withoutCopies.cpuMs - 1) * 100).toFixed(1)}%)`);
  line(`copy index at ${largest.files} files: peak RSS MB, off → on`, `${withoutCopies.maxRssMb.toFixed(0)} → ${on.maxRssMb.toFixed(0)}`);
  line(`copy index at ${largest.files} files: write ms, off → on`, `${withoutCopies.timings.write.toFixed(0)} → ${on.timings.write.toFixed(0)}`);
  const copies = await measureCopies(options.copyPlans, join(work, 'copies.sqlite'));
  line(`copies: generated set`, `${copies.pairs} pairs from ${options.copyPlans} plans, ${copies.copies} true copies`);
  line(`copies: precision / recall (resemblance ≥ ${MIN_RESEMBLANCE}, figures ≥ ${MIN_FIGURE_AGREEMENT}, through the index)`, `${copies.indexed.precision.toFixed(3)} / ${copies.indexed.recall.toFixed(3)} (${copies.indexed.linked} linked)`);
  line('copies: pairs, precision / recall by resemblance', copies.sweep.map((s) => `${s.threshold}: ${s.precision.toFixed(3)}/${s.recall.toFixed(3)}`).join(', '));
  line(`copies: pairs, precision / recall by figure agreement`, copies.figureSweep.map((s) => `${s.threshold}: ${s.precision.toFixed(3)}/${s.recall.toFixed(3)}`).join(', '));
  line('copies: without the figure rule at the threshold', `precision ${copies.textOnly.precision.toFixed(3)} / recall ${copies.textOnly.recall.toFixed(3)}`);
  line('copies: resemblance, lowest true copy / highest other plan', `${copies.lowestCopy.toFixed(3)} / ${copies.highestOther.toFixed(3)}`);
  line('copies: ms per article, signature (worker) / link (writer)', `${copies.signatureMsPerArticle.toFixed(2)} / ${copies.linkMsPerArticle.toFixed(2)}`);

  const latency = await searchLatency(twoDb, join(work, 'search.sqlite'), options.articles);
  line(`FTS search over ${latency.articles} articles, median ms (< 20)`, `${latency.medianMs.toFixed(2)} (p95 ${latency.p95Ms.toFixed(2)}, ${latency.queries} queries)`);
}

if (options.only === undefined) await benchThroughput();
if ((options.only === undefined || options.only === 'workers') && options.workerFiles > 0) {
  await benchWorkers({
    cli, work, sources: sampleFiles(join(root, 'corpus/docs')), files: options.workerFiles, line,
    runIngest: (dump, name, jobs) => runIngest(dump, freshDb(name), jobs),
  });
}
if (options.only === undefined || options.only === 'hostile') await benchHostile(cli, line);
