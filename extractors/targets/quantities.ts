// Finds every written quantity in a text: a number with its unit, a percentage in any spelling,
// a fraction, a ratio, a rank or a range. Which of them are targets is decided later.
import type { Comparator } from '../../src/types.js';
import { ARABIC_NUMERAL, CHINESE_NUMERAL, parseChineseInteger, parseNumeral, parsePercentWords, round } from '../../src/text/numerals.js';
import { clauseStart } from './clauses.js';
import { comparatorBefore } from './comparators.js';
import { percentRangeEnd, readFraction, readRank, readRatio } from './forms.js';
import { type UnitClass, unitAt } from './units.js';

export interface Quantity {
  /** Span of the number and its unit (`前三名`, `2-3个`, `百分之九十`). */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  unitClass: UnitClass;
  /** A comparator the form itself states: ranges and ranks. */
  formComparator: Comparator | null;
  /** `个百分点`: a change in percent, whose direction the verb before it gives. */
  percentagePoints: boolean;
  /** A bare number after an indicator in 率 (`辍学率为0`), read as a percentage. */
  impliedPercent: boolean;
  /** The number as written in Chinese numerals (`一项`), which may be a mere article. */
  chinese: boolean;
}

// 百分之百 is a whole hundred: its numeral is the bare 百 that no other number starts with.
// 千分之三 is a rate per thousand, given as the percentage it is (0.3%), as 九成 and 百分之九十 are.
const NUMERAL = new RegExp(`百分之(?:${ARABIC_NUMERAL}|${CHINESE_NUMERAL}|百)|千分之(?:${ARABIC_NUMERAL}|${CHINESE_NUMERAL})|${ARABIC_NUMERAL}|${CHINESE_NUMERAL}`, 'g');
const NUMERAL_AT = new RegExp(`(?:${ARABIC_NUMERAL}|${CHINESE_NUMERAL})`, 'y');
const RANGE_JOIN = /\s?(?:-|~|～|—|–|到|至)\s?/y;
const MODIFIERS = /([多余])?([万亿])?([多余])?\s?/y;
// 成 after a numeral is 十分之 unless it starts a word (一成不变, 三成员 …).
const TENTHS_BLOCKERS = '为了绩果立长功效员本熟就人才型形品套交不';
// A bare number after a rate and the verb that links them: `辍学率为0`, `巩固率达99`.
const RATE_BEFORE = /率(?:均|都|仍|已|也)?(?:为|是|达到?|控制在|保持在|降至|降到|降低到|提高到|低于|高于|不高于|不低于|不超过|超过|在)?\s?$/;

// Characters that stand in for digits on masked or template pages (`xx%`, `**%`, `2x%`, `__人`).
const MASK = /[xX*_×※□]/;
// A figure cut in two by a stray space (`9 5%`): one- or two-digit halves of one percentage.
const SPLIT_PERCENT = /^ (\d{1,2}(?:\.\d+)?)%/;

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  NUMERAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Where the list number just skipped ends: the figure there follows its item's `1.`, not a decimal point.
  let listEnd = -1;
  while ((m = NUMERAL.exec(text))) {
    const itemNumber = listNumberLength(text, m.index, m[0]);
    if (itemNumber > 0) {
      NUMERAL.lastIndex = listEnd = m.index + itemNumber;
      continue;
    }
    const listed = m.index === listEnd;
    const q = readQuantity(text, m.index, m[0], listed);
    if (q) {
      out.push(q);
      NUMERAL.lastIndex = Math.max(NUMERAL.lastIndex, q.end);
    }
  }
  return out;
}

/**
 * Length of a list number glued to the figure after it (`1.3-6岁幼儿…` is item 1, then `3-6岁`):
 * a decimal that opens a line while a neighbouring line opens with the next or previous number.
 */
function listNumberLength(text: string, start: number, token: string): number {
  const m = /^(\d{1,2})\.\d/.exec(token);
  if (!m || (start > 0 && text[start - 1] !== '\n')) return 0;
  const n = Number(m[1]);
  const after = text.slice(start, start + 400);
  const before = text.slice(Math.max(0, start - 400), start);
  const neighbour = new RegExp(`\\n(?:${n + 1}|${n - 1})[.、](?!\\d*%)`);
  return neighbour.test(after) || neighbour.test('\n' + before) ? m[1]!.length + 1 : 0;
}

