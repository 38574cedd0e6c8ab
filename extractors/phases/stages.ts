// Stages of a timetable: `第一阶段:宣传启动阶段(2010年11月—2011年2月)`, `(一)动员阶段(2016年3月…)`,
// `2016年3月—4月为宣传发动阶段`, as headings, list items or run-on text.
import type { Span } from '../../src/types.js';
import { findDates, yearOf, type DateMention } from '../../src/text/dates.js';
import { schoolYearDates } from './school-year.js';
import { isTimetableTitle } from './scope.js';

export interface Stage {
  name: string;
  start: string | null;
  end: string | null;
  /** From the stage's marker to the end of its name or date. */
  span: Span;
  /** True when the text calls it a stage (第X阶段, …阶段) rather than a dated list item. */
  calledStage: boolean;
  /** The kind of enumerator that opens it (`(一)`, `1.`, `A.`…): stages of one timetable share one. */
  marker: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
/** `1.` is a list number unless a decimal digit follows; `1.2020年` is item 1 opening with a year. */
const NOT_DECIMAL = '(?:(?!\\d)|(?=(?:19|20)\\d{2}(?:年|\\.\\d)))';
/** Lettered items (`A.准备阶段`, `B、实施阶段`), not a letter inside a word or code. */
const LETTER = '(?<![A-Za-z0-9])[A-H][.、](?=[\\u4e00-\\u9fa5])';
/** Third-level numbering `6.1开学前准备阶段`: the section's number, a dot, the item's. */
const DECIMAL_MARK = '\\d{1,2}\\.\\d{1,2}(?=[\\u4e00-\\u9fa5])';
/**
 * Ordinals that count stages: 第一阶段, and review rounds of exam preparation (第一轮, 第二轮复习), steps
 * (第一步) and periods (第一期), which timetables use the same way.
 */
const STAGE_ORDINAL = `第(?:${CN}|\\d{1,2})(?:阶段|轮(?:复习|备考)?|步|期)`;
/** Enumerators and ordinals that can open a stage item. */
const ITEM_START = new RegExp(
  `(?:^|(?<=[\\n。;:!?)）]))\\s*|[(（](?:${CN}|\\d{1,2})[)）]、?|(?<![\\d.])\\d{1,2}[.、]${NOT_DECIMAL}|(?<![\\u4e00-\\u9fa5])${CN}、|(?<=^|[\\n。;,,])${CN}是|第(?:${CN}|\\d{1,2})阶段|${LETTER}`,
  'g',
);
/** Item markers, `一是` included (`一是准备阶段,2024年9月,…;二是实施阶段,…`). */
const MARK = new RegExp(`^\\s*(?:[(（](?:${CN}|\\d{1,2})[)）]、?|${DECIMAL_MARK}|\\d{1,2}[.、]${NOT_DECIMAL}|${CN}、|${CN}是(?=[^,,。;]{0,10}阶段)|${LETTER})\\s*`);
/**
 * An ordinal or list number inside a would-be name: scraping glued the timetable's heading to its
 * first stage (`工作步骤第一阶段`, `实施步骤1.宣传发动阶段`, `实施步骤(一)准备阶段`).
 */
const INNER_ORDINAL = new RegExp(`.(?:第(?:${CN}|\\d{1,2})阶段|(?<![\\d.])\\d{1,2}[.、](?=[\\u4e00-\\u9fa5])|[(（](?:${CN}|\\d{1,2})[)）])`);
/** `第一阶段:`, `第一阶段为准备阶段`: the ordinal and what links it to the name. */
const ORDINAL = new RegExp(`^${STAGE_ORDINAL}\\s*(?:[::,,、.]|为|是)?\\s*`);
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

/** `第一阶段(准备阶段):2024年3月1日至…`: the stage's name in brackets after its ordinal, no date inside. */
const BRACKET_NAME = /^[((]([^()()\d]{2,12}?)[))]\s*[::,,]?\s*/;
/** A date followed by 起 (`2026年1月起`) or a dash with nothing after (`(2024年4月—)`, `—至今`) opens a stage that the text gives no end. */
const OPEN_ENDED = /^\s*(?:起|开始|以后|[—\-~至到]+\s*(?:[))]|今))/;

