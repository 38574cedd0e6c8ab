// Stages of a timetable: `第一阶段:宣传启动阶段(2010年11月—2011年2月)`, `(一)动员阶段(2016年3月…)`,
// `2016年3月—4月为宣传发动阶段`, as headings, list items or run-on text.
import type { Span } from '../../src/types.js';
import { findDates, yearOf, type DateMention } from '../../src/text/dates.js';
import { isTimetableTitle } from './scope.js';

export interface Stage {
  name: string;
  start: string | null;
  end: string | null;
  /** From the stage's marker to the end of its name or date. */
  span: Span;
  /** True when the text calls it a stage (第X阶段, …阶段) rather than a dated list item. */
  calledStage: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
/** `1.` is a list number unless a decimal digit follows; `1.2020年` is item 1 opening with a year. */
const NOT_DECIMAL = '(?:(?!\\d)|(?=(?:19|20)\\d{2}(?:年|\\.\\d)))';
/** Enumerators and ordinals that can open a stage item. */
const ITEM_START = new RegExp(
  `(?:^|(?<=[\\n。;:!?)）]))\\s*|[(（](?:${CN}|\\d{1,2})[)）]、?|(?<![\\d.])\\d{1,2}[.、]${NOT_DECIMAL}|(?<![\\u4e00-\\u9fa5])${CN}、|(?<=^|[\\n。;,,])${CN}是|第(?:${CN}|\\d{1,2})阶段`,
  'g',
);
/** Item markers, `一是` included (`一是准备阶段,2024年9月,…;二是实施阶段,…`). */
const MARK = new RegExp(`^\\s*(?:[(（](?:${CN}|\\d{1,2})[)）]、?|\\d{1,2}[.、]${NOT_DECIMAL}|${CN}、|${CN}是(?=[^,,。;]{0,10}阶段))\\s*`);
/** An ordinal inside a would-be name: scraping glued the timetable's heading to its first stage. */
const INNER_ORDINAL = new RegExp(`.第(?:${CN}|\\d{1,2})阶段`);
/** `第一阶段:`, `第一阶段为准备阶段`: the ordinal and what links it to the name. */
const ORDINAL = new RegExp(`^第(?:${CN}|\\d{1,2})阶段\\s*(?:[::,,、.]|为|是)?\\s*`);
const NAME_STOP = /[((\n。;::!?]/;
/** Words that describe the stages as a whole (分为三个阶段), never one stage. */
const NOT_A_NAME = /个阶段|各阶段|分为|分成|每个|以下|如下|几个|阶段性/;
const MAX_NAME = 24;

/** Stage items in `text[scope]`, in order of appearance. */
export function findStages(text: string, scope: Span, carryYear: number | null): Stage[] {
  const stages: Stage[] = [];
  const body = text.slice(scope.start, scope.end);
  const tried = new Set<number>();
  let year = carryYear;
  for (const m of body.matchAll(ITEM_START)) {
    const at = m.index;
    if (tried.has(at)) continue;
    tried.add(at);
    const stage = readStage(body, at, year);
    if (!stage) continue;
    const last = stages[stages.length - 1];
    if (last && stage.span.start + scope.start < last.span.end) continue;
    stages.push({ ...stage, span: { start: stage.span.start + scope.start, end: stage.span.end + scope.start } });
    const known = stage.end ?? stage.start;
    if (known) year = yearOf(known);
  }
  return stages;
}

/** One stage item starting at `at`, or null when the text there is no stage. */
function readStage(body: string, at: number, year: number | null): Stage | null {
  const mark = MARK.exec(body.slice(at));
  let p = at + (mark?.[0].length ?? 0);
  const ordinal = ORDINAL.exec(body.slice(p, p + 12));
  if (ordinal) p += ordinal[0].length;
  const window = body.slice(p, p + 80);
  const dates = findDates(window, { year });
  const lead = dates[0]?.span.start === 0 || (dates[0] && /^[((]$/.test(window.slice(0, dates[0].span.start))) ? dates[0] : undefined;
  let name: string;
  let date: DateMention | undefined;
  let end: number;
  if (lead) {
    // the date stands first: `2016年3月—4月为宣传发动阶段`, `第一阶段(2016年3-4月):宣传发动`
    date = lead;
    // `2016年3月—4月为宣传发动阶段`: the copula goes; after an ordinal's date the name is a task (`开展活动`) kept whole.
    const rest = window.slice(lead.span.end).replace(ordinal ? /^[))]?\s*[::,,]?\s*/ : /^[))]?\s*[::,,]?\s*(?:为|是|进行|开展)?/, '');
    const offset = window.length - rest.length;
    name = cutName(rest);
    end = p + offset + name.length;
    if (!name && !ordinal) return null;
  } else {
    name = cutName(window);
    const after = window.slice(name.length);
    const near = dates.find((d) => d.span.start >= name.length && /^[ \t((::,,]{0,3}$/.test(after.slice(0, d.span.start - name.length)));
    date = near;
    end = p + (near ? near.span.end + (/^[))]/.test(window.slice(near.span.end)) ? 1 : 0) : name.length);
  }
  // `工作步骤第一阶段(…)`: leave it to the ordinal, which starts an item of its own.
  if (INNER_ORDINAL.test(name)) return null;
  // `时间安排:2024年3月—4月为…阶段`: a timetable label before a colon opens the stages, it is none.
  if (!lead && !/阶段$/.test(name) && isTimetableTitle(name) && /^\s*[::]/.test(window.slice(name.length))) return null;
  name = name.replace(/[,,、::\s]+$/, '');
  const calledStage = Boolean(ordinal) || /阶段$/.test(name);
  if (NOT_A_NAME.test(name) || name.length > MAX_NAME) return null;
  // without a marker, ordinal or date, `…阶段` is just a word in a sentence (分阶段开展)
  if (!date && !ordinal && (!calledStage || !mark?.[0].trim())) return null;
  if (!name && ordinal) name = ordinal[0].replace(/[::,,、.\s]+$/, '');
  // the timetable's own heading (六、实施阶段) is no stage unless it carries dates
  if (!name || (!date && isTimetableTitle(name))) return null;
  return { name, start: date?.start ?? null, end: date?.end ?? null, span: { start: at, end }, calledStage };
}

/** The stage's name: up to the first 阶段, bracket, colon or full stop. */
function cutName(s: string): string {
  const stop = s.search(NAME_STOP);
  const head = stop < 0 ? s.slice(0, MAX_NAME + 1) : s.slice(0, stop);
  const stage = head.indexOf('阶段');
  if (stage >= 0) return head.slice(0, stage + 2);
  // a run-on heading goes straight into its first sentence; stop at the first comma then
  return head.split(/[,,]/)[0] ?? '';
}
