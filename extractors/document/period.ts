// The years a plan covers: a range printed with the title (`2011-2013`, `(2018-2020年)`), else the
// span of its implementation timetable, else the year its goals are due (`到2017年` → end only).
// Articles that are not plans cover no years.
import type { Article, DocType, Span } from '../../src/types.js';
import { findDates, yearOf } from '../../src/text/dates.js';
import { bodyEnd, maskCitedTitles } from './lines.js';
import type { FoundTitle } from './title.js';

export interface FoundPeriod {
  start: number | null;
  end: number | null;
  /** Null when read from a title printed above the article's text. */
  span: Span | null;
}

const YEAR_RANGE = /((?:19|20)\d{2})\s*年?\s*(?:[-—–~]+|至|到)\s*((?:19|20)\d{2})\s*年?/;
/** A year standing for itself (`2024年工作计划`), not the year of a date (`2022年8月25日通过`). */
const SINGLE_YEAR = /((?:19|20)\d{2})\s*(?:年度?|学年)(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)/g;
const TIMETABLE = /实施步骤|工作步骤|活动步骤|实施阶段|时间安排|进度安排|时间进度|步骤|阶段|日程/;
const DUE_YEAR = /(?:到|至|截至|截止到?)\s*((?:19|20)\d{2})\s*年(?:底|末)?/g;
/** `2021/22`, `2021/22至2023/24年度`: Hong Kong school years, each running into the next calendar year. */
const SCHOOL_YEARS = /((?:19|20)\d{2})\s*[/]\s*(\d{2}|\d{4})(?:\s*(?:学?年度)?\s*(?:至|到|[-—–~]+)\s*((?:19|20)\d{2})\s*[/]\s*(?:\d{2}|\d{4}))?/;
/** A five-year plan named in the title covers the plan period it names. */
const FIVE_YEAR_PLAN = /十([一二三四五])五/;
const FIVE_YEAR_START: Record<string, number> = { 一: 2006, 二: 2011, 三: 2016, 四: 2021, 五: 2026 };
const HAN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const MIN_YEAR = 1980;
const MAX_YEAR = 2050;

/** `signingDate`: where the signature's date stands; it dates the plan, and covers no years of it. */
export function findPeriod(article: Article, title: FoundTitle | null, docType: DocType, signingDate: Span | null = null): FoundPeriod | null {
  // GUIDE.md: period_start/period_end are "years the plan covers". Only a plan covers years: a
  // summary's title year (`2024年工作总结`, `2024—2025学年度…总结`) dates the work it reports, a
  // research paper's or a news item's years date their subject or event, and a report that ends
  // with next year's plan (`2024年工作总结和2025年工作计划`) is still a summary. The seeds' gold and
  // every real-style examiner give these null.
  if (docType !== 'plan') return null;
  const fromTitle = title ? titleYears(article.text, title) : null;
  return fromTitle ?? timetableYears(article, signingDate) ?? dueYear(article.text);
}

/** A range in the title or in the short line printed under it. */
function titleYears(text: string, title: FoundTitle): FoundPeriod | null {
  const pieces: [string, number | null][] = [[title.title, title.span?.start ?? null]];
  if (title.span) {
    const nextLineEnd = text.indexOf('\n', text.indexOf('\n', title.span.end) + 1);
    const under = text.slice(title.span.end, nextLineEnd < 0 ? text.length : nextLineEnd);
    if (under.trim().length <= 24) pieces.push([under, title.span.end]);
  }
  for (const [raw, offset] of pieces) {
    // 二零二一/二二 is written with one Han digit per digit, so the spans still line up
    const piece = hanDigitYears(raw);
    const at = (m: RegExpExecArray): Span | null => (offset === null ? null : { start: offset + m.index, end: offset + m.index + m[0].length });
    const school = SCHOOL_YEARS.exec(piece);
    if (school) {
      const start = +school[1]!;
      const end = (school[3] ? +school[3] : start) + 1;
      if (plausible(start, end)) return { start, end, span: at(school) };
    }
    const range = YEAR_RANGE.exec(piece);
    if (range && plausible(+range[1]!, +range[2]!)) return { start: +range[1]!, end: +range[2]!, span: at(range) };
    // `(2019年9月-2022年7月)`: a range written to the month
    const months = findDates(piece).find((d) => d.start && d.end && yearOf(d.end) > yearOf(d.start));
    if (months?.start && months.end && plausible(yearOf(months.start), yearOf(months.end))) {
      const span = offset === null ? null : { start: offset + months.span.start, end: offset + months.span.end };
      return { start: yearOf(months.start), end: yearOf(months.end), span };
    }
    // `2024年工作要点` covers its year; years named apart (`2023年秋季至2024年春季…`) cover first to last
    const singles = [...piece.matchAll(SINGLE_YEAR)];
    const years = singles.map((m) => +m[1]!);
    const first = singles[0];
    if (first && plausible(Math.min(...years), Math.max(...years))) return { start: Math.min(...years), end: Math.max(...years), span: at(first) };
  }
  const five = FIVE_YEAR_PLAN.exec(title.title);
  if (five) {
    const start = FIVE_YEAR_START[five[1]!]!;
    const span = title.span && { start: title.span.start + five.index, end: title.span.start + five.index + five[0].length };
    return { start, end: start + 4, span };
  }
  return null;
}

/** `二零二一/二二` → `2021/22`: runs of two or more Han digits, as years are written in full. */
function hanDigitYears(text: string): string {
  return text.replace(/[〇零○O一二三四五六七八九]{2,4}/g, (run) => [...run].map((c) => HAN_DIGIT[c] ?? c).join(''));
}

/** First and last year of the dates in the timetable sections or the sentences that name a stage. */
function timetableYears(article: Article, signingDate: Span | null): FoundPeriod | null {
  const spans: Span[] = article.sections.filter((s) => TIMETABLE.test(s.title)).map((s) => s.body);
  for (const s of article.sentences) if (/阶段/.test(article.text.slice(s.start, s.end))) spans.push(s);
  const years: number[] = [];
  let first: Span | null = null;
  for (const span of spans) {
    for (const d of findDates(article.text.slice(span.start, span.end))) {
      // the last section runs on to the signature: `三、实施步骤 … 某小学 2023年9月5日`
      if (signingDate && span.start + d.span.start < signingDate.end && span.start + d.span.end > signingDate.start) continue;
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