function readQuantity(text: string, start: number, token: string, listed: boolean): Quantity | null {
  const before = text[start - 1] ?? '';
  let end = start + token.length;
  // A digit or point before a figure makes it part of another number; a Chinese numeral after a
  // list number's point (`2.七成教师`) is no decimal.
  const glued = before === '.' ? !listed && !(/^[一二两三四五六七八九十]/.test(token) && /(?:^|\n)\d{1,2}$/.test(text.slice(Math.max(0, start - 4), start - 1))) : /[A-Za-z0-9\/+*×=_]/.test(before);
  if (glued && !/^[百千]分之/.test(token)) return null;
  if (MASK.test(text[end] ?? '')) return null;
  const split = /^\d{1,2}$/.test(token) ? SPLIT_PERCENT.exec(text.slice(end, end + 8)) : null;
  if (split && Number(token + split[1]) <= 100) {
    return {
      start, end: end + split[0].length, value: Number(token + split[1]), valueMax: null, unit: '%', unitClass: 'percent',
      formComparator: null, percentagePoints: false, impliedPercent: false, chinese: false,
    };
  }
  const base = { valueMax: null, formComparator: null, percentagePoints: false, impliedPercent: false };
  const chinese = !/\d/.test(token);

  if (token.startsWith('千分之')) {
    const perThousand = parseNumeral(token.slice(3));
    return perThousand === null ? null : { ...base, start, end, value: Math.round(perThousand * 1000) / 10000, unit: '%', unitClass: 'percent', chinese };
  }
  if (token.startsWith('百分之')) {
    const value = parsePercentWords(token);
    return value === null ? null : { ...base, start, end, value, unit: '%', unitClass: 'percent', chinese };
  }
  if (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) return null; // dotted dates 2014.9.15
  const fraction = readFraction(text, start, token);
  if (fraction) return fraction;
  if (text[end] === '/') return null; // dates and paths written with slashes
  const ratio = readRatio(text, start, token);
  if (ratio) return ratio;
  if (text[end] === ':') return null; // clock times 8:30

  if (before === '第') return readRank(text, start, end, parseNumeral(token), before);
  if (before === '前') {
    const rank = readRank(text, start, end, parseNumeral(token), before);
    if (rank) return rank;
  }

  const tenths = /^[一二两三四五六七八九]$/.test(token) && text[end] === '成' && !TENTHS_BLOCKERS.includes(text[end + 1] ?? '');
  if (tenths) {
    const part = /^[一二三四五六七八九]/.exec(text.slice(end + 1, end + 2));
    const value = parsePercentWords(token + '成' + (part ? part[0] : ''));
    if (value === null) return null;
    return { ...base, start, end: end + 1 + (part ? 1 : 0), value, unit: '%', unitClass: 'percent', chinese };
  }

  let value = parseNumeral(token);
  let valueMax: number | null = null;
  let formComparator: Comparator | null = null;
  // 三四个 is three or four, not thirty-four.
  const first = parseChineseInteger(token[0] ?? '');
  const second = parseChineseInteger(token[1] ?? '');
  if (chinese && token.length === 2 && first !== null && second === first + 1 && first > 0) {
    value = first;
    valueMax = second;
    formComparator = 'range';
  }
  if (value === null) return null;

  RANGE_JOIN.lastIndex = end;
  if (RANGE_JOIN.exec(text)) {
    NUMERAL_AT.lastIndex = RANGE_JOIN.lastIndex;
    const second = NUMERAL_AT.exec(text);
    if (second) {
      const upper = parseNumeral(second[0]);
      const after = readUnit(text, NUMERAL_AT.lastIndex, second[0]);
      if (upper === null || !after || after.unitClass === 'time' || isAgeGroup(text, start, after)) return null;
      const scale = after.scale;
      return {
        ...base, start, end: after.end, value: round(value * scale), valueMax: round(upper * scale),
        unit: after.unit, unitClass: after.unitClass, formComparator: 'range', chinese,
      };
    }
  }

  const unit = readUnit(text, end, token);
  if (!unit) {
    if (RATE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !/^[\d.%]/.test(text.slice(end, end + 1))) {
      return { ...base, start, end, value, unit: '%', unitClass: 'percent', impliedPercent: true, chinese };
    }
    return null;
  }
  if (unit.unitClass === 'time' || isWordWithNumeral(text, start, token, unit) || isAgeGroup(text, start, unit)) return null;
  const upper = percentRangeEnd(text, unit.end, unit.unit);
  if (upper) {
    return { ...base, start, end: upper.end, value, valueMax: upper.value, unit: unit.unit, unitClass: unit.unitClass, formComparator: 'range', chinese };
  }
  return {
    ...base, start, end: unit.end, value: round(value * unit.scale), valueMax, unit: unit.unit, unitClass: unit.unitClass,
    // 余/多 (`400多万元`, `十余次`) only make the figure rough: the words around it give the comparator.
    formComparator, percentagePoints: unit.points, chinese,
  };
}

