import type { SqlValue } from './connection.js';

/**
 * Text a spreadsheet would run as a formula: OWASP's list of leading characters (`=`, `+`, `-`,
 * `@`, tab, carriage return). File names and scraped text can start with any of them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A string that a spreadsheet
 * would read as a formula is neutralized the OWASP way (a leading `'`, and quoted), so opening an
 * export in Excel never runs what a scraped page wrote. Only strings: a JS number such as -5 is a
 * real number from a numeric column and stays bare, so researchers' numeric columns stay numeric.
 */
export function csvField(value: SqlValue | undefined): string {
  if (value === null || value === undefined) return '';
  // A BigInt (a large INTEGER column) is a number too; anything else (a blob) is written as text.
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const s = String(value);
  if (FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: (SqlValue | undefined)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Excel reads a UTF-8 CSV as the local code page unless it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
