// The structure stage: normalized file text → articles with sections and sentences.
import { basename } from 'node:path';
import type { Article, Script } from '../types.js';
import { layoutPage } from './articles.js';
import { buildSections } from './headings.js';
import { splitSentences } from './sentences.js';

export { buildSections } from './headings.js';
export { splitSentences } from './sentences.js';
export { layoutPage } from './articles.js';

/**
 * `000_6a7843488500aee0.txt` → `000_6a7843488500aee0`, `siteA/index.html` → `siteA/index`: the
 * path up to the first dot of its file name. Folders stay in the id so that two `index.html` of two
 * sites are two documents.
 */
export function documentStem(docPath: string): string {
  const slash = docPath.lastIndexOf('/');
  const name = docPath.slice(slash + 1);
  const dot = name.indexOf('.');
  return docPath.slice(0, slash + 1) + (dot > 0 ? name.slice(0, dot) : name);
}

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
