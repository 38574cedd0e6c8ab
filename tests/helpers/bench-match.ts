// The text comparisons of the benchmark's scorer (score.mjs), shared by the tests that score
// fixtures against hand-made gold.

/** NFKC with all whitespace removed, as the scorer compares text. */
export const norm = (s: unknown): string => (s == null ? '' : String(s).normalize('NFKC').replace(/[\s\u3000]+/g, ''));

/** Character overlap (Dice coefficient over character multisets): titles match at 0.8. */
export function overlap(a: unknown, b: unknown): number {
  const [x, y] = [norm(a), norm(b)];
  if (!x || !y) return x === y ? 1 : 0;
  const count = new Map<string, number>();
  for (const ch of x) count.set(ch, (count.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of y) {
    const c = count.get(ch) ?? 0;
    if (c > 0) (common++, count.set(ch, c - 1));
  }
  return (2 * common) / ([...x].length + [...y].length);
}

/** Either text contains the other (at least two characters): how names and indicators match. */
export function contains(a: unknown, b: unknown): boolean {
  const [x, y] = [norm(a), norm(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short);
}
