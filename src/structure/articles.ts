// Splits a page's normalized text into article ranges and records the page around them.
import type { Message } from '../types.js';
import { breadcrumbSite, isBreadcrumb, isNavigationBar, isWechatAccountName } from '../text/site-chrome.js';
import { documentTitleOf, endsArticle, findDate, isDateLine, isLeadingChrome, isTrailingChrome, isUploadCard, isWrapperLine } from './chrome.js';
import { findCompilationHeader, findMarkers, findTitleMarkers, isTitleRepeat } from './compilation.js';
import { splitLines, type Line } from './lines.js';

/** Page furniture cut from after an article: where the cut begins in the file text and what it held. */
export interface TrailingCut {
  start: number;
  end: number;
  lines: number;
  first: string;
}

export interface ArticleRange {
  start: number;
  end: number;
  /** The page footer cut after this article, when one was. */
  cut?: TrailingCut;
  /** A compilation article's marker heading (ArticleMarker.heading). */
  heading?: string;
  /** Lines of page chrome inside the range (the compilation title repeated under a marker), to blank out. */
  blanks?: { start: number; end: number }[];
}

export interface PageLayout {
  ranges: ArticleRange[];
  title: string | null;
  date: string | null;
  compilation: boolean;
  /** The page's header was a document site's upload card. */
  documentSite: boolean;
  /** A single article's header lines that credit a source or issuer (`来源:…`), joined; else absent. */
  stamps?: string;
  /** The site's own header line over its menu or breadcrumb (`某某县人民政府门户网站`, a school's name); else absent. */
  siteHeader?: string;
  messages: Message[];
}

/** The header of a single-article page stays within its first lines; deeper chrome is body text. */
const HEADER_WINDOW = 40;
/** Han characters of running text a footer may be followed by and still be the page's end. */
const FOOTER_SLACK = 120;
/**
 * A footer line speaks of the site (本站, 转载, 侵权…) or is a short label without a sentence's
 * stop; a sentence without such words (`声明:本方案由…负责解释。`) is the plan's own, however
 * close to the end it stands.
 */
const SHORT_FOOTER = 40;
const SITE_WORDS = /本站|本网|网站|网络|转载|侵权|删除|联系我们|版权|copyright|©|ICP|公网安备|下载|文档/iu;
/** Fewer Han characters than this in every article, on a page holding more, means the layout failed. */
const MIN_ARTICLE_HAN = 20;

const HAN = /\p{Script=Han}/gu;

function hanCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(HAN)) n++;
  return n;
}

/** A sentence of the body rather than a title, breadcrumb or date line. */
function isRunningText(line: string): boolean {
  return /[。;!?]/.test(line) || line.length > 40;
}

/**
 * Where the page's closing chrome begins in [from, textEnd), judged by where a chrome line
 * stands rather than by its words alone: a footer word (声明:, 版权所有, ICP备…) ends the article
 * only when no more than a little running text follows it; a line opening other articles (上一篇,
 * 相关推荐…) ends it when what follows is smaller than the article before it.
 */
function trailingChrome(lines: readonly Line[], from: number, textEnd: number): { end: number; cut?: TrailingCut } {
  const first = lines.findIndex((line) => line.start >= from);
  if (first < 0) return { end: textEnd };
  let last = lines.length - 1;
  while (last >= first && lines[last]!.start >= textEnd) last--;
  // running-text Han characters from each line to the page's end, chrome lines not counted
  const after = new Array<number>(last + 2).fill(0);
  for (let i = last; i >= first; i--) {
    const text = lines[i]!.text;
    after[i] = after[i + 1]! + (isRunningText(text) && !isTrailingChrome(text) ? hanCount(text) : 0);
  }
  let before = 0;
  for (let i = first; i <= last; i++) {
    const text = lines[i]!.text;
    if (isTrailingChrome(text)) {
      const following = after[i + 1]!;
      const footer = following <= FOOTER_SLACK && (SITE_WORDS.test(text) || (text.length <= SHORT_FOOTER && !/[。;!?]/u.test(text)));
      if (footer || (endsArticle(text) && following < before)) {
        const dropped = lines.slice(i, last + 1).filter((l) => l.text.length > 0).length;
        return { end: lines[i]!.start, cut: { start: lines[i]!.start, end: textEnd, lines: dropped, first: text } };
      }
    }
    before += hanCount(text);
  }
  return { end: textEnd };
}

