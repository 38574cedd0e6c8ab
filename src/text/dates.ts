// Dates and date ranges as school plans write them, turned into `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
// Pure. Handles year carry-over (`2016年3月16日—3月24日`), unit sharing (`2018年3-4月`, `16-24日`),
// dotted (`2014.9-2015.7`) and ISO forms, `即日起至…`, month modifiers (底, 上旬…), Chinese numerals,
// and scraped dates that lost 年 (`201011月到20112月` → 2010-11 … 2011-02).
import type { Span } from '../types.js';
import { parseChineseInteger } from './numerals.js';

/** A date as far as the text states it; month and day are 1-based. */
export interface DatePoint {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** One date or date range found in a text. `start` is null for `即日起至…`. */
export interface DateMention {
  start: string | null;
  end: string | null;
  span: Span;
  text: string;
}

export interface DateOptions {
  /** Year assumed when the text gives none (e.g. the year of an enclosing stage). */
  year?: number | null;
}

/** `12`, `十二`, `二十三`, `二〇一六` → number; null when it is not a numeral. */
export function numeralValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseInteger(s);
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '(?:(?:19|20)\\d{2}|[一二][〇零一二三四五六七八九]{3})';
const SEP = '\\s*(?:—+|–+|-+|－+|~|～|〜|至|到)\\s*';
const MONTH_TAIL = '(?:份)?(?:底|末|初|上旬|中旬|下旬)?';

// One point; alternatives ordered from the most to the least specific. A bare number takes its unit
// from the other end of the range (`2018年3-4月`, `16-24日`, `2011-2013年`); the forms from
// `FIRST_BARE` on are bare at the front and so may only start a range.
const POINT_FORMS: { re: RegExp; read: (m: RegExpExecArray) => DatePoint }[] = [
  { re: new RegExp(`(?:(${YEAR})\\s*年\\s*)?(${NUM})\\s*月\\s*(${NUM})(?=${SEP}${NUM}\\s*[日号])`, 'y'), read: (m) => ymd(m[1], m[2], m[3]) },
  { re: new RegExp(`(${YEAR})\\s*年\\s*(${NUM})(?=${SEP}${NUM}\\s*月)`, 'y'), read: (m) => ymd(m[1], m[2], undefined) },
  { re: new RegExp(`((?:19|20)\\d{2})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)`, 'y'), read: (m) => ymd(m[1], m[2], m[3]) },
  { re: new RegExp(`((?:19|20)\\d{2})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?(?![\\d.]|\\s*[万亿元%个人名])`, 'y'), read: (m) => ymd(m[1], m[2], m[3]) },
  {
    re: new RegExp(`(${YEAR})\\s*年\\s*(?:(${NUM})\\s*月${MONTH_TAIL}\\s*(?:(${NUM})\\s*[日号])?)?`, 'y'),
    read: (m) => ymd(m[1], m[2], m[3]),
  },
  // scraped text that lost 年: `201011月`, `20113-20136月`
  {
    re: new RegExp(`((?:19|20)\\d{2})(1[0-2]|0?[1-9])(?=月|${SEP}(?:19|20)\\d{3,4}月?)(?:月${MONTH_TAIL})?`, 'y'),
    read: (m) => ymd(m[1], m[2], undefined),
  },
  { re: new RegExp(`(${NUM})\\s*月${MONTH_TAIL}\\s*(?:(${NUM})\\s*[日号])?`, 'y'), read: (m) => ymd(undefined, m[1], m[2]) },
  { re: new RegExp(`(${NUM})\\s*[日号]`, 'y'), read: (m) => ymd(undefined, undefined, m[1]) },
  { re: new RegExp(`(${YEAR})(?=${SEP}${YEAR}\\s*年)`, 'y'), read: (m) => ymd(m[1], undefined, undefined) },
  { re: new RegExp(`(${NUM})(?=${SEP}${NUM}\\s*月)`, 'y'), read: (m) => ymd(undefined, m[1], undefined) },
  { re: new RegExp(`(${NUM})(?=${SEP}${NUM}\\s*[日号])`, 'y'), read: (m) => ymd(undefined, undefined, m[1]) },
];
const FIRST_BARE = 8;

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): DatePoint {
  return {
    year: y ? numeralValue(y) : null,
    month: m ? numeralValue(m) : null,
    day: d ? numeralValue(d) : null,
  };
}

