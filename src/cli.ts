#!/usr/bin/env -S node --max-old-space-size=256
// The heap cap keeps the writer's memory flat: without it V8 lets garbage from parsed results pile up.
import { Command, InvalidArgumentError } from 'commander';
import { mkdirSync, createWriteStream, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DB, openForWriting } from './db/connection.js';
import { withReadOnlyDb } from './workbench/open-db.js';
import { registerWorkbenchCommands } from './cli-workbench.js';
import { metadataLine, writeMetadata } from './workbench/metadata.js';
import { ingest, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './ingest.js';
import { createWorkerPool } from './pool.js';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { createProgress } from './progress.js';
import { search } from './search/fts.js';
import { similarArticles } from './search/similar.js';
import { streamReadOnlyQuery } from './db/query.js';
import { createRowWriter } from './format/row-writer.js';
import { jsonlRecords } from './db/export-jsonl.js';
import { exportCsv } from './db/export-csv.js';
import { PlanmineError } from './errors.js';
import { storageError } from './db/db-errors.js';
import { oneLine } from './format/one-line.js';
import { DEFAULT_READ_OPTIONS } from './readers/reader.js';
import { countsByTable } from './summary.js';

// `planmine sql … | head` closes the pipe early: the reader chose to stop, it is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

const program = new Command('planmine')
  .description('Turns dumps of scraped Chinese school plans into a SQLite database researchers can query.')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

program
  .command('ingest')
  .description('read every file under the paths (recursively) into the database')
  .argument('<paths...>', 'files or folders')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .option('--max-bytes <n>', 'skip files larger than this', positiveInt, DEFAULT_MAX_BYTES)
  .option('--max-pages <n>', 'fail PDFs with more pages', positiveInt, 2000)
  .option('--max-chars <n>', 'fail files yielding more characters of text', positiveInt, DEFAULT_READ_OPTIONS.maxTextChars)
  .option('--timeout <seconds>', 'give up on a file after this long', positiveInt, DEFAULT_TIMEOUT_MS / 1000)
  .option('--jobs <n>', 'files parsed in parallel (worker threads)', positiveInt, availableParallelism())
  .option('--stats <file>', 'also write the run\'s figures (counts, per-stage ms, peak memory) as JSON')
  .addHelpText('after', '\nExample:\n  planmine ingest corpus ../dump-2026-11 --db output/plans.sqlite --jobs 2')
  .action(async (paths: string[], opts: { db: string; maxBytes: number; maxPages: number; maxChars: number; timeout: number; jobs: number; stats?: string }) => {
    mkdirSync(dirname(opts.db), { recursive: true });
    const db = await openForWriting(opts.db);
    // pdf.js and mammoth build their closures anew for every document, and V8 lets the optimized code
    // of dead closures go at each full collection, to compile it again on the next document. Letting
    // the old generation grow to twice its live size between full collections (V8's default is
    // adaptive and lower) halves them, and the recompiling with them; global to the process, so set
    // before the workers start.
    setFlagsFromString('--heap-growing-percent=100');
    const processor = createWorkerPool(opts.jobs);
    const progress = createProgress();
    const started = Date.now();
    try {
      const summary = await ingest(db, paths, {
        processor,
        // Results are written in path order; a deep window keeps workers busy behind a slow file.
        window: opts.jobs * 16,
        maxBytes: opts.maxBytes,
        timeoutMs: opts.timeout * 1000,
        read: { maxPages: opts.maxPages, maxTextChars: opts.maxChars },
        onFile: progress.onFile,
      });
      progress.stop();
      const counts = await countsByTable(db);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (opts.stats) {
        const usage = process.resourceUsage();
        // CPU time of every thread of the process (workers, compiler and GC threads, SQLite's), for cores busy = cpuMs / wallMs.
        const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
        const stats = { ...summary, wallMs: Date.now() - started, cpuMs, jobs: opts.jobs, maxRssMb: usage.maxRSS / 1024 };
        writeFileSync(opts.stats, JSON.stringify(stats, null, 2));
      }
      console.log(
        `files: ${summary.files} (ingested ${summary.ingested}, unchanged ${summary.unchanged}, duplicate ${summary.duplicate}, failed ${summary.failed}) in ${seconds}s`,
      );
      console.log(`formats: ${counts.formats || 'none'}`);
      console.log(
        `database ${oneLine(opts.db)}: ${counts.documents} articles, ${counts.sections} sections, ${counts.sentences} sentences, ` +
          `${counts.targets} targets, ${counts.phases} phases, ${counts.parties} parties, ${counts.assignments} assignments`,
      );
      console.log(metadataLine(writeMetadata(opts.db)));
      if (summary.failed > 0) {
        console.log(`failures are listed with: planmine sql "SELECT path, stage, reason FROM errors WHERE run_id = ${summary.runId}"`);
        process.exitCode = 1;
      }
    } finally {
      await processor.close();
      await db.close();
    }
  });

program
  .command('search')
  .description('full-text search over every sentence (Chinese words segmented as at ingest)')
  .argument('<words...>', 'words to find; all must occur')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .option('--limit <n>', 'most hits', positiveInt, 20)
  .addHelpText('after', '\nExample:\n  planmine search 体质健康 优秀率')
  .action(async (words: string[], opts: { db: string; limit: number }) => {
    const hits = await withReadOnlyDb(opts.db, (db) => search(db, words.join(' '), opts.limit));
    if (hits.length === 0) console.log('no match');
    for (const h of hits) console.log(`${h.doc}  ${h.title ?? '(untitled)'}  [${h.sectionPath}]\n    ${h.snippet}`);
  });

program
  .command('sql')
  .description('run one read-only SELECT and print the rows')
  .argument('<query>', 'one SQL statement')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .option('--format <format>', 'table, csv or json', 'table')
  .option('--timeout <seconds>', 'stop the statement after this long', positiveInt, 120)
  .addHelpText('after', '\nExample:\n  planmine sql "SELECT doc, indicator, value, unit FROM targets JOIN documents d ON d.id = document_id LIMIT 5" --format csv')
  .action(async (query: string, opts: { db: string; format: string; timeout: number }) => {
    // Rows are printed as SQLite produces them: a result of millions of rows never sits in memory.
    const writer = createRowWriter(opts.format, process.stdout);
    // A reader that went away (`| head`) stops the statement.
    await streamReadOnlyQuery(opts.db, query, (row) => {
      writer.write(row);
      return !process.stdout.destroyed;
    }, { timeoutMs: opts.timeout * 1000 });
    writer.end();
  });

program
  .command('export')
  .description('write the extraction as JSON Lines (GUIDE.md records) or as one CSV per table')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .option('--format <format>', 'jsonl or csv', 'jsonl')
  .option('--out <path>', 'jsonl: file (default stdout); csv: folder (default output/csv)')
  .addHelpText('after', '\nExamples:\n  planmine export --format jsonl --out output/export.jsonl\n  planmine export --format csv --out output/csv')
  .action(async (opts: { db: string; format: string; out?: string }) => {
    await withReadOnlyDb(opts.db, async (db) => {
      if (opts.format === 'csv') {
        const files = await exportCsv(db, opts.out ?? 'output/csv');
        console.log(`wrote ${files.join(', ')} (UTF-8 with BOM, for Excel)`);
        return;
      }
      if (opts.format !== 'jsonl') throw new PlanmineError('write', `unknown export format ${opts.format}: use jsonl or csv`);
      if (opts.out) mkdirSync(dirname(opts.out), { recursive: true });
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      for await (const record of jsonlRecords(db)) out.write(JSON.stringify(record) + '\n');
      if (opts.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
    });
  });

registerWorkbenchCommands(program);

program
  .command('similar')
  .description('articles most like the given one, by TF-IDF keywords')
  .argument('<doc>', 'article id, e.g. 000_6a7843488500aee0#1')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .option('--limit <n>', 'how many', positiveInt, 10)
  .action(async (doc: string, opts: { db: string; limit: number }) => {
    const similar = await withReadOnlyDb(opts.db, (db) => similarArticles(db, doc, opts.limit));
    for (const s of similar) console.log(`${s.score.toFixed(3)}  ${s.doc}  ${s.title ?? '(untitled)'}  shared: ${s.shared.slice(0, 8).join(' ')}`);
  });

// The database the running command works on, to name it when SQLite fails without saying which.
let activeDb: string | undefined;
program.hook('preAction', (_program, command) => {
  activeDb = (command.opts() as { db?: string }).db;
});

program.parseAsync().catch((err: unknown) => {
  // Exit codes (README): 2 the input or the request is wrong; 3 the database or an output file
  // cannot be used (corrupt, disk full, read-only); 4 a bug.
  const storage = storageError(err, activeDb);
  if (storage || err instanceof PlanmineError) {
    console.error(`planmine: ${oneLine((storage ?? (err as PlanmineError)).message)}`);
    process.exit(storage ? 3 : 2);
  }
  console.error('planmine: unexpected error:', err);
  process.exit(4);
});
