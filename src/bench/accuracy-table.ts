// The two tables `npm run accuracy` prints: F1 per record type, then field agreement (document
// fields among gold articles; target comparator, kind, year and indicator among matched targets).
import type { Report, TypeScore } from './score.js';

export interface ScoredSet {
  name: string;
  files: number;
  failed: number;
  report: Report;
}

/** The target fields shown in the second table, in the order score.mjs reports them. */
export const TARGET_FIELDS = ['comparator', 'kind', 'year', 'indicator'] as const;
const DOCUMENT_COLUMNS = ['title', 'organization', 'province', 'date', 'doc_type'] as const;

const fixed = (x: number): string => x.toFixed(3);
// a record type the set has none of, in gold or export, has no F1 to speak of
const f1Cell = (t: TypeScore): string => (t.gold === 0 && t.pred === 0 ? 'n/a' : fixed(t.f1));

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function recordTypesTable(results: ScoredSet[]): string {
  return table(
    ['set', 'articles', 'failed files', 'targets', 'phases', 'parties', 'headings', 'documents'],
    results.map((r) => [
      r.name,
      `${r.report.documents.matched}/${r.report.documents.gold} (+${r.report.documents.pred - r.report.documents.matched})`,
      `${r.failed}/${r.files}`,
      f1Cell(r.report.target),
      f1Cell(r.report.phase),
      f1Cell(r.report.party),
      f1Cell(r.report.heading),
      fixed(r.report.documents.field_mean),
    ]),
  );
}

export function fieldsTable(results: ScoredSet[]): string {
  const doc = (r: ScoredSet, f: string): number => r.report.documents.accuracy[f] ?? 0;
  // with no matched target there is no share to speak of
  const agree = (r: ScoredSet, f: string): string => (r.report.target.matched ? fixed(r.report.target.accuracy[f] ?? 0) : 'n/a');
  return table(
    ['set', ...DOCUMENT_COLUMNS, 'period', 'relevant', ...TARGET_FIELDS],
    results.map((r) => [
      r.name,
      ...DOCUMENT_COLUMNS.map((f) => fixed(doc(r, f))),
      fixed((doc(r, 'period_start') + doc(r, 'period_end')) / 2),
      fixed(doc(r, 'relevant')),
      ...TARGET_FIELDS.map((f) => agree(r, f)),
    ]),
  );
}

export function accuracyTables(results: ScoredSet[]): string {
  return [
    recordTypesTable(results),
    '\nF1 per record type; documents = mean document-field accuracy; articles = found/gold (+spurious)\n',
    fieldsTable(results),
    '\ndocument fields: share of gold articles (period = mean of start and end); comparator, kind, year, indicator: share of matched targets (indicator: either name holds the other, as score.mjs pairs them)',
  ].join('\n');
}