/**
 * Words that hold a numeral and a unit-like character without measuring anything: 二元结构, 一元化
 * (a one-character numeral before 元 that runs on into a word), 二类标准, 一类学校, 省二类以上幼儿园 (a grade,
 * not a count).
 */
function isWordWithNumeral(text: string, start: number, token: string, unit: UnitAfter): boolean {
  const next = text[unit.end] ?? '';
  const runsOn = /[\u4e00-\u9fff]/.test(next);
  if (unit.unit === '元' && /^[一二两三四五六七八九十]$/.test(token)) return runsOn && !/[的以左每整]/.test(next);
  if (unit.unit !== '类') return false;
  // `省二类以上幼儿园`, `市一类学校`: a grade a rating body awards, even with 以上 after it.
  if (/[省市县区州]$/.test(text.slice(Math.max(0, start - 1), start)) && /^[一二三四五六七八九]$/.test(token)) return true;
  return runsOn && !/[的以]/.test(next);
}

/**
 * An age that names a group (`3-6岁幼儿`, `0-6岁儿童`, `45岁以上的教师`, `45岁以上的有57人`) rather than
 * stating a level: the age runs on, after any limit word, into the noun or verb it qualifies.
 */
function isAgeGroup(text: string, start: number, unit: UnitAfter): boolean {
  if (unit.unit !== '岁') return false;
  // `不晚于13周岁上初中` states a limit: a comparator word before the age makes it a level.
  if (comparatorBefore(text, Math.max(clauseStart(text, start), start - 8), start)?.qualifies) return false;
  return /^(?:(?:及|或)?(?:以上|以下|以内|以外|左右|之间))?的?(?![以之左及或])[\u4e00-\u9fff]/.test(text.slice(unit.end, unit.end + 6));
}

interface UnitAfter {
  end: number;
  unit: string;
  unitClass: UnitClass;
  /** Multiplier for 万/亿 written between number and unit (13.2万m2); 1 when it belongs to the unit (万元). */
  scale: number;
  points: boolean;
}

/** The modifiers (多, 余, 万, 亿) and unit after a numeral ending at `at`. */
function readUnit(text: string, at: number, token: string): UnitAfter | null {
  MODIFIERS.lastIndex = at;
  const mod = MODIFIERS.exec(text)!;
  let scaleChar = mod[2] ?? '';
  // A Chinese numeral swallows its 万 (五十万元): give it back to the money unit.
  if (!scaleChar && /[万亿]$/.test(token) && text[at] === '元') scaleChar = token.slice(-1);
  const reading = unitAt(text, MODIFIERS.lastIndex);
  if (!reading) return null;
  const end = MODIFIERS.lastIndex + reading.length;
  if (reading.unit === '元' && scaleChar) {
    const scaled = scaleChar + '元';
    const numeralScale = /[万亿]$/.test(token) && !mod[2] ? 1 / (scaleChar === '万' ? 1e4 : 1e8) : 1;
    return { end, unit: scaled, unitClass: 'money', scale: numeralScale, points: false };
  }
  const scale = scaleChar === '万' ? 1e4 : scaleChar === '亿' ? 1e8 : 1;
  return { end, unit: reading.unit, unitClass: reading.unitClass, scale, points: reading.unit === '%' && reading.length > 1 };
}
