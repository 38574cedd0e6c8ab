import type { SqlValue } from './connection.js';

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: SqlValue | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: (SqlValue | undefined)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Excel reads a UTF-8 CSV as the local code page unless it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
