// Chinese and Arabic numerals as plans write them, turned into numbers. Pure.
// Covers `1,000` `8.98` `十五` `两万三千` `二〇一四` `3.6万` `十余` `1000多` `百分之九十五` `九成` `三分之一`.

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** A numeral's characters, for building patterns: Arabic digits or Chinese numeral characters. */
export const ARABIC_NUMERAL = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]*';
/** Words after a numeral that make it approximate-from-above: `十余`, `1000多`. */
export const MORE_THAN = '[多余]';

/** `十二`, `二十三`, `两万三千`, `二〇一四`, `一百零五` → number; null when not a Chinese numeral. */
export function parseChineseInteger(s: string): number | null {
  if (!s) return null;
  // A run of bare digits is read digit by digit (`二〇一四` is 2014, not 10).
  if ([...s].every((ch) => ch in DIGIT)) {
    if (s.length === 1) return DIGIT[s]!;
    return Number([...s].map((ch) => DIGIT[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      // Two digits in a row inside a counted numeral (`十一五`) is a name, not a number; 零 is a placeholder.
      if (digit !== null && digit !== 0) return null;
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch]!;
      digit = null;
    } else if (ch in BIG_UNIT) {
      const big = BIG_UNIT[ch]!;
      section += digit ?? 0;
      if (section === 0 && total === 0) return null;
      // `两万三千` : what came before is scaled; `一亿五千万` : the 万 scales only its own section.
      total = big > 1e4 ? (total + section) * big : total + section * big;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** `1,000`, `8.98`, `3.6万`, `十五`, `两万`, `1000多`, `十余` → number (the approximation dropped). */
export function parseNumeral(text: string): number | null {
  const s = text.trim().replace(new RegExp(`${MORE_THAN}$`), '');
  if (!s) return null;
  const arabic = /^(\d+(?:,\d{3})*(?:\.\d+)?)([万亿]?)$/.exec(s);
  if (arabic) {
    const base = Number(arabic[1]!.replace(/,/g, ''));
    const scale = arabic[2] ? BIG_UNIT[arabic[2]]! : 1;
    return round(base * scale);
  }
  return parseChineseInteger(s);
}

/**
 * Percent value of the percentage words: `百分之九十五` → 95, `九成` → 90, `八成五` → 85,
 * `三分之一` → 33.33, `1/3` → 33.33; null when the text is none of them.
 */
export function parsePercentWords(text: string): number | null {
  const s = text.trim();
  const perHundred = /^百分之(.+)$/.exec(s);
  if (perHundred) return parseNumeral(perHundred[1]!);
  const tenths = /^([一二两三四五六七八九十])成([一二三四五六七八九])?$/.exec(s);
  if (tenths) {
    const whole = parseChineseInteger(tenths[1]!)!;
    const part = tenths[2] ? parseChineseInteger(tenths[2])! : 0;
    return whole * 10 + part;
  }
  const fractionWords = /^(.+)分之(.+)$/.exec(s);
  if (fractionWords) return fractionPercent(parseNumeral(fractionWords[2]!), parseNumeral(fractionWords[1]!));
  const fraction = /^(\d+)\/(\d+)$/.exec(s);
  if (fraction) return fractionPercent(Number(fraction[1]), Number(fraction[2]));
  return null;
}

/** A part of a whole as a percentage rounded to two places; null unless 0 < part ≤ whole. */
export function fractionPercent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0 || part <= 0 || part > whole) return null;
  return round((part / whole) * 100, 2);
}

/** Rounds away floating-point noise (`0.1 * 3`) to at most four decimals. */
export function round(value: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
