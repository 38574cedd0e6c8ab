// A table of contents printed before the text it lists (文库 pages, Word templates): its entries are
// numbered like headings, one per line, with no body between them, often with dot leaders and page
// numbers (`二、工作目标……………1`). The same headings then open the real sections below.
import type { Candidate } from './candidates.js';

/** Dot leaders and a page number after an entry's words. */
const LEADER_AND_PAGE = /[\s.…·•—_-]*\d{0,3}$/u;
/** A contents block lists at least this many entries; two headings in a row are just an empty section. */
const MIN_ENTRIES = 3;

const entryKey = (c: Candidate) => `${c.numbering.style}|${c.numbering.number}|${c.title.replace(LEADER_AND_PAGE, '')}`;

/** Whether `next` starts on the line right after `current`'s, so nothing stands between them. */
function adjacent(text: string, current: Candidate, next: Candidate): boolean {
  const lineEnd = text.indexOf('\n', current.titleStart);
  return lineEnd >= 0 && lineEnd + 1 === next.at && text.lastIndexOf('\n', next.at - 1) === lineEnd;
}

/**
 * Drops the entries of a contents block: a run of heading candidates on consecutive lines, none with
 * a body, whose entries all open sections again later in the same order. Requiring the repeat keeps
 * a run of empty headings in a real outline (一、 followed at once by (一)) as headings.
 */
export function dropContents(text: string, candidates: readonly Candidate[]): Candidate[] {
  const dropped = new Set<number>();
  let i = 0;
  while (i < candidates.length) {
    let j = i;
    while (j + 1 < candidates.length && adjacent(text, candidates[j]!, candidates[j + 1]!)) j++;
    // the real first heading may sit on the line right after the block: the block is the longest head of the run that repeats
    let last = j;
    while (last - i + 1 >= MIN_ENTRIES && !repeatsLater(candidates, i, last)) last--;
    if (last - i + 1 >= MIN_ENTRIES) for (let k = i; k <= last; k++) dropped.add(k);
    i = j + 1;
  }
  return candidates.filter((_, k) => !dropped.has(k));
}

/** Whether entries i..j appear again, in order, among the candidates after them. */
function repeatsLater(candidates: readonly Candidate[], i: number, j: number): boolean {
  let next = j + 1;
  for (let k = i; k <= j; k++) {
    const key = entryKey(candidates[k]!);
    while (next < candidates.length && entryKey(candidates[next]!) !== key) next++;
    if (next >= candidates.length) return false;
    next++;
  }
  return true;
}
