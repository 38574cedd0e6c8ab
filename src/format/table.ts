import type { Row } from '../db/connection.js';

/** East Asian wide characters take two terminal columns. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/** One cell on one line, cut with `…` past `max` columns. */
export function cell(value: unknown, max: number): string {
  const s = value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ');
  if (max <= 0 || displayWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

/** Rows as an aligned text table for a terminal; long cells are cut at `maxWidth` columns (0: never). */
export function formatTable(rows: Row[], maxWidth = 40): string {
  if (rows.length === 0) return '(no rows)';
  const layout = tableLayout(rows, maxWidth);
  return [layout.header, ...rows.map(layout.line)].join('\n');
}

/**
 * Column widths fitted to `rows`; `line` lays out any later row in the same widths (cutting what
 * is longer), so a long result can be printed as it comes after sizing on its first rows.
 */
export function tableLayout(rows: Row[], maxWidth: number): { header: string; line: (row: Row) => string } {
  const columns = Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => columns.map((c) => cell(r[c], maxWidth)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]!))));
  // A later row's cell wider than its column (possible only when nothing is cut) just pushes the rest right.
  const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  const join = (values: string[]): string => values.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return {
    header: [join(columns), join(widths.map((w) => '-'.repeat(w)))].join('\n'),
    line: (row) => join(columns.map((c, i) => cell(row[c], maxWidth <= 0 ? 0 : widths[i]!))),
  };
}
