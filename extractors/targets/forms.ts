// The written forms of a quantity other than number-plus-unit: fractions, ratios, ranks and
// percentage ranges. Each reads the form at a numeral's offset or returns null.
import { fractionPercent, parseNumeral, round } from '../../src/text/numerals.js';
import type { Quantity } from './quantities.js';

/** The upper end of `10%-15%`: a range whose unit is written twice. */
export function percentRangeEnd(text: string, at: number, unit: string): { end: number; value: number } | null {
  if (unit !== '%') return null;
  const m = /^\s?(?:-|~|～|—|–|到|至)\s?(\d+(?:\.\d+)?)%/.exec(text.slice(at, at + 16));
  return m ? { end: at + m[0].length, value: Number(m[1]) } : null;
}

/** `1/3` → 33.33 %, `三分之一` → 33.33 %. */
export function readFraction(text: string, start: number, token: string): Quantity | null {
  const base = { valueMax: null, formComparator: null, percentagePoints: false, impliedPercent: false };
  const words = /^分之([〇零一二两三四五六七八九十百]+|\d+)/.exec(text.slice(start + token.length));
  if (words) {
    const value = fractionPercent(parseNumeral(words[1]!), parseNumeral(token));
    if (value === null) return null;
    return { ...base, start, end: start + token.length + words[0].length, value, unit: '%', unitClass: 'percent', chinese: true };
  }
  const digits = /^(\d{1,3})\/(\d{1,3})(?![\d\/.A-Za-z])/.exec(text.slice(start));
  if (!digits || !/^\d+$/.test(token)) return null;
  const value = fractionPercent(Number(digits[1]), Number(digits[2]));
  if (value === null) return null;
  return { ...base, start, end: start + digits[0].length, value, unit: '%', unitClass: 'percent', chinese: false };
}

/** `1:8.98` → 0.1114, `3:4:8` → 3/8: only where the text speaks of a ratio or the figures cannot be a time. */
export function readRatio(text: string, start: number, token: string): Quantity | null {
  const m = /^(\d+(?:\.\d+)?)((?::\d+(?:\.\d+)?){1,2})(?![\d:])/.exec(text.slice(start));
  if (!m || !/^\d/.test(token)) return null;
  const parts = [m[1]!, ...m[2]!.slice(1).split(':')].map(Number);
  const cue = /比|生均|配比|配备/.test(text.slice(Math.max(0, start - 8), start));
  const decimal = m[0].includes('.');
  if (!cue && !decimal) return null;
  const last = parts[parts.length - 1]!;
  if (last === 0) return null;
  return {
    start, end: start + m[0].length, value: round(parts[0]! / last), valueMax: null, unit: 'ratio', unitClass: 'ratio',
    formComparator: null, percentagePoints: false, impliedPercent: false, chinese: false,
  };
}

/** `前三名` (rank 3 or better: le) and `第一名` (eq). */
export function readRank(text: string, start: number, end: number, value: number | null, before: string): Quantity | null {
  if (value === null || !/^[名位强]/.test(text[end] ?? '')) return null;
  if (before === '第' && text[end] !== '名') return null;
  return {
    start: start - 1, end: end + 1, value, valueMax: null, unit: '名次', unitClass: 'rank',
    formComparator: before === '前' ? 'le' : 'eq', percentagePoints: false, impliedPercent: false, chinese: !/\d/.test(text[start] ?? ''),
  };
}

