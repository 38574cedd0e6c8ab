// Paragraph lines of an article with their spans, so every fact can point back at its evidence.
import type { Span } from '../../src/types.js';

export interface Line extends Span {
  text: string;
}

/** Non-blank lines of `text`, trimmed, each with the span of its trimmed text. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed });
    at += raw.length + 1;
  }
  return lines;
}

/** The text with `《…》` titles of other documents masked out (same length, so spans still hold). */
export function maskCitedTitles(text: string): string {
  return text.replace(/《[^《》\n]{0,80}》/g, (m) => '　'.repeat(m.length));
}

/** Where the article's own words end: a reference list (`参考文献`) is other people's text. */
export function bodyEnd(text: string): number {
  const refs = /(?:^|\n)\s*(?:参考文献|主要参考文献|参考资料)\s*[::]?\s*(?:\n|$)/.exec(text);
  return refs ? refs.index : text.length;
}
