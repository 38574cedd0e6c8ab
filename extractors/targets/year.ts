// The year a goal is due: a year in its own clause (`2014年还将投入…`), a deadline earlier in the
// sentence (`到2017年…`), or the 落实时间 / 完成时间 line that closes the task it sits in.
import { cuesIn } from './kind.js';
import { GLUED_MARKER, markerRank } from './markers.js';

// A year compared against (`较2020年提高`, `比2019年`) is a baseline, not when the goal is due.
const YEAR_IN_CLAUSE = /(?<![较比与同])((?:19|20)\d{2})\s?年(?!级|度?[0-9]|相比|同期)/g;
const DEADLINE = /(?:到|至|于|在)((?:19|20)\d{2})\s?年|((?:19|20)\d{2})\s?年(?:底|末|前|以前)/g;
const TIME_LABEL = /(?:落实|完成|实施|办结)(?:时间|时限|期限)|时间节点|完成日期/g;
const YEAR_ANYWHERE = /(?:19|20)\d{2}(?=\s?[年.\/-])/g;

export interface YearScopes {
  clauseBefore: string;
  /** The sentence, and the paragraph, before the quantity: a `到2023年` there covers what follows. */
  sentenceBefore: string;
  /** The line that opens the list the quantity's paragraph is an item of (`到2028年,实现以下目标:`), or ''. */
  listLead: string;
  /** Titles of the enclosing sections, innermost first: `(一)2025年目标` dates what it holds. */
  sectionTitles: string[];
  /** Text after the quantity: the rest of its paragraph and the next one. */
  following: string;
}

export function dueYear(s: YearScopes): number | null {
  const inClause = lastYear(s.clauseBefore, YEAR_IN_CLAUSE);
  if (inClause !== null) return inClause;
  const { own, lead: gluedLead } = ownItem(s.sentenceBefore, s.clauseBefore);
  // the quantity's own sentence dates it before a deadline of an earlier one (`到2026年,…。2027年,…达到95%`)
  const deadline = lastYear(lastSentence(own), DEADLINE) ?? openingYear(own) ?? lastYear(own, DEADLINE) ?? bracketedDeadline(s.following);
  if (deadline !== null) return deadline;
  const lead = leadYear(gluedLead) ?? leadYear(s.listLead);
  if (lead !== null) return lead;
  for (const title of s.sectionTitles) {
    const due = lastYear(title, DEADLINE) ?? (GOAL_TITLE.test(title) ? lastYear(title, YEAR_IN_CLAUSE) : null);
    if (due !== null) return due;
  }
  return taskTimeYear(s.following);
}

// A list item's marker: 1. 1、 (1) (一) ① 一是 …
const ITEM = /^\s*(?:\d{1,2}[.、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}是)/;

// A line that announces a list: it ends in a colon or says 如下/以下.
// `具体目标:到2027年,` ends in its deadline and a comma: the items below finish the sentence.
const LEADS_A_LIST = /(?:[::]|如下|以下(?:目标|指标|几点)?|到(?:19|20)\d{2}\s?年(?:底|末)?[,，])\s*$/;
const MAX_ITEMS = 20;
const MAX_LEAD_REACH = 3000;

/**
 * The line that opens the list whose item starts at `paragraphStart`: walking back over the items
 * before it (each a line with a list marker), the first line that is no item, when it announces a
 * list. Empty when the paragraph is no list item or the list has no such lead.
 */
export function listLeadBefore(text: string, paragraphStart: number): string {
  const own = ITEM.exec(text.slice(paragraphStart, paragraphStart + 8));
  if (!own) return '';
  let rank = markerRank(own[0].trim());
  const floor = Math.max(0, paragraphStart - MAX_LEAD_REACH);
  let end = paragraphStart - 1;
  for (let i = 0; i < MAX_ITEMS && end > floor; i++) {
    // Searched inside the reach only, so that a huge line before costs nothing.
    const newline = text.slice(floor, end).lastIndexOf('\n');
    const start = newline < 0 ? (floor === 0 ? 0 : -1) : floor + newline + 1;
    if (start < 0) return '';
    const line = text.slice(start, end);
    const marker = ITEM.exec(line);
    if (!marker) return LEADS_A_LIST.test(line) ? line : '';
    // A parent item (`(二)具体目标。到2027年,实现以下目标:`, `(三)2026年目标`) leads the list under it;
    // one that does not (`1.…`, or `2.` above a stray `(3)`) is climbed to its own list's lead.
    const parentRank = markerRank(marker[0].trim());
    if (parentRank < rank) {
      if (LEADS_A_LIST.test(line) || GOAL_TITLE.test(line)) return line;
      rank = parentRank;
    }
    end = start - 1;
  }
  return '';
}

