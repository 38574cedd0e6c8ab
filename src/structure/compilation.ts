// Finds the article markers of a compilation page (`…(精选6篇)` with `… 第1篇`, `第一篇:标题`).
import type { Line } from './lines.js';
import { CHINESE_NUMERAL, parseSmallNumber } from './numerals.js';

const COUNT = new RegExp(`\\((?:精选|共|合集)?(\\d+|${CHINESE_NUMERAL}+)篇\\)`, 'u');
/** `标题 第3篇`: the page title repeated, the marker at the end; the line holds nothing of the article. */
const TRAILING_MARKER = new RegExp(`^(.*?)第(\\d+|${CHINESE_NUMERAL}+)篇$`, 'u');
/** `第三篇:标题`: the article's own title follows the marker. */
const LEADING_MARKER = new RegExp(`^第(\\d+|${CHINESE_NUMERAL}+)篇[:.、]\\s*(\\S.*)$`, 'u');

export interface CompilationHeader {
  line: number;
  declared: number;
  /** The page title without the count. */
  title: string;
}

export interface ArticleMarker {
  line: number;
  index: number;
  /** Offset where the article's text begins: its own title after `第N篇:`, or the next line. */
  bodyStart: number;
}

export function findCompilationHeader(lines: readonly Line[]): CompilationHeader | null {
  for (const [i, line] of lines.entries()) {
    const m = COUNT.exec(line.text);
    if (!m || /^下载/u.test(line.text)) continue;
    const declared = parseSmallNumber(m[1] ?? '');
    if (declared >= 2) return { line: i, declared, title: line.text.replace(COUNT, '').trim() };
  }
  return null;
}

/**
 * Markers numbered 1, 2, 3… in order after the header; a marker out of sequence is body text.
 * Without a header (a PDF may drop the page title) only `第一篇:标题` markers count: the
 * trailing form `… 第1篇` is too easily an ordinary sentence end.
 */
export function findMarkers(lines: readonly Line[], header: CompilationHeader | null): ArticleMarker[] {
  const markers: ArticleMarker[] = [];
  for (let i = header ? header.line + 1 : 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trailing = header ? TRAILING_MARKER.exec(line.text) : null;
    const leading = trailing ? null : LEADING_MARKER.exec(line.text);
    const numeral = trailing?.[2] ?? leading?.[1];
    if (numeral === undefined || parseSmallNumber(numeral) !== markers.length + 1) continue;
    const bodyStart = leading ? line.end - (leading[2] ?? '').length : (lines[i + 1]?.start ?? line.end);
    markers.push({ line: i, index: markers.length + 1, bodyStart });
  }
  return markers;
}
