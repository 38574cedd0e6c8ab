// When the article was issued: the date under its signature, else the page's publish date
// (only for a page that holds this one article; a compilation's date belongs to no article).
import type { Article, Span } from '../../src/types.js';
import { parseDate } from '../../src/text/dates.js';
import type { Signature } from './signature.js';

export interface FoundDate {
  date: string;
  /** Null when the date came from the page around the article rather than its text. */
  span: Span | null;
}

export function findIssueDate(article: Article, signature: Signature): FoundDate | null {
  if (signature.date) return { date: signature.date, span: signature.dateSpan };
  const page = article.pageContext;
  if (page.compilation || !page.date) return null;
  const date = parseDate(page.date);
  return date ? { date, span: null } : null;
}
