// Numbering styles of Chinese plan headings, ranked from the outermost (一、) to the innermost (①).
import { parseSmallNumber } from './numerals.js';

/** `bare`: a section title printed without numbering (基本情况, 存在的问题), at the outermost rank. */
export type StyleName = 'chapter' | 'capital' | 'roman' | 'chinese' | 'paren-chinese' | 'arabic' | 'decimal' | 'decimal3' | 'round' | 'paren-arabic' | 'circled' | 'bare';

/** Absolute rank of each style: 一、 > (一) > 1. 1、 > (1) 1) > ①. */
export const STYLE_RANK: Record<StyleName, number> = {
  // chapters (第一章) of a rules page, and the capital numerals (壹、貳、) over 一、 in Taiwan and formal plans
  chapter: 0.5,
  capital: 0.5,
  // Roman numerals (Ⅰ、Ⅱ、, which NFKC writes I、II、) over 一、, as capital numerals are
  roman: 0.5,
  chinese: 1,
  bare: 1,
  'paren-chinese': 2,
  arabic: 3,
  // template documents number sub-headings under their chapter: `1.` > `1.1` > `1.1.1`
  decimal: 3.3,
  decimal3: 3.6,
  // review rounds of an exam-preparation timetable (`第一轮:夯实基础`), items of its section like (一)
  round: 2,
  'paren-arabic': 4,
  circled: 5,
};

export interface NumberingMatch {
  style: StyleName;
  number: number;
  /** The numbering as printed, e.g. `(一)、`. */
  text: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
/** Capital numerals as plans number their top sections (壹、贰、叁), 參 simplified to 参 as well as 叁. */
const CAPITAL = '壹贰叁参肆伍陆柒捌玖拾';
const STYLES: readonly [StyleName, RegExp][] = [
  ['chapter', new RegExp(`第(${CN}|\\d{1,2})章\\s*`, 'uy')],
  ['capital', new RegExp(`([${CAPITAL}]{1,2})[、.]`, 'uy')],
  ['roman', /(X?(?:IX|IV|V?I{1,3}|V))、/uy],
  // a second numeral after 一、 is an enumeration (`一、二年级`), not a heading
  ['chinese', new RegExp(`(${CN})[、.](?![一二三四五六七八九十][、年级])`, 'uy')],
  ['paren-chinese', new RegExp(`\\((${CN})\\)、?`, 'uy')],
  // `1.1`, `2.1.3`: the number is the last part; a digit, `%` or dot after it makes a figure (`1.5%`, `2.5.1`)
  ['decimal3', /\d{1,2}\.\d{1,2}\.(\d{1,2})(?![\d.%])\s*/uy],
  ['decimal', /\d{1,2}\.(\d{1,2})(?![\d.%])\s*/uy],
  ['round', new RegExp(`第(${CN}|\\d{1,2})轮(?:复习|备考)?\\s*[::]\\s*`, 'uy')],
  ['paren-arabic', /\((\d{1,2})\)、?|(\d{1,2})\)、?/uy],
  ['arabic', /(\d{1,2})(?:、|\.(?![\d.]))/uy],
  ['circled', /([\u2460-\u2473])/uy],
];

function numberOf(style: StyleName, numeral: string): number {
  if (style === 'circled') return numeral.codePointAt(0)! - 0x2460 + 1;
  if (style === 'roman') return romanValue(numeral);
  if (style === 'capital') return parseSmallNumber([...numeral].map((c) => '一二三三四五六七八九十'[CAPITAL.indexOf(c)] ?? c).join(''));
  return parseSmallNumber(numeral);
}

const ROMAN_DIGIT: Record<string, number> = { I: 1, V: 5, X: 10 };

/** `IV` → 4, `XII` → 12. */
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_DIGIT[numeral[i]!] ?? NaN;
    const next = ROMAN_DIGIT[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The numbering that starts exactly at `at`, if any. */
export function numberingAt(text: string, at: number): NumberingMatch | null {
  const before = text[at - 1] ?? '';
  for (const [style, pattern] of STYLES) {
    // digits or numerals right before mean we are inside a longer number (`12.5`, `二十一、`)
    if ((/^(?:arabic|decimal3?)$/u.test(style) && /[\d.]/u.test(before)) || (style === 'chinese' && /[一二三四五六七八九十第]/u.test(before)) || (style === 'roman' && /[A-Za-z]/u.test(before))) continue;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) continue;
    const number = numberOf(style, m[1] ?? m[2] ?? '');
    if (Number.isNaN(number) || number < 1) continue;
    return { style, number, text: m[0] };
  }
  return null;
}

/** Positions worth testing: where a numbering style could begin. */
export const NUMBERING_START = /[一二三四五六七八九十(\d\u2460-\u2473第壹贰叁参肆伍陆柒捌玖拾IVX]/gu;

/** The chapter a decimal heading names first (`2` of `2.1`), so it can be checked against the open chapter. */
export function decimalChapter(match: NumberingMatch): number | null {
  const m = /^(\d{1,2})\./u.exec(match.text);
  return match.style.startsWith('decimal') && m ? Number(m[1]) : null;
}
