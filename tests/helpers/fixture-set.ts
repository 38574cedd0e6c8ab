// One held-out fixture folder (pages beside their gold.jsonl and README.md) ingested into a fresh
// database, exported as JSON Lines and scored with the benchmark's rules, as `npm run accuracy` does.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonlRecords } from '../../src/db/export-jsonl.js';
import { parseJsonl, score, type Report, type Row } from '../../src/bench/score.js';
import { freshDatabase, ingestInline, tempDir } from './db.js';

/** The set's own notes and gold sit beside the pages; they are not pages to ingest. */
const NOT_PAGES = new Set(['gold.jsonl', 'README.md']);

export interface ScoredSet {
  gold: Row[];
  pred: Row[];
  report: Report;
  failed: number;
}

export async function scoreFixtureSet(folder: string): Promise<ScoredSet> {
  const gold = parseJsonl(readFileSync(join(folder, 'gold.jsonl'), 'utf8'), join(folder, 'gold.jsonl'));
  // staged copy: ids stay relative to the set's folder without the gold and notes becoming pages
  const pages = tempDir('planmine-heldset-');
  for (const name of readdirSync(folder).filter((n) => !NOT_PAGES.has(n))) cpSync(join(folder, name), join(pages, name));
  const { db } = await freshDatabase();
  const summary = await ingestInline(db, [pages]);
  const pred: Row[] = [];
  for await (const row of jsonlRecords(db)) pred.push(row);
  await db.close();
  return { gold, pred, report: score(gold, pred), failed: summary.failed };
}

/** The article ids of one side, sorted, to compare the articles found with the gold's. */
export const documentIds = (rows: Row[]): unknown[] => rows.filter((r) => r.type === 'document').map((r) => r.doc).sort();
