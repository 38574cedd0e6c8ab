// One reading of what an article is (plan, summary, research, other), shared by the document facts
// and by the targets extractor, whose goal-or-actual prior must agree with the stored doc_type.
import type { Article, DocType } from '../../src/types.js';
import { classifyDocType, genreSignals } from './doc-type.js';
import { bodyEnd } from './lines.js';
import { findTitle, type FoundTitle } from './title.js';

export interface ArticleType {
  title: FoundTitle | null;
  docType: DocType;
}

export function articleType(article: Article): ArticleType {
  const title = findTitle(article);
  // an article without a title line of its own is typed by its page's title; a compilation's
  // title is not its articles' (a 总结 page gathers plans too)
  const page = article.pageContext;
  const body = article.text.slice(0, bodyEnd(article.text));
  return { title, docType: classifyDocType(title?.title ?? (page.compilation ? null : page.title), genreSignals(body)) };
}