/** A document site's card dates the upload, not the document. */
function hasUploadCard(lines: readonly Line[]): boolean {
  return lines.some((line) => isUploadCard(line.text));
}

/** `来源:某某县教育局 浏览次数:312`: a portal's credit of whose item it is. */
const CREDIT_STAMP = /(?:来源|发布单位|发布机构|发布部门|供稿单位|供稿|稿源|发文单位)\s*[::]/u;

function pageStamps(lines: readonly Line[]): { stamps?: string } {
  const stamps = lines.filter((line) => isLeadingChrome(line.text) && CREDIT_STAMP.test(line.text)).map((line) => line.text);
  return stamps.length ? { stamps: stamps.join('\n') } : {};
}

function pageDate(lines: readonly Line[]): string | null {
  if (hasUploadCard(lines)) return null;
  for (const line of lines) {
    if (isLeadingChrome(line.text) || isDateLine(line.text)) {
      const date = findDate(line.text);
      if (date) return date;
    }
  }
  return null;
}

/** Trims a range to its visible text so it neither starts nor ends with a line break. */
function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A notice's title under its issuer's line: `关于印发《…》的通知`. */
const NOTICE_LINE = /^关于.{2,}(?:通知|通报|决定|意见|批复|函)$/u;

/**
 * The page title: the first header line that is neither chrome nor a date, else the wrapper's file
 * name. A site's menu or breadcrumb stands between the site's header (the school's or portal's name
 * over every page) and the item's title, so only the lines under the last of them are read when
 * any line is.
 */
function pageTitle(header: readonly Line[], menu: number): string | null {
  const under = header.slice(menu + 1);
  const headerLines = under.some((l) => l.text && !isLeadingChrome(l.text) && !isDateLine(l.text)) ? under : header;
  // a WeChat account's name, between its follow prompt and its header, names the account, not the article
  const plainLines = headerLines.filter(
    (l, i) => l.text && !isLeadingChrome(l.text) && !isDateLine(l.text) && !isWechatAccountName(headerLines[i - 1]?.text ?? '', l.text, headerLines[i + 1]?.text ?? ''),
  );
  const plain = plainLines[0];
  // a notice's title set in two lines, the issuer over `关于…的通知`, is one title
  const next = plainLines[1];
  if (plain && next && !plain.text.includes('关于') && NOTICE_LINE.test(next.text)) return plain.text + next.text;
  if (plain) return documentTitleOf(plain.text) ?? plain.text;
  for (const line of headerLines) {
    const title = isWrapperLine(line.text) ? documentTitleOf(line.text) : null;
    if (title) return title;
  }
  return null;
}

/** Where the last menu or breadcrumb line of a page header stands; -1 when it has none. */
function lastMenuLine(header: readonly Line[]): number {
  let last = -1;
  for (const [i, line] of header.entries()) if (isNavigationBar(line.text) || isBreadcrumb(line.text)) last = i;
  return last;
}

