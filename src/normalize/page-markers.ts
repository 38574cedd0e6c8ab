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
  return withoutCuts(text, cuts);
}

/** `text` without the given ranges (in order, not overlapping), each kept character mapped to its offset. */
function withoutCuts(text: string, cuts: readonly { start: number; end: number }[]): Normalized {
  const out = new MappedTextBuilder();
  let at = 0;
  for (const cut of cuts) {
    out.copy(text.slice(at, cut.start), at);
    at = cut.end;
  }
  out.copy(text.slice(at), at);
  return out.build(text.length);
}

/** `第1页,共3页`, `共5页 第2页`, `- 3 -`: a converted document's page footer on a line of its own. */
const PAGE_LINE = /^(?:第\s*\d{1,3}\s*页\s*[,,/]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*[,,/]?\s*第\s*\d{1,3}\s*页|-\s*\d{1,3}\s*-)$/u;
const SENTENCE_END = /[。!?;:!?;:]/u;
const OPENS_ITEM = /^(?:[一二三四五六七八九十]{1,3}[、.]|\(|\d{1,2}[、.]|第[一二三四五六七八九十\d]+[章节部分篇])/u;

/** A page's running header (the title printed on every page) after the footer is no continuation. */
function repeatsLineBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
  const nextEnd = text.indexOf('\n', end + 1);
  return before.length > 0 && before === text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
}

/**
 * Removes page footer lines from inside the text. A footer that fell into a sentence (the line
 * before it has no stop, and the line after neither opens an item nor repeats the line before)
 * takes its line breaks with it, so the sentence is whole again.
 */
export function removePageFooterLines(text: string): Normalized {
  const cuts: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.matchAll(/[^\n]+/gu)) {
    if (!PAGE_LINE.test(line[0].trim())) continue;
    const start = line.index;
    const end = start + line[0].length;
    const runsOn = start > 0 && !SENTENCE_END.test(text[start - 2] ?? '') && !OPENS_ITEM.test(text.slice(end + 1, end + 8)) && !repeatsLineBefore(text, start, end);
    const cutFrom = start > 0 ? start - 1 : start;
    const cutTo = (runsOn || start === 0) && text[end] === '\n' ? end + 1 : end;
    if (cutFrom < at) continue;
    cuts.push({ start: cutFrom, end: cutTo });
    at = cutTo;
  }
  return withoutCuts(text, cuts);
}

/** `1、…` `2、…`: a sharing site's preview that opens each page's text with its number. */
const PAGE_PREFIX = /^(\d{1,3})、/u;
/** A page of text run onto one line is long; list items are not. */
const MIN_PAGE_LINE = 150;

/**
 * Removes page numbers a document preview put before each page (`1、…`, `2、…`, `3、…`), which
 * land inside words (`学\n2、校占地面积`): a run of lines numbered 1, 2, 3… in which each line
 * before the next number is a long page that ends mid-sentence. The page is joined to the one
 * before it, so the word is whole again. Lists never look like this: their items are short or end
 * with a stop.
 */
export function removePagePrefixes(text: string): Normalized {
  const lines = [...text.matchAll(/[^\n]+/gu)].map((m) => ({ start: m.index, text: m[0] }));
  const cuts: { start: number; end: number }[] = [];
  let run: { start: number; end: number }[] = [];
  let expected = 1;
  lines.forEach((line, i) => {
    const number = Number(PAGE_PREFIX.exec(line.text)?.[1] ?? 0);
    const previous = lines[i - 1];
    const continues = number === expected && number > 1 && previous !== undefined && previous.text.length >= MIN_PAGE_LINE && !SENTENCE_END.test(previous.text.at(-1)!);
    if (continues) {
      // the line break and the number go: the page runs on from the one before
      run.push({ start: line.start - 1, end: line.start + String(number).length + 1 });
      expected++;
      return;
    }
    if (run.length >= 2) cuts.push(...run);
    run = number === 1 ? [{ start: line.start, end: line.start + 2 }] : [];
    expected = number === 1 ? 2 : 1;
  });
  if (run.length >= 2) cuts.push(...run);
  return withoutCuts(text, cuts);
}
