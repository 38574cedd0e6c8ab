#!/usr/bin/env -S node --max-old-space-size=256
// The heap cap keeps the writer's memory flat: without it V8 lets garbage from parsed results pile up.
import { Command, InvalidArgumentError, Option } from 'commander';
import { mkdirSync, createWriteStream, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DB } from './db/connection.js';
import { registerWorkbenchCommands } from './cli-workbench.js';
import { describedLine } from './workbench/metadata.js';
import { TABLE_DESCRIPTIONS } from './workbench/metadata-descriptions.js';
import { ingest, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './ingest.js';
import { createWorkerPool } from './pool.js';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { createProgress } from './progress.js';
import { snippetText } from './search/fts.js';
import { isPostgresUrl, openStore, withReadOnlyStore } from './db/store.js';
import { similarArticles, similarCopiesFolded } from './search/similar.js';
import { copiesSummary, foldedNote } from './db/copies.js';
import { streamReadOnlyQuery } from './db/query.js';
import { createRowWriter } from './format/row-writer.js';
import { addFilterOptions, copyOption, filterFrom, type FilterFlags } from './cli-filters.js';
import { loadArticle } from './workbench/article.js';
import { articleAsText } from './workbench/show.js';
import { registerServeCommand } from './serve/command.js';
import { registerDistributedCommands } from './cli-distributed.js';
import { jsonlRecords } from './db/export-jsonl.js';
import { exportCsv } from './db/export-csv.js';
import { PlanmineError } from './errors.js';
import { StorageError, storageError } from './db/db-errors.js';
import { oneLine } from './format/one-line.js';
import { DEFAULT_READ_OPTIONS } from './readers/reader.js';
import { IngestBusyError } from './db/ingest-lock.js';
import { countsByTable } from './summary.js';
import { peakRssMb } from './proc.js';

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

const wholeNumber = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
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
  .option('--db <path>', 'database: a SQLite file, or a PostgreSQL URL postgres://user:password@host/db', DEFAULT_DB)
  .option('--max-bytes <n>', 'skip files larger than this', positiveInt, DEFAULT_MAX_BYTES)
  .option('--max-pages <n>', 'fail PDFs with more pages', positiveInt, 2000)
  .option('--max-chars <n>', 'fail files yielding more characters of text', positiveInt, DEFAULT_READ_OPTIONS.maxTextChars)
  .option('--max-expanded-bytes <n>', 'fail DOCX archives or PDF streams expanding to more bytes (decompression bombs)', positiveInt, DEFAULT_READ_OPTIONS.maxUncompressedBytes)
  .option('--timeout <seconds>', 'give up on a file after this long', positiveInt, DEFAULT_TIMEOUT_MS / 1000)
  .option('--jobs <n>', 'files parsed in parallel (worker threads)', positiveInt, availableParallelism())
  .option('--stats <file>', 'also write the run\'s figures (counts, per-stage ms, peak memory) as JSON')
  .option('--prune', 'delete the rows of files stored before and gone now from the given folders')
  .option('--follow-links', 'follow symlinks that lead outside the given folders')
  .addHelpText(
    'after',
    '\nExit codes: 0 all stored, 1 some files failed, 2 bad arguments, 3 unexpected error, 4 another ingest holds the database, ' +
      '5 the database cannot be used (not a database, damaged, disk full, read-only).' +
      '\n\nExamples:\n  planmine ingest corpus ../dump-2026-11 --db output/plans.sqlite --jobs 2' +
      '\n  planmine ingest /mnt/dump --db postgres://planmine:secret@db.lab/plans   (one machine; several: planmine enqueue and planmine worker)',
  )
  .action(async (paths: string[], opts: { db: string; maxBytes: number; maxPages: number; maxChars: number; maxExpandedBytes: number; timeout: number; jobs: number; stats?: string; prune?: boolean; followLinks?: boolean }) => {
    const db = await openStore(opts.db);
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
        read: { maxPages: opts.maxPages, maxTextChars: opts.maxChars, maxUncompressedBytes: opts.maxExpandedBytes },
        prune: opts.prune ?? false,
        followLinks: opts.followLinks ?? false,
        onFile: progress.onFile,
      });
      progress.stop();
      const counts = await countsByTable(db);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (opts.stats) {
        const usage = process.resourceUsage();
        // CPU time of every thread of the process (workers, compiler and GC threads, SQLite's), for cores busy = cpuMs / wallMs.
        const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
        const stats = { ...summary, wallMs: Date.now() - started, cpuMs, jobs: opts.jobs, maxRssMb: peakRssMb() };
        writeFileSync(opts.stats, JSON.stringify(stats, null, 2));
      }
      console.log(
        `files: ${summary.files} (ingested ${summary.ingested}, unchanged ${summary.unchanged}, duplicate ${summary.duplicate}, failed ${summary.failed}, ` +
          `missing ${summary.missing}, pruned ${summary.pruned}) in ${seconds}s`,
      );
      console.log(`formats: ${counts.formats || 'none'}`);
      console.log(
        `database ${oneLine(db.location)}: ${counts.documents} articles, ${counts.sections} sections, ${counts.sentences} sentences, ` +
          `${counts.targets} targets, ${counts.phases} phases, ${counts.parties} parties, ${counts.assignments} assignments`,
      );
      const copies = await copiesSummary(db);
      if (copies) console.log(copies);
      // Table and column descriptions: Datasette's metadata.json beside a SQLite file, COMMENT ON in PostgreSQL.
      // Only a table's owner may comment, so a role that may only write rows is told how, not stopped.
      console.log(
        await db.describeSchema(TABLE_DESCRIPTIONS).then(describedLine, (err: Error) => `table descriptions not written: ${err.message}`),
      );
      if (summary.failed > 0) {
        console.log(`failures are listed with: planmine sql "SELECT path, stage, reason FROM errors WHERE run_id = ${summary.runId}"`);
        process.exitCode = 1;
      }
    } finally {
      await processor.close();
      await db.close();
    }
  });

