// The real-style held-out set (tests/fixtures/realstyle, gold committed before planmine first ran
// on it) against floors a little under what the extractors reach now: a drop means a rule that
// handles real pages stopped working. Its first and current figures are in the README.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlRecords } from '../src/db/export-jsonl.js';
import { parseJsonl, score, type Row } from '../src/bench/score.js';
import { freshDatabase, ingestInline, tempDir } from './helpers/db.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'realstyle');
/** The set's own notes and gold sit beside the pages; they are not pages to ingest. */
const NOT_PAGES = new Set(['gold.jsonl', 'README.md']);

describe('real-style held-out pages against their hand-made gold', async () => {
  const gold = parseJsonl(readFileSync(join(FIXTURES, 'gold.jsonl'), 'utf8'), 'realstyle/gold.jsonl');
  const pages = tempDir('planmine-realstyle-');
  for (const name of readdirSync(FIXTURES).filter((n) => !NOT_PAGES.has(n))) cpSync(join(FIXTURES, name), join(pages, name));
  const { db } = await freshDatabase();
  const summary = await ingestInline(db, [pages]);
  const pred: Row[] = [];
  for await (const row of jsonlRecords(db)) pred.push(row);
  await db.close();
  const report = score(gold, pred);

  it('rejects no page and finds every article, and only them', () => {
    expect(summary.failed).toBe(0);
    const docs = pred.filter((r) => r.type === 'document').map((r) => r.doc).sort();
    expect(docs).toEqual(gold.filter((r) => r.type === 'document').map((r) => r.doc).sort());
  });

  it.each([
    ['target', 0.95],
    ['phase', 0.82],
    ['party', 0.77],
    ['heading', 0.93],
  ] as const)('%s F1 stays at or above %f', (type, floor) => {
    expect(report[type].f1).toBeGreaterThanOrEqual(floor);
  });

  it('document fields agree with the gold', () => {
    expect(report.documents.field_mean).toBeGreaterThanOrEqual(0.9);
  });
});
