// Pure clean-up of text extracted page by page from a PDF: page markers, running headers and
// footers, letter spacing, and lines broken by layout rather than by the author.
import { LEADING_NUMBER } from './heading-numbers.js';

const PAGE_MARKERS: readonly RegExp[] = [
  /^第\s*\d+\s*页\s*(?:[,，/]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页$/,
  /^--\s*\d+\s*of\s*\d+\s*--$/i,
  /^(?:page\s*)?\d+\s*(?:of|\/)\s*\d+$/i,
  /^page\s*\d+$/i,
  /^[-—–－]?\s*\d{1,4}\s*[-—–－]?$/,
];

/** Lines this close to a page's top or bottom are where headers, footers and page numbers live. */
const EDGE_LINES = 2;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]/u;
const PARAGRAPH_END = /[。！？：；!?:;…][”’"』」）)]*$/;

export function isPageMarker(line: string): boolean {
  const trimmed = line.trim();
  return PAGE_MARKERS.some((pattern) => pattern.test(trimmed));
}

/** `一 、 教 学 常 规` → `一、教学常规` when most Han neighbours on the line are space-separated. */
export function collapseLetterSpacing(line: string): string {
  const spaced = line.match(/[\p{Script=Han}] [\p{Script=Han}]/gu)?.length ?? 0;
  const tight = line.match(/[\p{Script=Han}](?=[\p{Script=Han}])/gu)?.length ?? 0;
  if (spaced === 0 || spaced < tight) return line;
  return line.replace(/ {2,}/g, '\u0000').replace(/ /g, (space, at: number, whole: string) => {
    const before = whole[at - 1] ?? '';
    const after = whole[at + 1] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : space;
  }).replace(/\u0000/g, ' ');
}

/** Digits vary from page to page in a running header (`第3页`, `2023年…第 3 期`). */
function headerKey(line: string): string {
  return line.replace(/\s+/g, '').replace(/\d+/g, '#');
}

function edgeIndexes(lines: readonly string[]): number[] {
  const indexes = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i++) indexes.add(i);
  for (let i = Math.max(0, lines.length - EDGE_LINES); i < lines.length; i++) indexes.add(i);
  return [...indexes];
}

/** Removes lines found at the top or bottom of at least half of the pages (two at least). */
export function removeRunningLines(pages: readonly string[][]): string[][] {
  const seenOn = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edgeIndexes(lines).map((i) => headerKey(lines[i] ?? '')));
    for (const key of keys) seenOn.set(key, (seenOn.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines));
    return lines.filter((line, i) => !(edges.has(i) && (seenOn.get(headerKey(line)) ?? 0) >= needed));
  });
}

/**
 * Display width: CJK characters are twice as wide as Latin ones. Spaces count for nothing: the text
 * layer puts them around every Latin run, and counting them makes lines with numbers look longer
 * than the margin, so that the full width is overestimated and wrapped lines stay split.
 */
export function displayWidth(line: string): number {
  let width = 0;
  for (const char of line) width += CJK.test(char) ? 2 : char === ' ' ? 0 : 1;
  return width;
}

/** Width of a full line: a high percentile, so that one overlong line does not set it. */
function fullWidth(lines: readonly string[]): number {
  const widths = lines.filter((line) => !line.includes('\t')).map(displayWidth).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 0;
}

/**
 * A line that ends in a digit followed by one that starts with a digit or % is a number cut by the
 * margin (`达到1` / `00%`): digits and spaces are narrow, so such lines can fall short of the width test.
 */
const LIST_ITEM = /^\d+\s*[、.．)）](?!\d)/;

/** `一、` `(二)` `3.` start an item; a bare number (`13.6万元`) continues the sentence above. */
function startsNumberedItem(line: string): boolean {
  return /^\d/.test(line) ? LIST_ITEM.test(line) : LEADING_NUMBER.test(line);
}

function splitsANumber(previous: string, line: string): boolean {
  return /\d$/.test(previous) && /^[\d%]/.test(line) && !LIST_ITEM.test(line) && !previous.includes('\t') && !line.includes('\t');
}

/**
 * Joins a line with the next when it runs to the margin and neither side marks a paragraph. Aside
 * lines (a page footer or a running title left between two halves of a sentence) stay lines of
 * their own, after the paragraph they interrupted, and do not end it.
 */
export function joinWrappedLines(lines: readonly string[], isAside: (line: string) => boolean = () => false): string[] {
  const full = fullWidth(lines.filter((line) => !isAside(line)));
  const result: string[] = [];
  let target = -1;
  let open = false;
  for (const line of lines) {
    if (line.trim() !== '' && isAside(line)) {
      result.push(line);
      continue;
    }
    const previous = result[target];
    if (previous !== undefined && line !== '' && splitsANumber(previous, line)) {
      result[target] = previous + line;
    } else if (open && previous !== undefined && line !== '' && !startsNumberedItem(line) && !line.includes('\t')) {
      result[target] = previous + line;
    } else {
      result.push(line);
      target = result.length - 1;
    }
    open = !line.includes('\t') && !PARAGRAPH_END.test(line) && displayWidth(line) >= 0.85 * full;
  }
  return result;
}

/** Below this margin width (display units, a CJK character counting two) lines are too short to tell wrapping from layout. */
const MIN_WRAP_WIDTH = 40;
const MIN_CUT_LINES = 3;
/** Share of lines at the margin, and how far past it a line may run, on a page set to one width. */
const MIN_MARGIN_SHARE = 0.25;
const MAX_MARGIN_SPREAD = 1.25;

/**
 * Text saved from a PDF or a fixed-width view keeps the layout's line breaks: most lines that run to
 * the margin end mid-sentence (`…整理劳动基` / `地。`). Text with one paragraph a line ends its long
 * lines with a stop.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  const body = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.includes('\t') && !isPageMarker(line));
  const full = fullWidth(body);
  if (full < MIN_WRAP_WIDTH) return false;
  const long = body.filter((line) => displayWidth(line) >= 0.85 * full);
  // a wrapped page sets most of its lines to one width; a flattened page has a few long lines of any width
  const atMargin = long.length >= MIN_MARGIN_SHARE * body.length && long.every((line) => displayWidth(line) <= MAX_MARGIN_SPREAD * full);
  // a line cut by the margin stops mid-word, on a character (a contents line ends on its page number)
  const cut = long.filter((line) => /[\p{Script=Han},,、]$/u.test(line));
  return atMargin && cut.length >= MIN_CUT_LINES && cut.length * 2 >= long.length;
}

/** Page texts as pdf-parse returns them → reader text. */
export function cleanPdfPages(pageTexts: readonly string[]): string {
  const pages = pageTexts.map((text) =>
    text
      .split('\n')
      .map((line) => collapseLetterSpacing(line.trim()))
      .filter((line) => line !== ''),
  );
  const withoutMarkers = pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines));
    return lines.filter((line, i) => !(edges.has(i) && isPageMarker(line)));
  });
  const body = removeRunningLines(withoutMarkers).flat();
  return joinWrappedLines(body).join('\n');
}
