// The article's own title: the short line(s) before the body that end in a genre word (方案, 总结…),
// or the head of a first line that runs on into the body (`…实施方案为贯彻落实…`).
import type { Article, Span } from '../../src/types.js';
import { GENRE_WORD, TITLE_END } from './keywords.js';
import { linesOf, type Line } from './lines.js';
import { isOrgName } from './org-names.js';

export interface FoundTitle {
  title: string;
  span: Span;
}

const NUMBERED = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十\d]+[章节部分条])/;
const SENTENCE_PUNCT = /[。;!?]/;
const CHROME = /^(?:所属分类|阅读次数|浏览次数|发布时间|发布日期|时间|来源|作者|编辑|点击)[::]/;
/** Lines between a title and the body that are not part of either: a period `2011-2013`, a date. */
const TITLE_NOTE = /^[((]?\d{4}(?:年)?(?:\s*[-—~至到]+\s*\d{4}年?)?[))]?$|^\d{4}[.年-]\d{1,2}(?:[.月-]\d{1,2}日?)?$/;
/** How the body of a plan or report opens; what follows a run-on title. */
const BODY_OPENER = /^(?:[、,]|为|根据|按照|依据|遵照|近年来|近几年|多年来|一年来|本学期|本学年|本年度|今年|去年|随着|当前|目前|我校|我们|在|自|从|经|[一二三四五六七八九十]+、)/;
const MAX_TITLE = 60;
const REPEATED_TAIL = 6;
const MIN_BARE_TITLE = 8;

export function findTitle(article: Article): FoundTitle | null {
  const lines = linesOf(article.text).slice(0, 12);
  const compilationTitle = article.pageContext.compilation ? bare(stripCount(article.pageContext.title ?? '')) : null;
  const blocks: FoundTitle[] = [];
  let i = 0;
  while (i < lines.length && blocks.length < 3) {
    const line = lines[i]!;
    // the compilation's own title, repeated as the first article's heading, is not this article's
    if (CHROME.test(line.text) || TITLE_NOTE.test(line.text) || bare(withoutMarker(line).text) === compilationTitle) {
      i++;
      continue;
    }
    const block = titleBlock(lines, i);
    if (block) {
      blocks.push(block.found);
      i = block.next;
      continue;
    }
    const runOn = runOnTitle(line) ?? (blocks.length === 0 ? bareTitleLine(line, lines[i + 1]) : null);
    if (runOn) blocks.push(runOn);
    break;
  }
  const own = blocks.filter((b) => bare(b.title) !== compilationTitle);
  return own.at(-1) ?? null;
}

/** Up to three short lines, joined, that end in a genre word. */
function titleBlock(lines: Line[], from: number): { found: FoundTitle; next: number } | null {
  let joined = '';
  let start = -1;
  for (let j = from; j < Math.min(lines.length, from + 3); j++) {
    const line = withoutMarker(lines[j]!);
    if (!line.text || line.text.length > MAX_TITLE || SENTENCE_PUNCT.test(line.text) || NUMBERED.test(line.text) || CHROME.test(line.text)) return null;
    if (start < 0) start = line.start;
    joined += line.text;
    if (joined.length > MAX_TITLE) return null;
    if (TITLE_END.test(joined)) return { found: { title: joined, span: { start, end: line.end } }, next: j + 1 };
  }
  return null;
}

/** A short line standing alone over the body (`…质量提升年活动`): a title without a genre word. */
function bareTitleLine(line: Line, next: Line | undefined): FoundTitle | null {
  const text = line.text;
  if (!next || text.length < MIN_BARE_TITLE || text.length > MAX_TITLE || /[。;!?::,,]/.test(text) || NUMBERED.test(text)) return null;
  if (isOrgName(text) || BODY_OPENER.test(text) || /\d{4}\s*[年.\-/]\s*\d{1,2}/.test(text)) return null;
  return { title: text, span: { start: line.start, end: line.end } };
}

/** A `第一篇:` marker, should one survive the article split, is not part of the title. */
function withoutMarker(line: Line): Line {
  const head = /^第[一二三四五六七八九十\d]+篇[::]?\s*/.exec(line.text)?.[0].length ?? 0;
  const tail = /\s*第[一二三四五六七八九十\d]+篇$/.exec(line.text)?.[0].length ?? 0;
  return { start: line.start + head, end: line.end - tail, text: line.text.slice(head, line.text.length - tail) };
}

/** `…活动实施方案为贯彻落实…`: a title glued to the body's first sentence. */
function runOnTitle(line: Line): FoundTitle | null {
  const text = line.text;
  if (NUMBERED.test(text) || BODY_OPENER.test(text)) return null;
  const head = text.slice(0, MAX_TITLE).split(/[,。;:《!?]/)[0] ?? '';
  let end = -1;
  for (const m of head.matchAll(GENRE_WORD)) end = m.index + m[0].length;
  if (end < 6 || !BODY_OPENER.test(text.slice(end))) return null;
  const start = repeatedTitleEnd(text.slice(0, end));
  return { title: text.slice(start, end), span: { start: line.start + start, end: line.start + end } };
}

/**
 * Where the last of two glued titles starts (`…工作方案学生东湖区…工作方案`): a page
 * title run into the article's own title ends the same way, so the repeated ending marks the seam.
 */
function repeatedTitleEnd(title: string): number {
  const tail = title.slice(-REPEATED_TAIL);
  const earlier = title.lastIndexOf(tail, title.length - REPEATED_TAIL - 1);
  return earlier >= 0 && title.length - (earlier + REPEATED_TAIL) >= 8 ? earlier + REPEATED_TAIL : 0;
}

function stripCount(title: string): string {
  return title.replace(/\s*\((?:精选|共)?\s*[\d一二三四五六七八九十]+\s*篇\)\s*$/, '');
}

function bare(s: string): string {
  return s.replace(/[^\p{Script=Han}\p{L}\d]/gu, '');
}