function valid(p: DatePoint): boolean {
  if (p.year === null && p.month === null && p.day === null) return false;
  if (p.year !== null && (p.year < 1900 || p.year > 2099)) return false;
  if (p.month !== null && (p.month < 1 || p.month > 12)) return false;
  return p.day === null || (p.day >= 1 && p.day <= 31);
}

function pointAt(text: string, at: number, allowBare: boolean): { point: DatePoint; end: number } | null {
  const limit = allowBare ? POINT_FORMS.length : FIRST_BARE;
  for (let i = 0; i < limit; i++) {
    const form = POINT_FORMS[i]!;
    form.re.lastIndex = at;
    const m = form.re.exec(text);
    if (!m || m[0].length === 0) continue;
    const point = form.read(m);
    if (valid(point)) return { point: { year: point.year, month: point.month, day: point.day }, end: at + m[0].length };
  }
  return null;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the year is unknown. */
export function formatDate(p: DatePoint): string | null {
  if (p.year === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.month === null) return String(p.year);
  return p.day === null ? `${p.year}-${pad(p.month)}` : `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Fills what the end of a range leaves out from its start, and the reverse. */
function completeRange(a: DatePoint, b: DatePoint, year: number | null): [DatePoint, DatePoint] {
  const start = { ...a };
  const end = { ...b };
  if (end.month === null && end.day !== null) end.month = start.month;
  if (start.month === null && start.day !== null) start.month = end.month;
  if (end.year === null && start.year !== null) {
    end.year = start.year;
    if (end.month !== null && start.month !== null && end.month < start.month) end.year += 1;
  } else if (start.year === null && end.year !== null) {
    start.year = end.year;
    if (end.month !== null && start.month !== null && start.month > end.month) start.year -= 1;
  }
  if (start.year === null && year != null) return completeRange({ ...start, year }, end, null);
  return [start, end];
}

const OPEN_START = /(?:即日起|自即日起|从即日起|即日)\s*(?:至|到|—+|-+)\s*$/;

/** Every date or date range in `text`, left to right; a day with no month or year is skipped. */
export function findDates(text: string, options: DateOptions = {}): DateMention[] {
  const found: DateMention[] = [];
  const sep = new RegExp(SEP, 'y');
  for (let i = 0; i < text.length; i++) {
    if ((i > 0 && /[\d.]/.test(text[i - 1]!)) || !/[\d一二三四五六七八九十]/.test(text[i]!)) continue;
    const first = pointAt(text, i, true);
    if (!first) continue;
    sep.lastIndex = first.end;
    const s = sep.exec(text);
    const second = s ? pointAt(text, first.end + s[0].length, false) : null;
    const to = second ?? first;
    if (first.point.month === null && first.point.year === null && to.point.month === null && to.point.year === null) continue;
    const [a, b] = completeRange(first.point, to.point, options.year ?? null);
    const before = text.slice(Math.max(0, i - 8), i);
    const open = second ? null : OPEN_START.exec(before);
    const spanStart = open ? i - open[0].length : i;
    found.push({
      start: open ? null : formatDate(a),
      end: formatDate(b),
      span: { start: spanStart, end: to.end },
      text: text.slice(spanStart, to.end),
    });
    i = to.end - 1;
  }
  return found;
}

/** The first date range in `text` (a single date gives start = end). */
export function parseDateRange(text: string, options: DateOptions = {}): { start: string | null; end: string | null } | null {
  const first = findDates(text, options)[0];
  return first ? { start: first.start, end: first.end } : null;
}

/** The first single date in `text`; for a range, its start. */
export function parseDate(text: string, options: DateOptions = {}): string | null {
  const first = findDates(text, options)[0];
  return first ? first.start ?? first.end : null;
}

/** The year of a formatted date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
