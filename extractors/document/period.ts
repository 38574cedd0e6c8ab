// The years a plan covers: a range printed with the title (`2011-2013`, `(2018-2020年)`), else the
// span of its implementation timetable, else the year its goals are due (`到2017年` → end only).
import type { Article, DocType, Span } from '../../src/types.js';
import { findDates, yearOf } from '../../src/text/dates.js';
import { bodyEnd, maskCitedTitles } from './lines.js';
import type { FoundTitle } from './title.js';

export interface FoundPeriod {
  start: number | null;
  end: number | null;
  span: Span;
}

const YEAR_RANGE = /((?:19|20)\d{2})\s*年?\s*(?:[-—–~]+|至|到)\s*((?:19|20)\d{2})\s*年?/;
const SINGLE_YEAR = /((?:19|20)\d{2})\s*(?:年度?|学年)/;
const TIMETABLE = /实施步骤|工作步骤|活动步骤|实施阶段|时间安排|进度安排|时间进度|步骤|阶段|日程/;
const DUE_YEAR = /(?:到|至|截至|截止到?)\s*((?:19|20)\d{2})\s*年(?:底|末)?/g;
const MIN_YEAR = 1980;
const MAX_YEAR = 2050;

export function findPeriod(article: Article, title: FoundTitle | null, docType: DocType): FoundPeriod | null {
  const fromTitle = title ? titleYears(article.text, title) : null;
  if (fromTitle || docType !== 'plan') return fromTitle;
  return timetableYears(article) ?? dueYear(article.text);
}

/** A range in the title or in the short line printed under it. */
function titleYears(text: string, title: FoundTitle): FoundPeriod | null {
  const nextLineEnd = text.indexOf('\n', text.indexOf('\n', title.span.end) + 1);
  const under = text.slice(title.span.end, nextLineEnd < 0 ? text.length : nextLineEnd);
  const pieces: [string, number][] = [[text.slice(title.span.start, title.span.end), title.span.start]];
  if (under.trim().length <= 16) pieces.push([under, title.span.end]);
  for (const [piece, offset] of pieces) {
    const range = YEAR_RANGE.exec(piece);
    if (range && plausible(+range[1]!, +range[2]!)) {
      return { start: +range[1]!, end: +range[2]!, span: { start: offset + range.index, end: offset + range.index + range[0].length } };
    }
    const single = SINGLE_YEAR.exec(piece);
    if (single && plausible(+single[1]!, +single[1]!)) {
      return { start: +single[1]!, end: +single[1]!, span: { start: offset + single.index, end: offset + single.index + single[0].length } };
    }
  }
  return null;
}

/** First and last year of the dates in the timetable sections or the sentences that name a stage. */
function timetableYears(article: Article): FoundPeriod | null {
  const spans: Span[] = article.sections.filter((s) => TIMETABLE.test(s.title)).map((s) => s.body);
  for (const s of article.sentences) if (/阶段/.test(article.text.slice(s.start, s.end))) spans.push(s);
  const years: number[] = [];
  let first: Span | null = null;
  for (const span of spans) {
    for (const d of findDates(article.text.slice(span.start, span.end))) {
      for (const date of [d.start, d.end]) {
        if (!date || !plausible(yearOf(date), yearOf(date))) continue;
        years.push(yearOf(date));
        first ??= { start: span.start + d.span.start, end: span.start + d.span.end };
      }
    }
  }
  if (!first) return null;
  return { start: Math.min(...years), end: Math.max(...years), span: first };
}

/** `到2017年基本实现…`: the plan's horizon, when nothing else dates it. */
function dueYear(text: string): FoundPeriod | null {
  const masked = maskCitedTitles(text.slice(0, bodyEnd(text)));
  let best: FoundPeriod | null = null;
  for (const m of masked.matchAll(DUE_YEAR)) {
    const year = +m[1]!;
    if (!plausible(year, year) || (best && best.end! >= year)) continue;
    best = { start: null, end: year, span: { start: m.index, end: m.index + m[0].length } };
  }
  return best;
}

function plausible(start: number, end: number): boolean {
  return start >= MIN_YEAR && end <= MAX_YEAR && end >= start && end - start <= 10;
}