addFilterOptions(
  program
    .command('search')
    .description('full-text search over every sentence, as in a search box: all words, OR between alternatives, -word to exclude')
    .argument('<words...>', 'words to find (either Chinese script); OR between alternatives; -word excludes')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--limit <n>', 'most hits', positiveInt, 20)
    .option('--offset <n>', 'skip this many hits first (paging)', wholeNumber, 0)
    // `-幼儿园` is a word to exclude, not an option: unknown dashes reach the action as words.
    .allowUnknownOption(),
  false,
)
  .addOption(copyOption())
  .addHelpText('after', '\nExamples:\n  planmine search 体质健康 优秀率\n  planmine search 近视率 OR 视力不良率 -幼儿园 --province 江苏 --type plan\n  planmine search 30% --limit 50 --offset 50')
  .action(async (words: string[], opts: FilterFlags & { db: string; limit: number; offset: number }) => {
    const typo = words.find((w) => w.startsWith('--'));
    if (typo) throw new PlanmineError('read', `unknown option ${typo} (to leave out a word, put one dash before it: -幼儿园)`);
    const filter = filterFrom(opts);
    const [result, folded] = await withReadOnlyStore(opts.db, async (store) => [
      await store.search(words.join(' '), { limit: opts.limit, offset: opts.offset, filter }), await store.searchCopiesFolded(words.join(' '), filter),
    ] as const);
    const shown = result.hits.length;
    console.log(shown === 0 ? `${result.total} hits${result.total > 0 ? ` (none after the first ${opts.offset})` : ''}` : `${result.total} hits, showing ${opts.offset + 1}–${opts.offset + shown}`);
    for (const h of result.hits) console.log(`${h.doc}  ${h.title ?? '(untitled)'}  [${h.sectionPath}]\n    ${snippetText(h.snippet)}`);
    if (folded > 0) console.log(foldedNote(folded));
  });

program
  .command('sql')
  .description('run one read-only SELECT and print the rows')
  .argument('<query>', 'one SQL statement')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
  .option('--width <n>', 'table: cut cells at this many columns (0: whole cells)', wholeNumber, 40)
  .option('--timeout <seconds>', 'stop the statement after this long', positiveInt, 120)
  .addHelpText('after', '\nExamples:\n  planmine sql "SELECT doc, indicator, value, unit FROM targets JOIN documents d ON d.id = document_id LIMIT 5" --format csv > targets.csv\n  planmine sql "SELECT evidence FROM targets" --width 0')
  .action(async (query: string, opts: { db: string; format: string; width: number; timeout: number }) => {
    // Rows are printed as they come: a result of millions of rows never sits in memory.
    const writer = createRowWriter(opts.format, process.stdout, opts.width);
    if (isPostgresUrl(opts.db)) {
      // PostgreSQL runs it in a READ ONLY transaction with a statement timeout of its own.
      for (const row of await withReadOnlyStore(opts.db, (store) => store.readOnlyQuery(query))) writer.write(row);
      writer.end();
      return;
    }
    // A reader that went away (`| head`) stops the statement.
    await streamReadOnlyQuery(opts.db, query, (row) => {
      writer.write(row);
      return !process.stdout.destroyed;
    }, { timeoutMs: opts.timeout * 1000 });
    writer.end();
  });

