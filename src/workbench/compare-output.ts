import type { Row } from '../db/connection.js';
import { csvLine } from '../db/csv.js';
import { formatTable } from '../format/table.js';
import type { CompareResult, CompareRow } from './compare.js';
import { groupValue } from './compare-summary.js';
import { roundForDisplay } from './stats.js';

const COMPARATOR_SIGNS: Record<string, string> = {
  ge: '≥', gt: '>', le: '≤', lt: '<', eq: '=', range: '', increase: '+', decrease: '−',
};

/** `≥95%`, `2–3个`, `+5百分点`: the promise as a reader would say it. */
export function formatPromise(row: Pick<CompareRow, 'comparator' | 'value' | 'value_max' | 'unit'>): string {
  const unit = row.unit === 'ratio' ? '' : row.unit;
  if (row.comparator === 'range' && row.value_max !== null) return `${row.value}–${row.value_max}${unit}`;
  return `${COMPARATOR_SIGNS[row.comparator] ?? row.comparator}${row.value}${unit}`;
}

/** The columns a researcher compares, in reading order; the group column leads when one was chosen. */
function flatRows(result: CompareResult): Row[] {
  return result.rows.map((r) => ({
    ...(result.by ? { [result.by]: groupValue(r, result.by) } : {}),
    doc: r.doc,
    organization: r.organization,
    province: r.province,
    indicator_key: r.indicator_key,
    indicator: r.indicator,
    kind: r.kind,
    comparator: r.comparator,
    value: r.value,
    value_max: r.value_max,
    unit: r.unit,
    year: r.year,
    title: r.title,
    evidence: r.evidence,
  }));
}

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

export function compareAsTable(result: CompareResult): string {
  if (result.rows.length === 0) return `no target matches ${result.words.join(' ')}`;
  const rows = result.rows.map((r) => ({
    ...(result.by ? { [result.by]: groupValue(r, result.by) } : {}),
    doc: r.doc,
    organization: r.organization,
    province: r.province,
    indicator_key: r.indicator_key,
    kind: r.kind,
    promise: formatPromise(r),
    year: r.year,
    evidence: r.evidence,
  }));
  return `${formatTable(rows, 30)}\n\nsummary (${result.rows.length} targets):\n${formatTable(summaryRows(result))}`;
}

/** Per-target rows as CSV (a spreadsheet regroups them); `summary` writes the group statistics instead. */
export function compareAsCsv(result: CompareResult, summary = false): string {
  const rows = summary ? summaryRows(result) : flatRows(result);
  const header = rows[0] ? Object.keys(rows[0]) : [];
  return csvLine(header) + rows.map((r) => csvLine(header.map((h) => r[h]))).join('');
}

export function compareAsJson(result: CompareResult): string {
  return JSON.stringify({ words: result.words, by: result.by, rows: result.rows, summary: result.summary }, null, 2);
}
