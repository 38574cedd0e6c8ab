// The structure stage: normalized file text → articles with sections and sentences.
import { basename } from 'node:path';
import type { Article, Message, Script } from '../types.js';
import { layoutPage, type TrailingCut } from './articles.js';
import { buildSections } from './headings.js';
import { splitSentences } from './sentences.js';
import { documentStem } from '../doc-id.js';

export { buildSections } from './headings.js';
export { splitSentences } from './sentences.js';
export { layoutPage } from './articles.js';
export { documentStem } from '../doc-id.js';

/** A footer cut of more than a few lines is said, so a wrong cut never loses text silently. */
const SILENT_CUT_LINES = 3;

function cutMessage(cut: TrailingCut, at: number): Message {
  const first = cut.first.length > 30 ? `${cut.first.slice(0, 30)}…` : cut.first;
  return {
    severity: 'info',
    origin: 'structure:trailing-chrome',
    reason: `page footer dropped after the article: ${cut.lines} lines, ${cut.end - cut.start} characters from "${first}" (file offsets ${cut.start}-${cut.end})`,
    span: { start: at, end: at },
  };
}

/**
 * The article's text with page-chrome lines inside it turned to spaces: every offset stays the
 * file's, and nothing reads a repeated compilation title as the article's title or figures.
 */
function blankOut(text: string, start: number, end: number, blanks: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = start;
  for (const b of blanks) {
    out += text.slice(at, b.start) + ' '.repeat(b.end - b.start);
    at = b.end;
  }
  return out + text.slice(at, end);
}

/** `docPath`: the file's path relative to the folder given to ingest, `/`-separated; without it, the file name. */
export function buildArticles(input: { text: string; sourcePath: string; docPath?: string; script: Script }): Article[] {
  const page = layoutPage(input.text);
  const stem = documentStem(input.docPath ?? basename(input.sourcePath));
  return page.ranges.map((range, i) => {
    const text = blankOut(input.text, range.start, range.end, range.blanks ?? []);
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
      pageContext: { title: page.title, date: page.date, compilation: page.compilation, ...(page.documentSite ? { documentSite: true } : {}), ...(page.stamps ? { stamps: page.stamps } : {}), ...(page.siteHeader ? { siteHeader: page.siteHeader } : {}), ...(range.heading ? { markerHeading: range.heading } : {}) },
      messages: [...(i === 0 ? page.messages : []), ...(range.cut && range.cut.lines > SILENT_CUT_LINES ? [cutMessage(range.cut, text.length)] : [])],
    };
  });
}
