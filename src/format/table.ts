import type { Row } from '../db/connection.js';

/** East Asian wide characters take two terminal columns. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

function cell(value: unknown, max: number): string {
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
  const columns = Object.keys(rows[0]!);
  const cells = rows.map((r) => columns.map((c) => cell(r[c], maxWidth)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]!))));
  const pad = (s: string, w: number): string => s + ' '.repeat(w - displayWidth(s));
  const line = (values: string[]): string => values.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
