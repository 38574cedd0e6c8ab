// An article built straight from text, for extractor tests that must not depend on the structure stage.
import type { Article, Segmenter } from '../../src/types.js';

/** A segmenter without a dictionary: one untagged token, so rules must stand without POS. */
export const plainSegmenter: Segmenter = { cut: (t) => [t], tag: (t) => [{ word: t, tag: 'x' }] };

/** One article of `text` with sentences cut at 。 and line ends, and the page around it as given. */
export function articleOf(text: string, page: Partial<Article['pageContext']> = {}): Article {
  const sentences = [...text.matchAll(/[^。\n]+[。]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, sectionPath: [] }));
  return {
    id: 'test#1', sourcePath: 'test.txt', index: 1, text, offsetInFile: 0, script: 'hans', sections: [], sentences,
    pageContext: { title: null, date: null, compilation: false, ...page }, messages: [],
  };
}
