// The structure stage: normalized file text → articles with sections and sentences.
import { basename } from 'node:path';
import type { Article, Script } from '../types.js';
import { layoutPage } from './articles.js';
import { buildSections } from './headings.js';
import { splitSentences } from './sentences.js';

export { buildSections } from './headings.js';
export { splitSentences } from './sentences.js';
export { layoutPage } from './articles.js';

/** `000_6a7843488500aee0.txt` → `000_6a7843488500aee0`: the file name up to its first dot. */
export function documentStem(sourcePath: string): string {
  const name = basename(sourcePath);
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function buildArticles(input: { text: string; sourcePath: string; script: Script }): Article[] {
  const page = layoutPage(input.text);
  const stem = documentStem(input.sourcePath);
  return page.ranges.map((range, i) => {
    const text = input.text.slice(range.start, range.end);
    const sections = buildSections(text);
    return {
      id: `${stem}#${i + 1}`,
      sourcePath: input.sourcePath,
      index: i + 1,
      text,
      offsetInFile: range.start,
      script: input.script,
      sections,
      sentences: splitSentences(text, sections),
      pageContext: { title: page.title, date: page.date, compilation: page.compilation },
      messages: i === 0 ? [...page.messages] : [],
    };
  });
}