// A section of goals named with its year (`2025年目标`, `2025年度工作指标`), as a table column is.
const GOAL_TITLE = /目标|指标/;
// A goal section named with its year right before its list (`二、2026年工作目标1.…`), or with its
// span in brackets after the name (`(一)近期目标(2024-2025年)1.…`: due by the span's end).
const YEAR_GOAL_TITLE_END = /(?:19|20)\d{2}\s?年度?[^。;；,，:：]{0,8}(?:目标|指标)\s*$|(?:目标|指标)\s*[(（][^()（）]{0,14}(?:19|20)\d{2}\s?年[)）]\s*$/;

/**
 * The part of the run-on paragraph `before` (up to the quantity's own clause, which may open with its
 * marker) that can date the quantity: its own item, from the last glued marker on, and the lead of the
 * list that item belongs to when that lead announces the list (`到2027年,实现以下目标:1.…;2.…`) or
 * names a goal section with its year. A deadline in an earlier item or section covers nothing here.
 */
function ownItem(before: string, clause: string): { own: string; lead: string } {
  const text = before + clause;
  const markers: { at: number; end: number; rank: number }[] = [];
  GLUED_MARKER.lastIndex = 0;
  for (let m = GLUED_MARKER.exec(text); m; m = GLUED_MARKER.exec(text)) {
    const marker = m[1] ?? m[2] ?? m[3]!;
    markers.push({ at: m.index + m[0].length - marker.length, end: m.index + m[0].length, rank: markerRank(marker) });
  }
  const last = markers.at(-1);
  if (!last) return { own: before, lead: '' };
  const own = before.slice(Math.min(last.at, before.length));
  // Climb from the quantity's item through the items that hold it until one list has a lead.
  let i = markers.length - 1;
  while (i >= 0) {
    const rank = markers[i]!.rank;
    let first = i;
    let parent = -1;
    for (let j = i - 1; j >= 0; j--) {
      const r = markers[j]!.rank;
      if (r < rank) {
        parent = j;
        break;
      }
      if (r === rank) first = j;
    }
    const lead = text.slice(parent < 0 ? 0 : markers[parent]!.end, markers[first]!.at);
    if (LEADS_A_LIST.test(lead.trimEnd()) || YEAR_GOAL_TITLE_END.test(lead)) return { own, lead };
    i = parent;
  }
  return { own, lead: '' };
}

/** The year a list's lead dates its items by: a deadline (`到2027年,…:`), or the year of a goal title. */
function leadYear(lead: string): number | null {
  return lastYear(lead, DEADLINE) ?? (GOAL_TITLE.test(lead) ? lastYear(lead, YEAR_IN_CLAUSE) : null);
}

// `2025年,我们要确保…`, `2026年新增…`, `2025年:合格率达到93%`: a year that opens the goal's own sentence,
// set off by a comma or a colon (goals listed per year), is when it is due.
// A year glued to the sentence's verb (`2026年新增学位1200个,新建…`) opens it just the same; a month,
// a day or a grade after it (`2026年3月`, `2026年级`) makes it a date or a name instead.
const OPENING_YEAR = /^\s*((?:19|20)\d{2})\s?年度?\s*(?:[,,::]|(?=[\u4e00-\u9fff])(?![0-9一二三四五六七八九十]|[月日级底末前内起春秋上下]))/;

