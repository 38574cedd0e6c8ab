// Headings that reach us without numbering (a Word heading style with no list attached) get the
// numbering a Chinese plan prints for that level, so heading detection sees what the txt shows.
import type { CheerioAPI } from 'cheerio';
import { chineseCounting } from './list-labels.js';

/** `一、`, `（二）`, `3.`, `第四章`… at the start of a heading. */
export const LEADING_NUMBER =
  /^\s*(?:[一二三四五六七八九十百〇零]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+(?:\.\d+)*\s*[、.．)）]?|第[一二三四五六七八九十百\d]+[章节部分篇条]|[①-⑳])/;

export function restoreHeadingNumbers($: CheerioAPI): void {
  let major = 0;
  let minor = 0;
  $('h1, h2').each((_, element) => {
    const heading = $(element);
    const level = element.tagName.toLowerCase() === 'h1' ? 1 : 2;
    if (level === 1) {
      major++;
      minor = 0;
    } else {
      minor++;
    }
    if (LEADING_NUMBER.test(heading.text())) return;
    const label = level === 1 ? `${chineseCounting(major)}、` : `（${chineseCounting(minor)}）`;
    heading.prepend(label);
  });
}
