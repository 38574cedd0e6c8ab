// Formats list counters the way Word prints them (numFmt values of WordprocessingML).

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (counting style, up to 9999). */
export function chineseCounting(value: number, digits: readonly string[] = CHINESE_DIGITS): string {
  if (value <= 0 || value > 9999) return String(value);
  const units = ['', '十', '百', '千'];
  const parts: string[] = [];
  const text = String(value);
  let pendingZero = false;
  for (let i = 0; i < text.length; i++) {
    const digit = Number(text[i]);
    const unit = units[text.length - 1 - i] ?? '';
    if (digit === 0) {
      pendingZero = parts.length > 0;
      continue;
    }
    if (pendingZero) parts.push(digits[0] ?? '零');
    pendingZero = false;
    // 十二, not 一十二, when ten leads.
    const skipOne = digit === 1 && unit === '十' && i === 0;
    parts.push(`${skipOne ? '' : digits[digit]}${unit}`);
  }
  return parts.join('');
}

function letters(value: number, base: string): string {
  let result = '';
  for (let n = value; n > 0; n = Math.floor((n - 1) / 26)) {
    result = String.fromCharCode(base.charCodeAt(0) + ((n - 1) % 26)) + result;
  }
  return result;
}

function roman(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let result = '';
  for (const [amount, symbol] of table) {
    for (; rest >= amount; rest -= amount) result += symbol;
  }
  return result;
}

/** The counter as printed for a numFmt; null for formats that print no number (bullet, none). */
export function formatCounter(value: number, numFmt: string): string | null {
  switch (numFmt) {
    case 'bullet':
    case 'none':
      return null;
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    case 'decimalEnclosedParen':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`;
    case 'decimalEnclosedFullstop':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2488 + value - 1) : `${value}.`;
    case 'upperLetter':
      return letters(value, 'A');
    case 'lowerLetter':
      return letters(value, 'a');
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'ideographDigital':
      return String(value).replace(/\d/g, (d) => (d === '0' ? '〇' : CHINESE_DIGITS[Number(d)] ?? d));
    case 'chineseLegalSimplified':
      return chineseCounting(value, LEGAL_DIGITS);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[value - 1] ?? String(value);
    default:
      // chineseCounting, chineseCountingThousand, japaneseCounting, taiwaneseCounting…
      return /counting/i.test(numFmt) ? chineseCounting(value) : String(value);
  }
}