/**
 * The year opening the last sentence of `before` (the quantity's own), or null. A sentence that
 * goes on to tell what was done that year (`2013年,…调整制定了《规划》,可增加…`) dates the telling,
 * not the goal.
 */
function openingYear(before: string): number | null {
  const sentence = ownYearItem(lastSentence(before));
  const m = OPENING_YEAR.exec(sentence);
  if (!m) return clauseOpeningYear(sentence);
  if (cuesIn(sentence.slice(m[0].length)).some((c) => c.kind === 'actual')) return null;
  return Number(m[1]);
}

/** The last sentence of `before`: after its last full stop, exclamation or question mark, or line break. */
function lastSentence(before: string): string {
  return before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
}

// `2025年:…;2026年:…;2027年:…` flattened into one sentence: each year label after a semicolon opens an item of its own.
const YEAR_ITEM = /[;；]\s*(?=(?:19|20)\d{2}\s?年度?\s*[:：,，])/g;

/** The part of `sentence` from the last year-labelled item on (`…;2026年:开设课程…`), or all of it. */
function ownYearItem(sentence: string): string {
  let from = 0;
  YEAR_ITEM.lastIndex = 0;
  for (let m = YEAR_ITEM.exec(sentence); m; m = YEAR_ITEM.exec(sentence)) from = m.index + m[0].length;
  return sentence.slice(from);
}

// `…强调,2026年全县优良率要提升到56%,巩固率要保持在99.8%以上`: a year opening a clause of the sentence.
const CLAUSE_OPENING_YEAR = /(?:^|[,，:：])\s*((?:19|20)\d{2})\s?年(?![级度]|[0-9])/g;

// `…,2025年完成塑胶跑道改造,面积约4200平方米`: a year right before the work it schedules in a goal.
const SCHEDULED = /^\s*(?:完成|建成|实现|启动|新建|改建|扩建)/;

/**
 * The year opening a later clause of the goal's sentence, when what follows it demands (要, 力争) or
 * schedules work for that year (完成, 建成), and reports nothing: it dates the goals of the rest of
 * the sentence, as an opening year does.
 */
function clauseOpeningYear(sentence: string): number | null {
  let found: RegExpExecArray | null = null;
  CLAUSE_OPENING_YEAR.lastIndex = 0;
  for (let m = CLAUSE_OPENING_YEAR.exec(sentence); m; m = CLAUSE_OPENING_YEAR.exec(sentence)) found = m;
  if (!found) return null;
  const rest = sentence.slice(found.index + found[0].length);
  const cues = cuesIn(rest);
  return (cues.some((c) => c.kind === 'goal') || SCHEDULED.test(rest)) && !cues.some((c) => c.kind === 'actual') ? Number(found[1]) : null;
}

// `建成录播教室不少于2间(2026年底前完成)`: the item's own completion date, in brackets right after it.
const BRACKETED_DEADLINE = /^[^。;；\n(（]{0,12}[(（]\s*(?:(?:19|20)\d{2}\s?年?\s?[-—~至到]\s?)?((?:19|20)\d{2})\s?年[^()（）]{0,8}?(?:前|底|末|完成|建成|实现|达成|达到)[^()（）]{0,4}[)）]/;

function bracketedDeadline(following: string): number | null {
  const m = BRACKETED_DEADLINE.exec(following);
  return m ? Number(m[1]) : null;
}

function lastYear(text: string, re: RegExp): number | null {
  let year: number | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) year = Number(m[1] ?? m[2]);
  return year;
}

/** The latest year of the first time label after the task (`落实时间:2014年12月-2015年6月底` → 2015). */
function taskTimeYear(following: string): number | null {
  TIME_LABEL.lastIndex = 0;
  const label = TIME_LABEL.exec(following);
  if (!label) return null;
  const rest = following.slice(label.index + label[0].length);
  const stop = rest.search(/\n|。|[A-Z][0-9]+\(/);
  const span = stop < 0 ? rest.slice(0, 60) : rest.slice(0, Math.min(stop, 60));
  const years = span.match(YEAR_ANYWHERE)?.map(Number) ?? [];
  return years.length ? Math.max(...years) : null;
}
