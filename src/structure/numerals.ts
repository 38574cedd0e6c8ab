// Chinese and Arabic numerals as they appear in list numbering and article markers.

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** `十二` → 12, `二十一` → 21, `7` → 7; NaN when it is not a number below 100. */
export function parseSmallNumber(numeral: string): number {
  if (/^\d+$/u.test(numeral)) return Number(numeral);
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? (DIGITS[numeral] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (DIGITS[numeral.slice(0, ten)] ?? NaN);
  const rest = numeral.slice(ten + 1);
  const ones = rest === '' ? 0 : (DIGITS[rest] ?? NaN);
  return rest.length > 1 ? NaN : tens * 10 + ones;
}

export const CHINESE_NUMERAL = '[一二三四五六七八九十〇零两]';