addFilterOptions(
  program
    .command('export')
    .description('write the extraction as JSON Lines (GUIDE.md records) or as one CSV per table')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--out <path>', 'jsonl: file (default stdout); csv: folder (default output/csv)'),
  false,
)
  .addHelpText('after', '\nExamples:\n  planmine export --format jsonl --out output/export.jsonl\n  planmine export --format csv --out output/csv --province 江苏 --relevant yes')
  .action(async (opts: FilterFlags & { db: string; format: string; out?: string }) => {
    const filter = filterFrom(opts);
    await withReadOnlyStore(opts.db, async (db) => {
      if (opts.format === 'csv') {
        const files = await exportCsv(db, opts.out ?? 'output/csv', filter);
        console.log(`wrote ${files.join(', ')} (UTF-8 with BOM, for Excel)`);
        return;
      }
      if (opts.out) mkdirSync(dirname(opts.out), { recursive: true });
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      for await (const record of jsonlRecords(db, filter)) out.write(JSON.stringify(record) + '\n');
      if (opts.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
    });
  });

registerWorkbenchCommands(program);
registerServeCommand(program);
registerDistributedCommands(program);

program
  .command('show')
  .description("one article in the terminal: its facts, source file, heading tree, targets, phases, parties and assignments")
  .argument('<doc>', 'article id, e.g. 000_6a7843488500aee0#1')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .option('--width <n>', 'cut table cells at this many columns (0: whole cells)', wholeNumber, 60)
  .addHelpText('after', '\nExample:\n  planmine show 000_6a7843488500aee0#1 --width 0')
  .action(async (doc: string, opts: { db: string; width: number }) => {
    const article = await withReadOnlyStore(opts.db, (store) => loadArticle(store, doc));
    console.log(articleAsText(article, opts.width));
  });

program
  .command('similar')
  .description('articles most like the given one, by TF-IDF keywords')
  .argument('<doc>', 'article id, e.g. 000_6a7843488500aee0#1')
  .option('--db <path>', 'database file', DEFAULT_DB)
  .option('--limit <n>', 'how many', positiveInt, 10)
  .option('--with-copies', 'also rank copies (reposts, other formats), the article\'s own included; folded by default')
  .action(async (doc: string, opts: { db: string; limit: number; withCopies?: boolean }) => {
    const copies = { withCopies: opts.withCopies };
    const [similar, folded] = await withReadOnlyStore(opts.db, async (store) => [
      await similarArticles(store, doc, opts.limit, copies), await similarCopiesFolded(store, doc, copies),
    ] as const);
    for (const s of similar) console.log(`${s.score.toFixed(3)}  ${s.doc}  ${s.title ?? '(untitled)'}  shared: ${s.shared.slice(0, 8).join(' ')}`);
    if (folded > 0) console.log(foldedNote(folded));
  });

// The database the running command works on, to name it when SQLite fails without saying which.
let activeDb: string | undefined;
program.hook('preAction', (_program, command) => {
  activeDb = (command.opts() as { db?: string }).db;
});

/** Exit code of an ingest refused because another one is writing into the database. */
const EXIT_BUSY = 4;
/** Exit code when the database or an output file cannot be used (not a database, damaged, full disk, read-only). */
const EXIT_STORAGE = 5;

program.parseAsync().catch((err: unknown) => {
  if (err instanceof IngestBusyError) {
    console.error(`planmine: ${oneLine(err.message)}`);
    process.exit(EXIT_BUSY);
  }
  const problem = storageError(err, activeDb) ?? (err instanceof PlanmineError ? err : undefined);
  if (problem) {
    console.error(`planmine: ${oneLine(problem.message)}`);
    process.exit(problem instanceof StorageError ? EXIT_STORAGE : 2);
  }
  console.error('planmine: unexpected error:', err);
  process.exit(3);
});
