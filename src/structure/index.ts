// The structure stage: normalized file text → articles with sections and sentences.
import { basename } from 'node:path';
import type { Article, Script } from '../types.js';
import { layoutPage } from './articles.js';
import { buildSections } from './headings.js';
import { splitSentences } from './sentences.js';
import { documentStem } from '../doc-id.js';

export { buildSections } from './headings.js';
export { splitSentences } from './sentences.js';
export { layoutPage } from './articles.js';
export { documentStem } from '../doc-id.js';

/** `docPath`: the file's path relative to the folder given to ingest, `/`-separated; without it, the file name. */
export function buildArticles(input: { text: string; sourcePath: string; docPath?: string; script: Script }): Article[] {
  const page = layoutPage(input.text);
  const stem = documentStem(input.docPath ?? basename(input.sourcePath));
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
