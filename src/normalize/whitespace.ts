// Removes whitespace that means nothing in Chinese text, keeping line and cell structure.
import type { Normalized } from '../types.js';
import { isAsciiPunct, isCjkPunct, isDigit, isHan, isInlineSpace } from './chars.js';
import { MappedTextBuilder } from './offsets.js';
import { MAX_SECTION_PHRASE, sectionPhraseLength } from '../text/section-phrases.js';

function isCjk(ch: string): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/**
 * A letter-spaced line (`一 、 教 学 常 规`, typical of some PDF exports) has a space after
 * almost every visible character; there even digits and Latin letters are joined.
 */
function isLetterSpaced(line: string): boolean {
  const visible = line.replace(/\s+/gu, '').length;
  if (visible < 4) return false;
  const singleGaps = line.trim().match(/(?<=\S) (?=\S)/gu)?.length ?? 0;
  return singleGaps >= (visible - 1) * 0.7;
}

/** Whether the space run between `left` and `right` on the same line is dropped. */
function dropsSpace(left: string, right: string, letterSpaced: boolean): boolean {
  if (isCjk(left) || isCjk(right)) return true;
  if (letterSpaced) return true;
  if (isDigit(left) && isDigit(right)) return false;
  // `1 .`, `( 2 )`: punctuation with a digit or other punctuation; Latin words keep their space
  const punctLeft = isAsciiPunct(left);
  const punctRight = isAsciiPunct(right);
  if (punctLeft && (punctRight || isDigit(right))) return true;
  if (punctRight && isDigit(left)) return true;
  return false;
}

/**
 * A whole article on one line (its line breaks lost in scraping) often kept a space where each
 * break was: after a sentence's stop, or before the next list number. There the space becomes a
 * line break again, so headings start lines.
 */
const RUN_ON_LINE = 200;
const STOP = /[。;!?]/u;
const LIST_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))/u;

/** A numbered heading is short and has no stop or comma: `(一)优化一日活动安排`. */
const MAX_HEADING = 24;

/** A report's unnumbered section title set off by spaces on a run-on line (`…如下: 工作亮点 学校…`). */
function isSpacedSectionTitle(line: string, right: number): boolean {
  const length = sectionPhraseLength(line.slice(right, right + MAX_SECTION_PHRASE + 1));
  return length !== null && isInlineSpace(line[right + length] ?? '');
}

function isLostBreak(line: string, left: string, right: number, segment: string): boolean {
  if (STOP.test(left) || LIST_NUMBER.test(line.slice(right, right + 6))) return true;
  if (isSpacedSectionTitle(line, right) || (segment !== '' && sectionPhraseLength(segment) === segment.length)) return true;
  // the space after a numbered heading that opened the segment, not one inside its bracketed
  // note (`(一)动员阶段(2016年 3月…)`)
  const numbering = LIST_NUMBER.exec(segment);
  if (!numbering || segment.length > MAX_HEADING || /[。;!?,]/u.test(segment)) return false;
  const words = segment.slice(numbering[0].length);
  return words.split('(').length === words.split(')').length && !isDigit(line[right] ?? '');
}

/** `1 122个`: a space printed as a thousands separator, between 1-3 digits and exactly 3. */
function isThousandsGap(line: string, spaceStart: number, spaceEnd: number): boolean {
  let l = spaceStart;
  while (l > 0 && isDigit(line[l - 1]!) && spaceStart - l <= 3) l--;
  let r = spaceEnd;
  while (r < line.length && isDigit(line[r]!) && r - spaceEnd <= 3) r++;
  const before = line[l - 1] ?? '';
  return spaceStart - l >= 1 && spaceStart - l <= 3 && r - spaceEnd === 3 && !isDigit(before) && before !== '.' && !isDigit(line[r] ?? '');
}

function normalizeLine(line: string, from: number, out: MappedTextBuilder): void {
  const letterSpaced = isLetterSpaced(line);
  const runOn = !letterSpaced && line.length >= RUN_ON_LINE;
  let trimmedEnd = line.length;
  while (trimmedEnd > 0 && isInlineSpace(line[trimmedEnd - 1]!)) trimmedEnd--;
  let i = 0;
  while (i < trimmedEnd && isInlineSpace(line[i]!)) i++;
  // where the current segment of a run-on line began: its start, or the last break restored
  let segmentStart = i;
  while (i < trimmedEnd) {
    const ch = line[i]!;
    if (!isInlineSpace(ch)) {
      out.copy(ch, from + i);
      i++;
      continue;
    }
    let j = i;
    while (j < trimmedEnd && isInlineSpace(line[j]!)) j++;
    const left = line[i - 1] ?? '';
    const right = line[j] ?? '';
    // spaces next to a cell separator are padding
    if (left === '\t' || right === '\t') {
      i = j;
      continue;
    }
    // `…汇报如下: 一、基本情况`: a colon announcing the list lost the break after it too
    if (runOn && (isCjk(left) || left === ')' || left === ':') && isLostBreak(line, left, j, i - segmentStart <= MAX_HEADING ? line.slice(segmentStart, i) : '')) {
      out.push('\n', from + i);
      segmentStart = j;
    } else if (isDigit(left) && isDigit(right) && isThousandsGap(line, i, j)) {
      // the digits join: nothing pushed
    } else if (!dropsSpace(left, right, letterSpaced)) out.push(' ', from + i);
    i = j;
  }
}

/** Whitespace inside Chinese text removed, lines trimmed, blank lines dropped; tabs kept. */
export function normalizeWhitespace(text: string): Normalized {
  const out = new MappedTextBuilder();
  let from = 0;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const lineStart = from;
    from += line.length;
    // the separator that ended this line, 1 or 2 characters
    const separator = text.startsWith('\r\n', from) ? 2 : from < text.length ? 1 : 0;
    const before = out.length;
    normalizeLine(line, lineStart, out);
    if (out.length > before && separator > 0) out.push('\n', from);
    from += separator;
  }
  const built = out.build(text.length);
  if (!built.text.endsWith('\n')) return built;
  // no trailing separator: the last paragraph ends the text
  return { text: built.text.slice(0, -1), map: built.map.slice(0, -1).fill(text.length, -1) };
}
