// Numerals as they appear in list numbering and article markers.
import { parseChineseInteger } from '../text/numerals.js';

/** `十二` → 12, `二十一` → 21, `7` → 7; NaN when it is not a numeral. */
export function parseSmallNumber(numeral: string): number {
  if (/^\d+$/u.test(numeral)) return Number(numeral);
  return parseChineseInteger(numeral) ?? NaN;
}

/** One character of a Chinese list number (一、 十二、 两篇). */
export const CHINESE_NUMERAL = '[一二三四五六七八九十〇零两]';
