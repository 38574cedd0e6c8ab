import type { Article, Evidence, Sentence, Span } from '../src/types.js';

/** Evidence for a span of the article: the quote is always the exact slice. */
export function evidenceFor(article: Article, span: Span, sectionPath?: string[]): Evidence {
  return {
    span: { start: span.start, end: span.end },
    quote: article.text.slice(span.start, span.end),
    sectionPath: sectionPath ?? sentenceAt(article, span.start)?.sectionPath ?? [],
  };
}

/** The sentence holding offset `at`, by binary search over the ordered sentences. */
export function sentenceAt(article: Article, at: number): Sentence | undefined {
  const sentences = article.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
