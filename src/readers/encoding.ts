// Byte → string decoding for the text-bearing formats: BOM first, then a declared charset, then detection.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Encodings planmine expects in scraped Chinese pages; anything else chardet proposes is ignored. */
export type TextEncoding = 'utf-8' | 'gbk' | 'big5' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** Characters that could not be decoded (U+FFFD in the output). */
  replacements: number;
}

/** The decoder each name maps to: GB18030 is a superset of GB2312 and GBK, so it never loses a character. */
const DECODER: Record<TextEncoding, string> = {
  'utf-8': 'utf-8',
  gbk: 'gb18030',
  big5: 'big5',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Maps a charset label as written in a page or reported by chardet to one we decode, or null. */
export function canonicalEncoding(label: string): TextEncoding | null {
  const name = label.trim().toLowerCase().replace(/_/g, '-');
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312|x-gb18030)$/.test(name)) return 'gbk';
  if (/^(big5|big5-hkscs|cp950|x-x-big5|csbig5)$/.test(name)) return 'big5';
  if (name === 'utf-16le' || name === 'utf-16') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  return null;
}

export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): Decoded {
  const bom = bomEncoding(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), DECODER[encoding]);
  return { text, encoding, replacements: countReplacements(text) };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** Strict UTF-8 validity is cheap and decisive, so it is tried before any statistics. */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Code units that make up Chinese text: ASCII printables and line breaks, CJK punctuation, Han, fullwidth forms. */
function isTextUnit(unit: number): boolean {
  return (
    (unit >= 0x20 && unit < 0x7f) || unit === 0x0a || unit === 0x0d || unit === 0x09 ||
    (unit >= 0x3000 && unit < 0x3040) || (unit >= 0x4e00 && unit < 0xa000) || (unit >= 0xff00 && unit < 0xfff0) ||
    unit === 0x2014 || unit === 0x2026 || (unit >= 0x2018 && unit < 0x2020)
  );
}

/** Share of the sample's 16-bit units, read in the given byte order, that are text units. */
function textUnitShare(sample: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(sample.length / 2);
  let text = 0;
  for (let i = 0; i < units; i++) {
    const unit = littleEndian ? sample[2 * i]! | (sample[2 * i + 1]! << 8) : (sample[2 * i]! << 8) | sample[2 * i + 1]!;
    if (isTextUnit(unit)) text++;
  }
  return units === 0 ? 0 : text / units;
}

/** Above this share of text units a BOM-less sample is UTF-16 (GBK or binary read as UTF-16 stays far below). */
const MIN_UTF16_TEXT_SHARE = 0.9;

/**
 * UTF-16 saved without a BOM (Windows tools do it): its ASCII characters (line breaks, digits)
 * put NUL bytes on one side of every pair, which UTF-8 and GBK never have. The byte order whose
 * units read as text wins; null when neither does, as for images and archives.
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  if (evenZeros === oddZeros) return null;
  const littleEndian = oddZeros > evenZeros;
  return textUnitShare(sample, littleEndian) >= MIN_UTF16_TEXT_SHARE ? (littleEndian ? 'utf-16le' : 'utf-16be') : null;
}

/**
 * Detects the encoding of bytes without a BOM: UTF-16 by its NUL bytes first (they are valid
 * UTF-8), then valid UTF-8 wins, otherwise chardet's ranking
 * restricted to our encodings, taking the first that decodes cleanly (fewest replacement chars).
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const utf16 = detectUtf16(bytes);
  if (utf16) return utf16;
  if (isValidUtf8(bytes)) return 'utf-8';
  const ranked: TextEncoding[] = [];
  for (const match of chardet.analyse(bytes)) {
    const encoding = canonicalEncoding(match.name);
    if (encoding && !ranked.includes(encoding)) ranked.push(encoding);
  }
  for (const fallback of ['gbk', 'big5'] as const) if (!ranked.includes(fallback)) ranked.push(fallback);
  let best: Decoded | null = null;
  for (const encoding of ranked) {
    const decoded = decodeAs(bytes, encoding);
    if (decoded.replacements === 0) return encoding;
    if (!best || decoded.replacements < best.replacements) best = decoded;
  }
  return best?.encoding ?? 'gbk';
}

/** BOM, else detection. */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  return decodeAs(bytes, bom ? bom.encoding : detectEncoding(bytes));
}
