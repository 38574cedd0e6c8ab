// Splits a page's normalized text into article ranges and records the page around them.
import type { Message } from '../types.js';
import { findDate, isDateLine, isLeadingChrome, isTrailingChrome } from './chrome.js';
import { findCompilationHeader, findMarkers } from './compilation.js';
import { splitLines, type Line } from './lines.js';

export interface ArticleRange {
  start: number;
  end: number;
}

export interface PageLayout {
  ranges: ArticleRange[];
  title: string | null;
  date: string | null;
  compilation: boolean;
  messages: Message[];
}

/** The header of a single-article page stays within its first lines; deeper chrome is body text. */
const HEADER_WINDOW = 15;

/** Offset where trailing chrome begins after `from`, or the text's end. */
function trailingChromeStart(lines: readonly Line[], from: number, textEnd: number): number {
  const first = lines.find((line) => line.start >= from && isTrailingChrome(line.text));
  return first ? first.start : textEnd;
}

function pageDate(lines: readonly Line[]): string | null {
  for (const line of lines) {
    if (isLeadingChrome(line.text) || isDateLine(line.text)) {
      const date = findDate(line.text);
      if (date) return date;
    }
  }
  return null;
}

/** Trims a range to its visible text so it neither starts nor ends with a line break. */
function trimRange(text: string, start: number, end: number): ArticleRange {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A sentence of the body rather than a title, breadcrumb or date line. */
function isRunningText(line: string): boolean {
  return /[。;!?]/.test(line) || line.length > 40;
}

function singleArticleLayout(text: string, lines: readonly Line[]): PageLayout {
  const head = lines.slice(0, HEADER_WINDOW);
  let lastChrome = -1;
  // The header ends at the first line of running text: a short document's signature date below
  // it is not page chrome, or the whole body would be cut away as header.
  for (const [i, line] of head.entries()) {
    if (isLeadingChrome(line.text) || isDateLine(line.text)) lastChrome = i;
    else if (isRunningText(line.text)) break;
  }
  const bodyStart = lastChrome >= 0 ? (lines[lastChrome + 1]?.start ?? text.length) : 0;
  const headerLines = head.slice(0, lastChrome + 1);
  // the page title: the first header line that is neither chrome nor a date
  const title = headerLines.find((l) => l.text && !isLeadingChrome(l.text) && !isDateLine(l.text))?.text ?? null;
  const end = trailingChromeStart(lines, bodyStart, text.length);
  return {
    ranges: [trimRange(text, bodyStart, end)],
    title,
    date: pageDate(headerLines),
    compilation: false,
    messages: [],
  };
}

/** The layout of one page: article ranges in the normalized text, page title and date. */
export function layoutPage(text: string): PageLayout {
  const lines = splitLines(text);
  const header = findCompilationHeader(lines);
  const markers = findMarkers(lines, header);
  if (markers.length < 2) return singleArticleLayout(text, lines);
  const messages: Message[] = [];
  if (header && markers.length !== header.declared) {
    messages.push({
      severity: 'warning',
      origin: 'structure:compilation-count',
      reason: `page announces ${header.declared} articles, ${markers.length} markers found`,
    });
  }
  const lastStart = markers[markers.length - 1]!.bodyStart;
  const pageEnd = trailingChromeStart(lines, lastStart, text.length);
  const ranges = markers.map((marker, i) => {
    const next = markers[i + 1];
    const end = next ? lines[next.line]!.start : pageEnd;
    return trimRange(text, marker.bodyStart, end);
  });
  const firstMarker = markers[0]!.line;
  return {
    ranges,
    title: header?.title || null,
    date: pageDate(lines.slice(0, firstMarker)),
    compilation: true,
    messages,
  };
}
