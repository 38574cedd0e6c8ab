import { Command, Option } from 'commander';
import { compareTargets, COMPARE_BY, type CompareBy } from './workbench/compare.js';
import { compareAsCsv, compareAsJson, compareAsTable } from './workbench/compare-output.js';
import { describedLine, metadataLine, writeMetadata } from './workbench/metadata.js';
import { TABLE_DESCRIPTIONS } from './workbench/metadata-descriptions.js';
import { withReadOnlyStore, withStore } from './db/store.js';
import { writeReport } from './workbench/report/index.js';
import { DEFAULT_DB } from './db/connection.js';
import { copyOption, addFilterOptions, filterFrom, type FilterFlags } from './cli-filters.js';
import { foldedNote } from './db/copies.js';

interface CompareFlags extends FilterFlags { by?: CompareBy; kind?: 'goal' | 'actual'; csv?: boolean; json?: boolean; summary?: boolean; db: string }

/** The researcher's commands: compare targets, the HTML report, and Datasette's metadata.json. */
export function registerWorkbenchCommands(program: Command): void {
  addFilterOptions(program
    .command('compare')
    .description('targets of one indicator side by side across articles, with count/min/median/max per group')
    .argument('<words...>', 'indicator words; a target matches when all occur in its indicator or indicator key')
    .addOption(new Option('--by <column>', 'group the summary by').choices(COMPARE_BY))
    .addOption(new Option('--kind <kind>', 'only goals (promises) or actuals (reported figures)').choices(['goal', 'actual']))
    .addOption(new Option('--csv', 'CSV rows on stdout').conflicts('json'))
    .addOption(new Option('--json', 'JSON {rows, summary} on stdout'))
    .option('--summary', 'with --csv: the group statistics instead of the rows')
    .option('--db <path>', 'database file', DEFAULT_DB), true)
    .addOption(copyOption())
    .addHelpText('after', '\nExamples:\n  planmine compare 体质健康 优秀率 --by province --kind goal\n  planmine compare 巩固率 --by year --csv > 巩固率.csv')
    .action(async (words: string[], opts: CompareFlags) => {
      const result = await withReadOnlyStore(opts.db, (store) => compareTargets(store, words, { by: opts.by, kind: opts.kind, filter: filterFrom(opts) }));
      if (opts.json) console.log(compareAsJson(result));
      else if (opts.csv) process.stdout.write(compareAsCsv(result, opts.summary ?? false));
      else console.log(compareAsTable(result));
      // CSV and JSON go to files: the note goes to the terminal (JSON also carries copiesFolded).
      if ((opts.csv || opts.json) && result.copiesFolded > 0) console.error(foldedNote(result.copiesFolded));
    });

  addFilterOptions(program
    .command('report')
    .description('one self-contained HTML page (opens offline): overview, indicator charts, phases, responsibilities, evidence')
    .option('--out <path>', 'HTML file to write', 'output/report.html')
    .option('--db <path>', 'database file', DEFAULT_DB), true)
    .addOption(copyOption())
    .addHelpText('after', '\nExample:\n  planmine report --out output/report.html && xdg-open output/report.html')
    .action(async (opts: FilterFlags & { out: string; db: string }) => {
      const bytes = await withReadOnlyStore(opts.db, (store) => writeReport(store, opts.out, { filter: filterFrom(opts) }));
      console.log(`wrote ${opts.out} (${(bytes / 1e6).toFixed(1)} MB, opens offline)`);
    });

  program
    .command('metadata')
    .description('describe every table and column where your tools show it: metadata.json beside a SQLite file (Datasette), COMMENT ON in PostgreSQL (psql \\d+, Metabase, DBeaver)')
    .option('--db <path>', 'database file or postgres:// URL', DEFAULT_DB)
    .option('--out <file>', "also write the descriptions as Datasette's metadata.json to this file")
    .option('--force', 'overwrite a metadata.json that was changed since planmine wrote it')
    .addHelpText('after', '\nExamples:\n  planmine metadata && datasette output/plans.sqlite -m output/metadata.json\n  planmine metadata --db postgres://team@dbhost/plans   # then \\d+ targets in psql')
    .action(async (opts: { db: string; out?: string; force?: boolean }) => {
      const force = opts.force ?? false;
      // Writes: SQLite's metadata.json, PostgreSQL's comments; on a database planmine made, never a new one.
      console.log(describedLine(await withStore(opts.db, { create: false }, (store) => store.describeSchema(TABLE_DESCRIPTIONS, { force }))));
      if (opts.out) console.log(metadataLine(writeMetadata(opts.db, { out: opts.out, force })));
    });
}
