// What the article is, read once for the whole pipeline: the document extractor's doc_type (title
// and the body's tense) decides whether a figure with no cue of its own is a goal or an actual, so a
// 总结 or 自查报告 never reports its figures as goals while doc_type calls it a summary.
import type { Article } from '../../src/types.js';
import { classifyDocType, genreSignals } from '../document/doc-type.js';
import { bodyEnd } from '../document/lines.js';
import { findTitle } from '../document/title.js';
import { documentKind, type Kind } from './kind.js';

export function articleKind(article: Article, fallbackTitle: string): Kind {
  const title = findTitle(article)?.title ?? null;
  const docType = classifyDocType(title, genreSignals(article.text.slice(0, bodyEnd(article.text))));
  if (docType === 'summary') return 'actual';
  if (docType === 'plan') return 'goal';
  // A study or a page of another genre: the balance of reporting and promising words decides.
  return documentKind(title ?? fallbackTitle, article.text);
}
