// Section titles printed without numbering (基本情况, 存在的问题, 今后努力方向): on a line of their
// own, before a colon, or glued to the paragraph after them where the line break was lost.
import type { Candidate } from './candidates.js';
import type { NumberingMatch } from './numbering.js';
import { MAX_SECTION_PHRASE, sectionPhraseLength, startsParagraph } from '../text/section-phrases.js';

const UNNUMBERED: NumberingMatch = { style: 'bare', number: 0, text: '' };
/** Where an unnumbered title may start: a line start, or after a stop or a colon (`…汇报如下:基本情况…`). */
const OPENINGS = /(?:^|(?<=[\n。!?;:]))(?=[^\s])/gu;
/** How much of the paragraph after a glued title is read to tell it from a sentence's subject. */
const LOOK_AHEAD = 12;

/** Whether what follows a section title ends it: the line's end (with text after it), a colon, or a paragraph's opening words. */
function endsTitle(text: string, end: number): boolean {
  const rest = text.slice(end, end + LOOK_AHEAD);
  if (rest.startsWith('\n')) return /\S/u.test(text.slice(end, end + 200));
  if (/^[:。]\s*(?:\n|$)/u.test(rest)) return end + 2 < text.length;
  return rest.startsWith(':') || startsParagraph(rest);
}

export function findUnnumberedTitles(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(OPENINGS)) {
    const at = m.index;
    const length = sectionPhraseLength(text.slice(at, at + MAX_SECTION_PHRASE + 1));
    if (length === null || !endsTitle(text, at + length)) continue;
    const title = text.slice(at, at + length);
    found.push({ at, numbering: UNNUMBERED, title, titleStart: at, statement: title });
  }
  return found;
}

/** The head noun that ends a section title (`存在的问题` → 问题). */
const headNoun = (title: string): string => title.slice(-2);

/**
 * Unnumbered titles among the numbered headings: none inside a numbered heading's words, and none
 * that repeats the words or the head noun of the `一、` heading above it (`三、存在问题及整改措施` then
 * `存在的问题`, `二、主要做法及成效` then `主要成效`): those title subsections the numbering does not show.
 */
export function mergeUnnumbered(numbered: readonly Candidate[], unnumbered: readonly Candidate[]): Candidate[] {
  const all = [...numbered, ...unnumbered].sort((a, b) => a.at - b.at);
  const kept: Candidate[] = [];
  let outer: Candidate | undefined;
  let lastEnd = -1;
  for (const candidate of all) {
    const isBare = candidate.numbering.style === 'bare';
    if (isBare && (candidate.at < lastEnd || outer?.title.includes(headNoun(candidate.title)))) continue;
    kept.push(candidate);
    if (!isBare) lastEnd = candidate.titleStart + candidate.title.length;
    // an unnumbered title at the top level closes the numbered section before it
    if (candidate.numbering.style === 'chinese') outer = candidate;
    else if (isBare) outer = undefined;
  }
  return kept;
}
