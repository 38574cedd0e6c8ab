// Places where a number is part of a name rather than a measure: titles in 《》, short quoted set
// phrases (“七个提升”, “三个增长”), indicator codes with their weights (B2(4分)), a document site's
// prices, and 一 used as an article (达到一个新台阶).
import type { Span } from '../../src/types.js';

/** Quoted phrases up to this length are names or slogans, not statements of a level. */
const MAX_SET_PHRASE = 12;

export function excludedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  };
  add(/《[^《》\n]{0,80}》/g);
  add(new RegExp(`[“「『][^“”「」『』\\n]{1,${MAX_SET_PHRASE}}[”」』]`, 'g'));
  // Indicator codes and their weights: B2(4分), B3(4)分, A12(10分).
  add(/[A-Z][0-9]{1,2}\s?\([0-9.]+\)?分?\)?/g);
  // Project names built from numbers: 2+1工程, 4162工程, 51+1活动.
  // A document-sharing site's price and points (价格:9.9元, 下载所需积分:3, ¥5.00): page chrome, not a figure.
  add(/(?:价格|售价|原价|现价|定价|付费(?:下载)?|所需积分|积分|[¥￥])\s*[::]?\s*[0-9]+(?:\.[0-9]+)?\s*(?:元|积分|分)?/g);
  // Each starts where a digit run starts: trying every offset inside a long run is quadratic.
  add(/(?<![0-9])[0-9]+(?:\+[0-9]+)+\S{0,4}|(?<![0-9])[0-9]{3,}(?![0-9])(?=工程|计划|项目)/g);
  return merged(spans);
}

/** Sorted, non-overlapping spans covering the same offsets. */
function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** True when `at` lies inside one of `spans` (sorted and disjoint, as excludedSpans gives them). */
export function insideAny(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s !== undefined && at < s.end;
}

/** `一个新台阶`, `一种全新的`: the numeral is an article, not a count. */
export function isArticleOne(text: string, value: number, chinese: boolean, unitEnd: number): boolean {
  if (value !== 1 || !chinese) return false;
  return /^(?:新|更|较|崭新|全新|档次|台阶|层次|水平|高度|良好|整体|系统)/.test(text.slice(unitEnd, unitEnd + 2));
}
