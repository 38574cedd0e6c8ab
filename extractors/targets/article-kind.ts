// What the article is, read once for the whole pipeline: the document extractor's doc_type (title
// and the body's tense) decides whether a figure with no cue of its own is a goal or an actual, so a
// 总结 or 自查报告 never reports its figures as goals while doc_type calls it a summary.
import type { Article } from '../../src/types.js';
import { articleType } from '../document/article-type.js';
import { documentKind, titleSetsRules, type Kind } from './kind.js';

/**
 * `firm` when the genre says it (a plan, a summary): then only a strong cue word flips a figure. A
 * speech or news item (doc_type other) both reports and promises, so any cue word near a figure
 * decides, and the balance of the whole text only fills in where none stands.
 */
export interface ArticleKind {
  kind: Kind;
  firm: boolean;
}

export function articleKind(article: Article, fallbackTitle: string): ArticleKind {
  const { title: found, docType } = articleType(article);
  const title = found?.title ?? null;
  if (title !== null && titleSetsRules(title)) return { kind: 'goal', firm: true };
  if (docType === 'summary') return { kind: 'actual', firm: true };
  if (docType === 'plan') return { kind: 'goal', firm: true };
  // A study or a page of another genre: the balance of reporting and promising words decides.
  return { kind: documentKind(title ?? fallbackTitle, article.text), firm: false };
}
