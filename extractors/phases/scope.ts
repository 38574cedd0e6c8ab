// Where a plan keeps its timetable: the sections titled 实施步骤, 时间安排, 活动步骤…, or, when the
// structure stage found no heading (run-on scraped text), the stretch after such a heading's marker.
import type { Article, Span } from '../../src/types.js';
import { numeralValue } from '../../src/text/dates.js';

/** Titles of timetable sections; a title that only mentions steps in passing is longer than this allows. */
export const TIMETABLE_TITLE =
  /^(?:[^,。;:]{0,10}?)(?:(?:实施|工作|活动|推进|行动|创建|开展|整改)(?:步骤|阶段|进度|安排|时间|进程|过程)|步骤(?:与|和|及)?(?:方法|安排|措施)?|(?:时间|进度|阶段|日程)(?:安排|步骤|进度|划分|规划)|实施阶段|阶段(?:划分|安排|任务)|(?:复习|备考)(?:安排|步骤|计划|进度|阶段)|实施(?:时间|进度)|时间(?:表|节点))/;

const MAX_TITLE = 16;

/**
 * A calendar of routine work by month or week (每月工作安排, 行事历) repeats every term; its months
 * are no stages of carrying a plan out.
 */
const CALENDAR_TITLE = /每月|各月|月份|逐月|月度|行事历|月历|每周|周历|周次/;

/** A section title without the stop or colon it may end with, or null when it runs too long for a section name. */
function sectionName(title: string): string | null {
  const t = title.replace(/[::。.\s]+$/, '');
  return t.length <= MAX_TITLE ? t : null;
}

export function isTimetableTitle(title: string): boolean {
  const t = sectionName(title);
  return t !== null && TIMETABLE_TITLE.test(t) && !CALENDAR_TITLE.test(t);
}

/**
 * Sections titled as a calendar (月度安排, 每月工作安排): their months are routine work unless each is
 * named as a stage of its own (`2025年9月 常规培养月:…`), which pickStages checks.
 */
export function calendarScopes(article: Article): Span[] {
  return article.sections
    .filter((s) => {
      const t = sectionName(s.title);
      return t !== null && CALENDAR_TITLE.test(t) && /安排|计划|进度|步骤|历/.test(t);
    })
    .map((s) => ({ start: s.heading.start, end: s.body.end }));
}

/** Spans of the article text that hold its implementation timetable; empty when it has none. */
export function timetableScopes(article: Article): Span[] {
  const fromSections = article.sections
    .filter((s) => isTimetableTitle(s.title))
    .map((s) => ({ start: s.heading.start, end: s.body.end }));
  const outermost = fromSections.filter((a) => !fromSections.some((b) => b !== a && b.start <= a.start && a.end <= b.end && (b.start < a.start || b.end > a.end)));
  return outermost.length > 0 ? outermost : inlineScopes(article.text);
}

const CN_MARK = /([一二三四五六七八九十]{1,3})、/g;

/** `四、活动步骤…` inside a run-on line: from the marker to the next top-level marker `五、`. */
function inlineScopes(text: string): Span[] {
  const scopes: Span[] = [];
  for (const m of text.matchAll(CN_MARK)) {
    const at = m.index;
    const after = text.slice(at + m[0].length, at + m[0].length + MAX_TITLE + 2);
    const title = after.split(/[((。;:\n]/)[0] ?? '';
    if ((!isTimetableTitle(title) && !TIMETABLE_TITLE.test(after)) || CALENDAR_TITLE.test(title)) continue;
    if (!/^(?:[^,。;:\n]{0,10}?)(?:步骤|安排|阶段|进度|时间)/.test(after)) continue;
    const n = numeralValue(m[1]!);
    const next = n === null ? -1 : findNextMark(text, at + m[0].length, n + 1);
    scopes.push({ start: at, end: next < 0 ? text.length : next });
  }
  return scopes;
}

function findNextMark(text: string, from: number, wanted: number): number {
  CN_MARK.lastIndex = from;
  for (let m = CN_MARK.exec(text); m; m = CN_MARK.exec(text)) {
    if (numeralValue(m[1]!) === wanted) return m.index;
  }
  return -1;
}
