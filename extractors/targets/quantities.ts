// Finds every written quantity in a text: a number with its unit, a percentage in any spelling,
// a fraction, a ratio, a rank or a range. Which of them are targets is decided later.
import type { Comparator } from '../../src/types.js';
import { ARABIC_NUMERAL, CHINESE_NUMERAL, fractionPercent, parseChineseInteger, parseNumeral, parsePercentWords, round } from '../shared/numerals.js';
import { type UnitClass, unitAt } from './units.js';

export interface Quantity {
  /** Span of the number and its unit (`前三名`, `2-3个`, `百分之九十`). */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  unitClass: UnitClass;
  /** A comparator the form itself states: ranges, ranks, `1000多` (gt). */
  formComparator: Comparator | null;
  /** `个百分点`: a change in percent, whose direction the verb before it gives. */
  percentagePoints: boolean;
  /** A bare number after an indicator in 率 (`辍学率为0`), read as a percentage. */
  impliedPercent: boolean;
  /** The number as written in Chinese numerals (`一项`), which may be a mere article. */
  chinese: boolean;
}

const NUMERAL = new RegExp(`百分之(?:${ARABIC_NUMERAL}|${CHINESE_NUMERAL})|${ARABIC_NUMERAL}|${CHINESE_NUMERAL}`, 'g');
const NUMERAL_AT = new RegExp(`(?:${ARABIC_NUMERAL}|${CHINESE_NUMERAL})`, 'y');
const RANGE_JOIN = /\s?(?:-|~|～|—|–|到|至)\s?/y;
const MODIFIERS = /([多余])?([万亿])?([多余])?\s?/y;
// 成 after a numeral is 十分之 unless it starts a word (一成不变, 三成员 …).
const TENTHS_BLOCKERS = '为了绩果立长功效员本熟就人才型形品套交不';
// A bare number after a rate and the verb that links them: `辍学率为0`, `巩固率达99`.
const RATE_BEFORE = /率(?:均|都|仍|已|也)?(?:为|是|达到?|控制在|保持在|降至|降到|降低到|提高到|低于|高于|不高于|不低于|不超过|超过|在)?\s?$/;

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  NUMERAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERAL.exec(text))) {
    const q = readQuantity(text, m.index, m[0]);
    if (q) {
      out.push(q);
      NUMERAL.lastIndex = Math.max(NUMERAL.lastIndex, q.end);
    }
  }
  return out;
}

function readQuantity(text: string, start: number, token: string): Quantity | null {
  const before = text[start - 1] ?? '';
  let end = start + token.length;
  if (/[A-Za-z0-9.\/+*×=_]/.test(before) && !token.startsWith('百分之')) return null;
  const base = { valueMax: null, formComparator: null, percentagePoints: false, impliedPercent: false };
  const chinese = !/\d/.test(token);

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
      if (upper === null || !after || after.unitClass === 'time') return null;
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
  if (unit.unitClass === 'time') return null;
  const upper = percentRangeEnd(text, unit.end, unit.unit);
  if (upper) {
    return { ...base, start, end: upper.end, value, valueMax: upper.value, unit: unit.unit, unitClass: unit.unitClass, formComparator: 'range', chinese };
  }
  return {
    ...base, start, end: unit.end, value: round(value * unit.scale), valueMax, unit: unit.unit, unitClass: unit.unitClass,
    formComparator: formComparator ?? (unit.more ? 'gt' : null), percentagePoints: unit.points, chinese,
  };
}

interface UnitAfter {
  end: number;
  unit: string;
  unitClass: UnitClass;
  /** Multiplier for 万/亿 written between number and unit (13.2万m2); 1 when it belongs to the unit (万元). */
  scale: number;
  more: boolean;
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
  const more = Boolean(mod[1] || mod[3]);
  const end = MODIFIERS.lastIndex + reading.length;
  if (reading.unit === '元' && scaleChar) {
    const scaled = scaleChar + '元';
    const numeralScale = /[万亿]$/.test(token) && !mod[2] ? 1 / (scaleChar === '万' ? 1e4 : 1e8) : 1;
    return { end, unit: scaled, unitClass: 'money', scale: numeralScale, more, points: false };
  }
  const scale = scaleChar === '万' ? 1e4 : scaleChar === '亿' ? 1e8 : 1;
  return { end, unit: reading.unit, unitClass: reading.unitClass, scale, more, points: reading.unit === '%' && reading.length > 1 };
}

/** The upper end of `10%-15%`: a range whose unit is written twice. */
function percentRangeEnd(text: string, at: number, unit: string): { end: number; value: number } | null {
  if (unit !== '%') return null;
  const m = /^\s?(?:-|~|～|—|–|到|至)\s?(\d+(?:\.\d+)?)%/.exec(text.slice(at, at + 16));
  return m ? { end: at + m[0].length, value: Number(m[1]) } : null;
}

/** `1/3` → 33.33 %, `三分之一` → 33.33 %. */
function readFraction(text: string, start: number, token: string): Quantity | null {
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
function readRatio(text: string, start: number, token: string): Quantity | null {
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
function readRank(text: string, start: number, end: number, value: number | null, before: string): Quantity | null {
  if (value === null || !/^[名位强]/.test(text[end] ?? '')) return null;
  if (before === '第' && text[end] !== '名') return null;
  return {
    start: start - 1, end: end + 1, value, valueMax: null, unit: '名次', unitClass: 'rank',
    formComparator: before === '前' ? 'le' : 'eq', percentagePoints: false, impliedPercent: false, chinese: !/\d/.test(text[start] ?? ''),
  };
}

