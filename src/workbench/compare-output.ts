import type { Row } from '../db/connection.js';
import { csvLine, UTF8_BOM } from '../db/csv.js';
import { formatTable } from '../format/table.js';
import type { CompareResult, CompareRow } from './compare.js';
import { groupValue } from './compare-summary.js';
import { roundForDisplay } from './stats.js';
import { foldedNote } from '../db/copies.js';

const COMPARATOR_SIGNS: Record<string, string> = {
  ge: '≥', gt: '>', le: '≤', lt: '<', eq: '=', range: '', increase: '+', decrease: '−',
};

/** `≥95%`, `2–3个`, `+5百分点`: the promise as a reader would say it. */
export function formatPromise(row: Pick<CompareRow, 'comparator' | 'value' | 'value_max' | 'unit'>): string {
  const unit = row.unit === 'ratio' ? '' : row.unit;
  if (row.comparator === 'range' && row.value_max !== null) return `${row.value}–${row.value_max}${unit}`;
  return `${COMPARATOR_SIGNS[row.comparator] ?? row.comparator}${row.value}${unit}`;
}

const ROW_COLUMNS = ['doc', 'organization', 'province', 'indicator_key', 'indicator', 'kind', 'comparator', 'value', 'value_max', 'unit', 'year', 'title', 'evidence'] as const;

/** Puts the grouping column (itself one of the row's columns) first, where the eye starts. */
function leading<T extends string>(columns: readonly T[], by: string | null): T[] {
  return by ? [...columns.filter((c) => c === by), ...columns.filter((c) => c !== by)] : [...columns];
}

/** The columns a researcher compares, in reading order, values as stored (an empty cell is unknown). */
function flatRows(result: CompareResult): { header: string[]; rows: Row[] } {
  const header = leading(ROW_COLUMNS, result.by);
  return { header, rows: result.rows.map((r) => Object.fromEntries(header.map((c) => [c, r[c]]))) };
}

const SUMMARY_COLUMNS = (result: CompareResult): string[] =>
  [result.by ?? 'group', 'indicator_key', 'kind', 'measure', 'unit', 'count', 'articles', 'min', 'median', 'max'];

function summaryRows(result: CompareResult): Row[] {
  return result.summary.map((g) => ({
    [result.by ?? 'group']: g.group,
    indicator_key: g.indicator_key,
    kind: g.kind,
    measure: g.measure,
    unit: g.unit,
    count: g.count,
    articles: g.articles,
    min: roundForDisplay(g.min),
    median: roundForDisplay(g.median),
    max: roundForDisplay(g.max),
  }));
}

/** `体质健康优秀率 goal ≥30% (2025)`: one target as it stands beside the others of its article. */
function targetCell(row: CompareRow): string {
  return `${row.indicator_key} ${row.kind} ${formatPromise(row)}${row.year === null ? '' : ` (${row.year})`}`;
}

/** One row per article, its matching targets side by side, in the order the articles first appear. */
function articleRows(result: CompareResult): Row[] {
  const byDoc = new Map<string, { first: CompareRow; targets: string[] }>();
  for (const row of result.rows) {
    const entry = byDoc.get(row.doc) ?? { first: row, targets: [] };
    entry.targets.push(targetCell(row));
    byDoc.set(row.doc, entry);
  }
  const header = leading(['doc', 'organization', 'province', 'targets'] as const, result.by);
  return [...byDoc.values()].map(({ first, targets }) => {
    const cells: Row = { doc: first.doc, organization: first.organization, province: first.province, targets: targets.join('; ') };
    return Object.fromEntries(header.map((c) => [c, c === result.by ? groupValue(first, result.by) : (cells[c] ?? null)]));
  });
}

export function compareAsTable(result: CompareResult): string {
  const folded = foldedNote(result.copiesFolded);
  if (result.rows.length === 0) return `no target matches ${result.words.join(' ')}${folded ? ` ${folded}` : ''}`;
  const articles = articleRows(result);
  return `${formatTable(articles, 60)}

summary (${result.rows.length} targets in ${articles.length} articles)${folded ? ` ${folded}` : ''}:
${formatTable(summaryRows(result))}`;
}

/** Per-target rows as CSV with a BOM (a spreadsheet regroups them); `summary` writes the group statistics instead. */
export function compareAsCsv(result: CompareResult, summary = false): string {
  const { header, rows } = summary ? { header: SUMMARY_COLUMNS(result), rows: summaryRows(result) } : flatRows(result);
  return UTF8_BOM + csvLine(header) + rows.map((r) => csvLine(header.map((h) => r[h]))).join('');
}

export function compareAsJson(result: CompareResult): string {
  return JSON.stringify({ words: result.words, by: result.by, rows: result.rows, summary: result.summary, copiesFolded: result.copiesFolded }, null, 2);
}
