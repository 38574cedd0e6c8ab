import { escapeHtml } from './escape.js';
import type { Count, PartyLoad, PhaseBar, TargetPoint } from './data.js';

export interface Column<T> {
  head: string;
  cell: (row: T) => unknown;
  className?: string;
  /** What the column sorts by when the shown text would sort wrongly (`≥30%` is the number 30). */
  sortValue?: (row: T) => number | null;
}

/** A table whose every cell is escaped; `rowId` gives rows an anchor that charts link to. */
export function htmlTable<T>(rows: readonly T[], columns: readonly Column<T>[], rowId?: (row: T, index: number) => string): string {
  if (rows.length === 0) return '<p class="muted">Nothing found in the database.</p>';
  const head = columns.map((c) => `<th>${escapeHtml(c.head)}</th>`).join('');
  const body = rows
    .map((row, i) => {
      const id = rowId ? ` id="${escapeHtml(rowId(row, i))}"` : '';
      const cells = columns.map((c) => {
        const sort = c.sortValue ? ` data-sort="${escapeHtml(c.sortValue(row))}"` : '';
        return `<td${c.className ? ` class="${c.className}"` : ''}${sort}>${escapeHtml(c.cell(row))}</td>`;
      }).join('');
      return `<tr${id}>${cells}</tr>`;
    })
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export const countTable = (rows: readonly Count[], head: string): string =>
  htmlTable(rows, [{ head, cell: (r) => r.name }, { head: 'articles', cell: (r) => r.count, className: 'num' }]);

export const targetTable = (rows: readonly TargetPoint[]): string =>
  htmlTable(
    rows,
    [
      { head: 'indicator key', cell: (r) => r.indicatorKey },
      { head: 'indicator', cell: (r) => r.indicator },
      { head: 'kind', cell: (r) => r.kind },
      { head: 'value', cell: (r) => r.promise, className: 'num', sortValue: (r) => r.value },
      { head: 'year', cell: (r) => r.year, className: 'num', sortValue: (r) => r.year },
      { head: 'organization', cell: (r) => r.organization },
      { head: 'province', cell: (r) => r.province },
      { head: 'article', cell: (r) => r.doc },
      { head: 'evidence', cell: (r) => r.evidence, className: 'ev' },
    ],
    (r) => `target-${r.id}`,
  );

export const phaseTable = (rows: readonly PhaseBar[]): string =>
  htmlTable(rows, [
    { head: 'article', cell: (r) => r.doc },
    { head: 'organization (or title)', cell: (r) => r.label },
    { head: '#', cell: (r) => r.ordinal, className: 'num' },
    { head: 'phase', cell: (r) => r.name },
    { head: 'start', cell: (r) => r.startDate },
    { head: 'end', cell: (r) => r.endDate },
    { head: 'days', cell: (r) => r.days, className: 'num' },
    { head: 'evidence', cell: (r) => r.evidence, className: 'ev' },
  ]);

export const partyTable = (rows: readonly PartyLoad[]): string =>
  htmlTable(
    rows,
    [
      { head: 'unit or role', cell: (r) => r.party },
      { head: 'kind', cell: (r) => r.kind },
      { head: 'assignments', cell: (r) => r.assignments, className: 'num' },
      { head: 'articles', cell: (r) => r.articles, className: 'num' },
      { head: 'example task', cell: (r) => r.task },
      { head: 'evidence', cell: (r) => r.evidence, className: 'ev' },
    ],
    (_r, i) => `party-${i}`,
  );
