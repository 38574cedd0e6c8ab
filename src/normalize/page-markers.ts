// Removes page counters (`1/22`, `2/22`, …) that a converted document left inside its text,
// often in the middle of a word or a number's sentence (`寒假第一2/22周`).
import type { Normalized } from '../types.js';
import { MappedTextBuilder } from './offsets.js';

const COUNTER = /(?<![\d./])(\d{1,3})\/(\d{1,3})(?![\d./%])/gu;
/** Fewer counters than this in one sequence may be fractions (1/3, 2/3), not pages. */
const MIN_PAGES = 3;

/**
 * Counters are `n/total` with one total, n running 1, 2, 3… through the text in order; a
 * sequence of at least three is page numbering, which fractions in a plan never form.
 */
export function removePageCounters(text: string): Normalized {
  const byTotal = new Map<string, { start: number; end: number; n: number }[]>();
  for (const m of text.matchAll(COUNTER)) {
    const total = m[2]!;
    const n = Number(m[1]);
    if (n < 1 || n > Number(total)) continue;
    const seen = byTotal.get(total) ?? [];
    // keep only counters that continue the run (n = previous + 1)
    const last = seen[seen.length - 1];
    const counter = { start: m.index, end: m.index + m[0].length, n };
    if (!last || n === last.n + 1) seen.push(counter);
    // a run that never got going was fractions; a new one may start at page 1
    else if (n === 1 && seen.length < MIN_PAGES) seen.splice(0, seen.length, counter);
    byTotal.set(total, seen);
  }
  const cuts = [...byTotal.values()].filter((run) => run.length >= MIN_PAGES && run[0]!.n <= 2).flat().sort((a, b) => a.start - b.start);
  const out = new MappedTextBuilder();
  if (cuts.length === 0) {
    out.copy(text, 0);
    return out.build(text.length);
  }
  let at = 0;
  for (const cut of cuts) {
    out.copy(text.slice(at, cut.start), at);
    at = cut.end;
  }
  out.copy(text.slice(at), at);
  return out.build(text.length);
}
