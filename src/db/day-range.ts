/**
 * The first and last calendar day a pair of partial dates can mean: `2016-03` starts on 03-01,
 * and as an end it runs to 03-31. Lets SQL compute phase lengths with julianday().
 */
export function dayRange(start: string | null, end: string | null): { first: string | null; last: string | null } {
  return { first: start ? firstDay(start) : null, last: end ? lastDay(end) : null };
}

function firstDay(date: string): string | null {
  const [y, m = '01', d = '01'] = date.split('-');
  return y && /^\d{4}$/.test(y) ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : null;
}

function lastDay(date: string): string | null {
  const [y, m, d] = date.split('-');
  if (!y || !/^\d{4}$/.test(y)) return null;
  if (!m) return `${y}-12-31`;
  if (d) return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m.padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}
