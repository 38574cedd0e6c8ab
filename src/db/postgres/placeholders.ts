/**
 * Portable SQL writes `?` for each parameter; PostgreSQL numbers them ($1, $2 …). Question marks
 * inside string literals, quoted identifiers and comments are text, not parameters.
 */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      const close = closingQuote(sql, i, ch);
      out += sql.slice(i, close + 1);
      i = close;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const eol = sql.indexOf('\n', i);
      const end = eol < 0 ? sql.length : eol;
      out += sql.slice(i, end);
      i = end - 1;
    } else if (ch === '?') {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Index of the quote that closes the one at `open` (a doubled quote is an escaped one). */
function closingQuote(sql: string, open: number, quote: string): number {
  for (let i = open + 1; i < sql.length; i++) {
    if (sql[i] !== quote) continue;
    if (sql[i + 1] === quote) i++;
    else return i;
  }
  return sql.length - 1;
}
