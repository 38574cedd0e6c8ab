// Hostile inputs (issue 14): the memory an ingest takes for a PDF bomb and a sparse file, measured
// from outside the process next to that of an ordinary file, and the time per MB extraction takes
// on texts that once made it quadratic. Measured, not asserted: the tests assert the limits.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../pipeline.js';
import { normalizeText } from '../normalize/index.js';
import { buildArticles } from '../structure/index.js';
import { createSegmenter } from '../segment/index.js';
import { runExtractors } from '../../extractors/index.js';
import { writeFlatePdf } from './flate-pdf.js';

type Line = (label: string, value: string) => void;

const MB = 2 ** 20;
const HOSTILE_BYTES = 1.5 * 2 ** 30;
const TIME = '/usr/bin/time';

interface Measured {
  /** Peak resident memory of the ingest process, worker threads included (they share its memory). */
  peakMb: number | null;
  /** The one-line reason the file failed, or how the run ended when it did not fail cleanly. */
  outcome: string;
}

/**
 * Ingests a folder holding one file, written by `write`, with the real CLI and `--jobs 1`; the peak
 * RSS comes from the kernel's account of the finished process (GNU time's %M), so it counts even a
 * run that dies out of memory. The folder, database and its side files are removed afterwards.
 */
async function ingestOne(cli: string, name: string, write: (path: string) => Promise<unknown> | void): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'planmine-bench-'));
  try {
    const dump = join(scratch, 'dump');
    mkdirSync(dump);
    await write(join(dump, name));
    const peakFile = join(scratch, 'peak-kb');
    const ingest = [process.execPath, '--max-old-space-size=256', cli, 'ingest', dump, '--db', join(scratch, 'db.sqlite'), '--jobs', '1'];
    const run = spawnSync(TIME, ['-o', peakFile, '-f', '%M', ...ingest], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const failure = run.stderr.split('\n').find((l) => l.startsWith('failed: '));
    const outcome = failure
      ? failure.slice(failure.indexOf(`${name}: `) + name.length + 2)
      : run.status === 0
        ? 'ingested'
        : `ended with ${run.signal ?? `exit ${run.status}`}: ${run.stderr.trim().split('\n').pop() ?? ''}`;
    // GNU time writes its own notes ("Command exited with non-zero status 1") before the figure.
    const kb = Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop());
    return { peakMb: Number.isFinite(kb) ? kb / 1024 : null, outcome };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const mb = (m: Measured): string => (m.peakMb === null ? 'n/a' : m.peakMb.toFixed(0));

/** A plan's first lines, so that the hostile body below is taken for a plan and extracted. */
const HEAD = '丁县第五小学教育质量提升三年行动计划\n附件：各年级学业质量监测数据一览\n';

/** Texts that made extraction quadratic: one unit repeated to the size. */
export const HOSTILE_TEXTS = {
  'digit runs': '1234567890',
  'repeated 90%,': '90%,',
  'goal sentences': '到2027年，学生体质健康优良率达到52%以上。\n近视率每年下降1个百分点，作业完成率不低于98%。\n',
} as const;

export function hostileText(unit: string, bytes: number): Buffer {
  const repeats = Math.max(1, Math.ceil((bytes - Buffer.byteLength(HEAD)) / Buffer.byteLength(unit)));
  return Buffer.from(HEAD + unit.repeat(repeats));
}

/** CPU seconds `work` takes: on a shared machine wall time counts the other processes too. */
async function cpuSeconds(work: () => unknown): Promise<number> {
  const started = process.cpuUsage();
  await work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds per MB of extraction alone (every extractor) and of the whole file (read to segment), in this process. */
async function secondsPerMb(unit: string, bytes: number): Promise<{ extract: number; whole: number }> {
  const text = hostileText(unit, bytes);
  const size = text.length / MB;
  const normalized = normalizeText(text.toString('utf8'));
  const articles = buildArticles({ text: normalized.text, sourcePath: 'hostile.txt', script: normalized.script });
  const context = { segmenter: createSegmenter() };
  const extract = await cpuSeconds(() => articles.forEach((article) => runExtractors(article, context)));
  const whole = await cpuSeconds(() => processFile('hostile.txt', text));
  return { extract: extract / size, whole: whole / size };
}

export async function benchHostile(cli: string, line: Line): Promise<void> {
  if (!existsSync(TIME)) {
    line('peak RSS of hostile files', `skipped: ${TIME} (GNU time) is not installed`);
  } else {
    const gb = (HOSTILE_BYTES / 2 ** 30).toFixed(1);
    const normalPdf = await ingestOne(cli, 'plan.pdf', (path) => writeFlatePdf(path, 64 * 1024));
    const bomb = await ingestOne(cli, 'bomb.pdf', (path) => writeFlatePdf(path, HOSTILE_BYTES));
    line(`peak RSS, PDF bomb inflating to ${gb} GB (MB)`, `${mb(bomb)} (a normal PDF: ${mb(normalPdf)})`);
    line('PDF bomb: outcome', bomb.outcome);
    const normalText = await ingestOne(cli, 'plan.txt', (path) => writeFileSync(path, hostileText(HOSTILE_TEXTS['goal sentences'], 2048)));
    // A sparse file: its size is all holes, so it takes no disk.
    const sparse = await ingestOne(cli, 'huge.txt', (path) => {
      writeFileSync(path, '');
      truncateSync(path, HOSTILE_BYTES);
    });
    line(`peak RSS, sparse ${gb} GB file, default --max-bytes (MB)`, `${mb(sparse)} (a normal text file: ${mb(normalText)})`);
    line('sparse file: outcome', sparse.outcome);
  }

  for (const [name, unit] of Object.entries(HOSTILE_TEXTS)) {
    // A first, small file pays for loading the segmenter's dictionary and compiling the rules this text takes.
    await processFile('warm-up.txt', hostileText(unit, 64 * 1024));
    const half = await secondsPerMb(unit, 0.5 * MB);
    const one = await secondsPerMb(unit, MB);
    line(`extraction CPU s per MB, ${name} 0.5 / 1 MB`, `${half.extract.toFixed(2)} / ${one.extract.toFixed(2)} (whole file: ${half.whole.toFixed(2)} / ${one.whole.toFixed(2)})`);
  }
}
