// When the article was issued: the date under its signature; else a date printed with the title
// (`(2023年3月15日)` under a speech, `某小学 2019年9月` under a plan); else the page's publication
// stamp, but only on a page that publishes the article itself: a document-sharing or 范文 site
// stamps its upload date, which says nothing of when the document was written, and a
// compilation's date belongs to no article.
import type { Article, Span } from '../../src/types.js';
import { parseDate } from '../../src/text/dates.js';
import { linesOf } from './lines.js';
import type { Signature } from './signature.js';
import type { FoundTitle } from './title.js';
import { opensWithByline } from './organization.js';
import { isWechatHeader } from '../../src/text/site-chrome.js';
import { isSharedDocumentPage, isWrapperLine } from './wrapper.js';

export interface FoundDate {
  date: string;
  /** Null when the date came from the page around the article rather than its text. */
  span: Span | null;
}

const DATE = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[一二][〇零○O一二三四五六七八九]{3}\s*年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?|(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?(?![\d.])/;
/** How far after the title a date still belongs to it: a speaker's or issuer's line, then the date. */
const UNDER_TITLE = 40;
/** A date whose year is masked (`20xx年`, `二〇××年`): the page hides it, so the article has none. */
const MASKED_DATE = /(?:20|二〇|二零)[xX×*＊□○_]{2,4}\s*年|(?:19|20)\d[xX×*_]\s*年/;
/** Lines at the top that a shared-page test reads. */
const HEAD = 8;

export function findIssueDate(article: Article, signature: Signature, title: FoundTitle | null = null): FoundDate | null {
  if (signature.date) return { date: signature.date, span: signature.dateSpan };
  // a title printed above the text (the page's) leaves the byline and its date at the text's top
  const titleEnd = title?.span ? (title.linesEnd ?? title.span.end) : title && opensWithByline(article.text) ? 0 : null;
  const underTitle = titleEnd === null ? null : dateUnderTitle(article.text, titleEnd);
  if (underTitle) return underTitle;
  if (MASKED_DATE.test(closingLines(article.text))) return null;
  const page = article.pageContext;
  if (page.compilation) return null;
  const head = linesOf(article.text).slice(0, HEAD).map((l) => l.text).join('\n');
  // the structure stage may already have told (pageContext.documentSite); the text tells as well
  const toldShared = 'documentSite' in page && page.documentSite === true;
  if (toldShared || isSharedDocumentPage(page.title, head)) return null;
  if (page.date) {
    const date = parseDate(page.date);
    if (date) return { date, span: null };
  }
  return stampInText(article.text);
}

/** `(2023年3月15日)` or `某某小学2019年9月` right under the title, before the body begins. */
function dateUnderTitle(text: string, titleEnd: number): FoundDate | null {
  const after = text.slice(titleEnd, titleEnd + UNDER_TITLE);
  const m = DATE.exec(after);
  if (!m) return null;
  // only the title's own lines: what lies between is a name, never a sentence
  const between = after.slice(0, m.index);
  if (/[。;!?,,:]/.test(between) || between.split('\n').length > 3) return null;
  // `(2025年9月——2028年8月)` under a plan's title is the span it covers, not the day it was issued
  if (/^\s*(?:[-—–~]+|至|到)\s*(?:19|20)\d{2}/.test(text.slice(titleEnd + m.index + m[0].length))) return null;
  const date = parseDate(m[0].replace(/[○O]/g, '〇'));
  return date ? { date, span: { start: titleEnd + m.index, end: titleEnd + m.index + m[0].length } } : null;
}

/**
 * A portal's `发布时间:2021-12-06` stamp left at the top of the text, or a WeChat account's header
 * (`原创 某某教育发布 2025年11月12日 08:30`): the day the article was published (the only date it gives).
 */
function stampInText(text: string): FoundDate | null {
  for (const line of linesOf(text).slice(0, HEAD)) {
    const stamp = /(?:发布时间|发布日期|日期|时间)\s*[::]/.test(line.text) && isWrapperLine(line.text);
    if (!stamp && !isWechatHeader(line.text)) continue;
    const m = DATE.exec(line.text);
    const date = m ? parseDate(m[0]) : null;
    if (m && date) return { date, span: { start: line.start + m.index, end: line.start + m.index + m[0].length } };
  }
  return null;
}

function closingLines(text: string): string {
  return linesOf(text).slice(-3).map((l) => l.text).join('\n');
}
