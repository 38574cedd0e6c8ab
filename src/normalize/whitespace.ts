// Removes whitespace that means nothing in Chinese text, keeping line and cell structure.
import type { Normalized } from '../types.js';
import { isAsciiPunct, isCjkPunct, isDigit, isHan, isInlineSpace } from './chars.js';
import { MappedTextBuilder } from './offsets.js';

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

function normalizeLine(line: string, from: number, out: MappedTextBuilder): void {
  const letterSpaced = isLetterSpaced(line);
  let trimmedEnd = line.length;
  while (trimmedEnd > 0 && isInlineSpace(line[trimmedEnd - 1]!)) trimmedEnd--;
  let i = 0;
  while (i < trimmedEnd && isInlineSpace(line[i]!)) i++;
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
    if (left !== '\t' && right !== '\t' && !dropsSpace(left, right, letterSpaced)) out.push(' ', from + i);
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