/** The short line a site prints above its menu or breadcrumb, else the site its breadcrumb opens with: its own name, which places it. */
const MAX_SITE_HEADER = 40;
function siteHeader(header: readonly Line[], menu: number): { siteHeader?: string } {
  const line = header.slice(0, Math.max(0, menu)).find((l) => l.text && l.text.length <= MAX_SITE_HEADER && !isNavigationBar(l.text) && !isBreadcrumb(l.text));
  const site = line?.text ?? (menu >= 0 ? breadcrumbSite(header[menu]!.text) : null);
  return site ? { siteHeader: site } : {};
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
  const menu = lastMenuLine(headerLines);
  const { end, cut } = trailingChrome(lines, bodyStart, text.length);
  const range = trimRange(text, bodyStart, end);
  return {
    ranges: [cut ? { ...range, cut } : range],
    title: pageTitle(headerLines, menu),
    date: pageDate(headerLines),
    compilation: false,
    documentSite: hasUploadCard(headerLines),
    ...pageStamps(headerLines),
    ...siteHeader(headerLines, menu),
    messages: [],
  };
}

function compilationLayout(text: string, lines: readonly Line[]): PageLayout | null {
  const header = findCompilationHeader(lines);
  const numbered = findMarkers(lines, header);
  const markers = numbered.length >= 2 ? numbered : findTitleMarkers(lines);
  if (markers.length < 2) return null;
  const messages: Message[] = [];
  if (header && markers.length !== header.declared) {
    messages.push({
      severity: 'warning',
      origin: 'structure:compilation-count',
      reason: `page announces ${header.declared} articles, ${markers.length} markers found`,
    });
  }
  const firstLine = markers[0]!.line;
  // the compilation title printed again beside each marker, before or after it
  const repeat = lines.map((line, i) => i > firstLine - 2 && isTitleRepeat(line.text, header));
  const skippable = (i: number): boolean => repeat[i] === true || lines[i]!.text.trim() === '';
  const lastStart = markers[markers.length - 1]!.bodyStart;
  const { end: pageEnd, cut } = trailingChrome(lines, lastStart, text.length);
  const ranges = markers.map((marker, i): ArticleRange => {
    const next = markers[i + 1];
    let start = marker.bodyStart;
    // a marker alone on its line: the repeat under it is not the article's title
    let first = lines.findIndex((line) => line.start === start);
    while (first >= 0 && first < lines.length - 1 && skippable(first) && (!next || first < next.line)) start = lines[++first]!.start;
    let end = next ? lines[next.line]!.start : pageEnd;
    if (next) {
      let before = next.line - 1;
      while (before > marker.line && lines[before]!.start >= start && skippable(before)) end = lines[before--]!.start;
    }
    const range = trimRange(text, start, end);
    const blanks = lines.filter((line, j) => repeat[j] && line.start >= range.start && line.end <= range.end).map((line) => ({ start: line.start, end: line.end }));
    return { ...range, ...(marker.heading ? { heading: marker.heading } : {}), ...(blanks.length ? { blanks } : {}), ...(!next && cut ? { cut } : {}) };
  });
  const firstMarker = markers[0]!.line;
  return {
    ranges,
    title: header?.title || null,
    date: pageDate(lines.slice(0, firstMarker)),
    compilation: true,
    documentSite: hasUploadCard(lines.slice(0, firstMarker)),
    messages,
  };
}

/** The layout of one page: article ranges in the normalized text, page title and date. */
export function layoutPage(text: string): PageLayout {
  const lines = splitLines(text);
  const layout = compilationLayout(text, lines) ?? singleArticleLayout(text, lines);
  const kept = layout.ranges.reduce((n, r) => n + hanCount(text.slice(r.start, r.end)), 0);
  // never lose a page to its chrome: when the layout keeps next to nothing of a page that holds
  // text, the whole page is the article
  if (kept < MIN_ARTICLE_HAN && hanCount(text) >= MIN_ARTICLE_HAN) {
    return {
      ranges: [trimRange(text, 0, text.length)],
      title: layout.title,
      date: null,
      compilation: false,
      documentSite: layout.documentSite,
      messages: [{ severity: 'warning', origin: 'structure:no-article', reason: 'page chrome left no article: the whole page is kept' }],
    };
  }
  return layout;
}
