// Finds numbered heading candidates: numbering at a line start, after a sentence, or right
// after a heading it belongs to, with the heading words that follow it.
import { isAsciiStop } from './ascii-stop.js';
import { decimalChapter, numberingAt, NUMBERING_START, STYLE_RANK, type NumberingMatch, type StyleName } from './numbering.js';
import { cutRunOn, datedNameEnd, firstClauseLength, gluedSentenceEnd, headingPhraseEnd, MAX_TITLE, rawTitle, RUN_ON_CLAUSE, taskHeadingEnd } from './title.js';

export interface Candidate {
  at: number;
  numbering: NumberingMatch;
  title: string;
  titleStart: number;
  /** What a list item states: its whole sentence with its stop when that fills its line, else its title. */
  statement: string;
}

const SENTENCE_END = /[。!?;]/u;
/** Headings are numbered phrases; a title that starts with a date is a dated list entry. */
const DATE_START = /^(?:(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{1,2}[-—~至]\d)/u;

/** Articles printed without line breaks need the heading words cut from the paragraph text. */
export function isRunOnText(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.length > 0);
  return lines.length > 0 && text.length / lines.length > 400;
}

function cleanTitle(title: string): string {
  return title.replace(/^[\s、.,]+|[\s、,]+$/gu, '');
}

/** Boundaries at which a numbering may open a heading. */
function boundaryKind(text: string, at: number, inlineAt: number): 'line' | 'sentence' | 'comma' | 'heading' | 'glued' {
  if (at === 0 || text[at - 1] === '\n') return 'line';
  if (at === inlineAt) return 'heading';
  const before = text[at - 1] ?? '';
  if (SENTENCE_END.test(before) || isAsciiStop(text, at - 1)) return 'sentence';
  if (before === ',') return 'comma';
  return 'glued';
}

/**
 * A heading closed by its own stop that is one short clause (`办园条件不断改善。`, `教师队伍素质提高。`)
 * is whole: a heading word inside it (条件, 队伍) does not end it, even on a page without line breaks.
 */
const SHORT_STATED_TITLE = 12;
function isShortStatedTitle(title: string, endedBy: string): boolean {
  return endedBy === 'stop' && title.length <= SHORT_STATED_TITLE && !/[,,、]/u.test(title);
}

/** Outer list styles whose next number may follow a paragraph that lost its stop and line break. */
const GLUED_STYLES = new Set<StyleName>(['chinese', 'paren-chinese']);

/** Longest name and dates of a round that stands as a heading (`夯实基础(2025年3月—4月)`). */
const MAX_ROUND_LINE = 24;
/** Whether the words after a numbering fill their line alone: a round with its work on the same line is a list entry. */
function standsAlone(text: string, from: number): boolean {
  const end = text.indexOf('\n', from);
  const line = text.slice(from, end < 0 ? text.length : end);
  return line.length <= MAX_ROUND_LINE && !/[,,。;;]/u.test(line);
}

/**
 * Decimal and round numbering count only at a line start (a round only when it fills its line); a decimal must name the chapter open above it
 * (`2.1` under `2.`) and be the next of its list, so a figure starting a line (`1.5小时的…`, `2.5万元`) is
 * never a heading.
 */
function isPlausibleDeeperNumbering(numbering: NumberingMatch, boundary: string, lastNumber: ReadonlyMap<StyleName, number>, roundStandsAlone: boolean): boolean {
  if (numbering.style === 'round') return boundary === 'line' && roundStandsAlone;
  const chapter = decimalChapter(numbering);
  if (chapter === null) return true;
  const open = lastNumber.get('arabic') ?? lastNumber.get('chinese');
  // and continue its list: `1.5小时` after `1.1` is a figure, not the fifth sub-heading
  const inSequence = numbering.number === 1 || numbering.number === (lastNumber.get(numbering.style) ?? 0) + 1;
  return boundary === 'line' && inSequence && (open === undefined || open === chapter);
}

export function findCandidates(text: string): Candidate[] {
  const runOnText = isRunOnText(text);
  const candidates: Candidate[] = [];
  const lastNumber = new Map<StyleName, number>();
  let lastTitleEnd = -1;
  // where the previous heading's words stopped because a numbering began
  let inlineAt = -1;
  for (const start of text.matchAll(NUMBERING_START)) {
    const at = start.index;
    if (candidates.length > 0 && at < lastTitleEnd) continue;
    let boundary = boundaryKind(text, at, inlineAt);
    // digits glued to words are figures (`达到95%`), never list numbers
    if (boundary === 'glued' && /[\d\u2460-\u2473]/u.test(text[at]!)) continue;
    const numbering = numberingAt(text, at);
    if (!numbering) continue;
    if (!isPlausibleDeeperNumbering(numbering, boundary, lastNumber, standsAlone(text, at + numbering.text.length))) continue;
    // `…汇报如下:一、基本情况…`, `…分三个阶段进行:(一)…`: a colon announces a list of a flattened page
    if (boundary === 'glued' && text[at - 1] === ':' && GLUED_STYLES.has(numbering.style)) boundary = 'sentence';
    // away from a line start, numbering must start or continue a list to count
    const previous = lastNumber.get(numbering.style) ?? 0;
    const inSequence = numbering.number === 1 || numbering.number === previous + 1;
    // glued to the words before it, only the next number of a list already open is a heading
    if (boundary === 'glued' && (!GLUED_STYLES.has(numbering.style) || previous === 0 || numbering.number !== previous + 1)) continue;
    if (boundary !== 'line' && !inSequence) continue;
    if (boundary === 'comma' && numbering.number === 1) continue;
    // `(一)第一轮复习:系统梳理(…)`: the round's ordinal numbers the item a second time, it names nothing
    const inner = numberingAt(text, at + numbering.text.length);
    const titleStart = at + numbering.text.length + (inner?.style === 'round' ? inner.text.length : 0);
    const raw = rawTitle(text, titleStart, numbering);
    let title = cleanTitle(raw.text);
    // an item that is one sentence on its own line states all of it; on a longer line the words after
    // a heading phrase are its paragraph's
    const statement = raw.endedBy === 'stop' && !raw.runsOn ? title + text[titleStart + raw.text.length] : null;
    const runsOnLong = raw.runsOn && (runOnText || firstClauseLength(title) > RUN_ON_CLAUSE);
    // a very long title is a heading glued to its paragraph (often by a space lost in normalization)
    const phraseEnd = datedNameEnd(title) ?? headingPhraseEnd(title) ?? gluedSentenceEnd(title) ?? taskHeadingEnd(title);
    if (phraseEnd !== null) title = title.slice(0, phraseEnd);
    else if (raw.endedBy !== 'numbering' && !isShortStatedTitle(title, raw.endedBy) && (runsOnLong || title.length > MAX_TITLE)) title = cleanTitle(cutRunOn(title));
    if (title.length < 2 || DATE_START.test(title)) continue;
    lastNumber.set(numbering.style, numbering.number);
    // a new list of a deeper style starts its numbering again
    for (const [style] of lastNumber) {
      if (STYLE_RANK[style] > STYLE_RANK[numbering.style]) lastNumber.delete(style);
    }
    candidates.push({ at, numbering, title, titleStart, statement: statement ?? title });
    lastTitleEnd = titleStart + raw.text.indexOf(title) + title.length;
    inlineAt = raw.endedBy === 'numbering' ? titleStart + raw.text.length : -1;
  }
  return candidates;
}