/** One stage item starting at `at`, or null when the text there is no stage. */
function readStage(body: string, at: number, year: number | null): Stage | null {
  const mark = MARK.exec(body.slice(at));
  let p = at + (mark?.[0].length ?? 0);
  const ordinal = ORDINAL.exec(body.slice(p, p + 12));
  if (ordinal) p += ordinal[0].length;
  const bracketed = ordinal ? BRACKET_NAME.exec(body.slice(p, p + 16)) : null;
  if (bracketed) p += bracketed[0].length;
  const window = body.slice(p, p + 80);
  const dates = datesIn(window, year);
  const lead = dates[0]?.span.start === 0 || (dates[0] && /^[((]{1,2}$/.test(window.slice(0, dates[0].span.start))) ? dates[0] : undefined;
  let name: string;
  let date: DateMention | undefined;
  let end: number;
  if (bracketed && lead) {
    name = bracketed[1]!;
    date = lead;
    end = p + lead.span.end;
  } else if (lead) {
    // the date stands first: `2016年3月—4月为宣传发动阶段`, `第一阶段(2016年3-4月):宣传发动`
    date = lead;
    // `2016年3月—4月为宣传发动阶段`: the copula goes; after an ordinal's date the name is a task (`开展活动`) kept whole.
    // `第一阶段(2025年3月).动员部署`: a stop after the date's bracket (`.`, `。`) goes like a colon
    const rest = window.slice(lead.span.end).replace(ordinal ? /^[))]?\s*[::,,.。]?\s*/ : /^[))]?\s*[::,,.。]?\s*(?:为|是|进行|开展)?/, '');
    const offset = window.length - rest.length;
    // `第一阶段(7月下旬至8月中旬)` followed by its numbered tasks (`1.全面动员布置`) or a new line: the
    // stage has no name of its own, and the first task is not one.
    const tasksFollow = ordinal !== null && (/^[))]?[ \t]*\n/.test(window.slice(lead.span.end)) || MARK.test(rest));
    // `第一轮复习(3月—4月):梳理教材`: a round dated at once is named by its ordinal; what follows is its task
    const namedByOrdinal = ordinal !== null && !ordinal[0].includes('阶段');
    name = tasksFollow || namedByOrdinal ? '' : cutName(rest);
    end = p + offset + name.length;
    if (!name && !ordinal) return null;
  } else {
    name = cutName(window);
    const after = window.slice(name.length);
    const near = dates.find((d) => d.span.start >= name.length && /^[ \t((::,,]{0,3}$/.test(after.slice(0, d.span.start - name.length)));
    date = near;
    end = p + (near ? near.span.end + (/^[))]/.test(window.slice(near.span.end)) ? 1 : 0) : name.length);
  }
  // `工作步骤第一阶段(…)`, `实施步骤1.…阶段`: leave it to the ordinal or number, which starts an item of its own.
  if (INNER_ORDINAL.test(name)) return null;
  // `时间安排:2024年3月—4月为…阶段`: a timetable label before a colon opens the stages, it is none.
  if (!lead && !/阶段$/.test(name) && isTimetableTitle(name) && /^\s*[::]/.test(window.slice(name.length))) return null;
  name = name.replace(/[,,、::\s]+$/, '');
  const calledStage = Boolean(ordinal) || /阶段$/.test(name);
  if (NOT_A_NAME.test(name) || name.length > MAX_NAME) return null;
  // without a marker, ordinal or date, `…阶段` is just a word in a sentence (分阶段开展)
  if (!date && !ordinal && (!calledStage || !mark?.[0].trim())) return null;
  // a round or step (第二轮督查, 第一步) without dates is a task of the work, not a stage of the timetable
  if (!date && ordinal && !ordinal[0].includes('阶段')) return null;
  if (!name && ordinal) name = ordinal[0].replace(/[::,,、.\s]+$/, '');
  // the timetable's own heading (六、实施阶段) is no stage unless it carries dates
  if (!name || (!date && isTimetableTitle(name))) return null;
  const openEnded = date !== undefined && date.start === date.end && OPEN_ENDED.test(window.slice(date.span.end));
  const marker = markerKind(mark?.[0] ?? '', ordinal?.[0] ?? null);
  return { name, start: date?.start ?? null, end: openEnded ? null : (date?.end ?? null), span: { start: at, end }, calledStage, marker };
}

/** Dates in a stage's window, school years (`2023—2024学年`) included. */
export function datesIn(window: string, year: number | null): DateMention[] {
  const schoolYears = schoolYearDates(window);
  const general = findDates(window, { year }).filter((d) => !schoolYears.some((y) => d.span.start < y.span.end && y.span.start < d.span.end));
  return [...schoolYears, ...general].sort((a, b) => a.span.start - b.span.start);
}

/** The kind of enumerator a stage item opens with, so that items of a deeper level can be told apart. */
function markerKind(mark: string, ordinal: string | null): string {
  const m = mark.trim();
  // rounds or steps under 第一阶段 stages (第一轮…) are a deeper level: their ordinal word tells them apart
  if (!m) return ordinal ? `ordinal-${/阶段|轮|步|期/.exec(ordinal)?.[0] ?? ''}` : 'none';
  if (/^[((][一二三四五六七八九十]/.test(m)) return 'paren-cn';
  if (/^[((]/.test(m)) return 'paren-num';
  if (/^\d{1,2}\.\d/.test(m)) return 'decimal';
  if (/^\d/.test(m)) return 'num';
  if (/^[A-H]/.test(m)) return 'letter';
  return /是$/.test(m) ? 'shi' : 'cn';
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

/** Words stage names are made of (宣传发动, 全面实施, 总结推广): a name glued to a table's other cells is told by them. */
const STAGE_WORD =
  '(?:宣传|发动|动员|部署|启动|准备|筹备|组织|实施|全面|推进|深入|深化|集中|整治|整改|自查|自纠|总结|验收|评估|巩固|提升|展示|展评|交流|推广|试点|探索|督查|检查|评比|表彰|完善|落实|攻坚|提高|规范|调研|申报|结题|研究|开题|中期|成果|收尾|反思|改进)';
const GLUED_STAGE = new RegExp(`${STAGE_WORD}{1,3}阶段(?=(?:19|20)\\d{2}\\s*年|\\d{1,2}\\s*月)`, 'g');

/**
 * Stages of a timetable table flattened onto one line whose cell separators were lost
 * (`启动阶段2023年9月制定方案,成立专班全面实施阶段2023年10月—2024年5月…`): a name made of stage
 * words and 阶段, right before a date. The task cell before it ends where those words begin.
 */
export function findGluedStages(text: string, scope: Span, carryYear: number | null): Stage[] {
  const body = text.slice(scope.start, scope.end);
  const stages: Stage[] = [];
  let year = carryYear;
  for (const m of body.matchAll(GLUED_STAGE)) {
    const after = m.index + m[0].length;
    const date = datesIn(body.slice(after, after + 40), year)[0];
    if (!date || date.span.start !== 0) continue;
    stages.push({ name: m[0], start: date.start, end: date.end, span: { start: scope.start + m.index, end: scope.start + after + date.span.end }, calledStage: true, marker: 'none' });
    const known = date.end ?? date.start;
    if (known) year = yearOf(known);
  }
  return stages;
}
