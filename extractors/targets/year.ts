// The year a goal is due: a year in its own clause (`2014年还将投入…`), a deadline earlier in the
// sentence (`到2017年…`), or the 落实时间 / 完成时间 line that closes the task it sits in.

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
  const deadline = lastYear(afterLastHeading(s.sentenceBefore, s.clauseBefore), DEADLINE);
  if (deadline !== null) return deadline;
  const lead = lastYear(s.listLead, DEADLINE);
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
const LEADS_A_LIST = /(?:[::]|如下|以下(?:目标|指标|几点)?)\s*$/;
const MAX_ITEMS = 20;
const MAX_LEAD_REACH = 3000;

/**
 * The line that opens the list whose item starts at `paragraphStart`: walking back over the items
 * before it (each a line with a list marker), the first line that is no item, when it announces a
 * list. Empty when the paragraph is no list item or the list has no such lead.
 */
export function listLeadBefore(text: string, paragraphStart: number): string {
  if (!ITEM.test(text.slice(paragraphStart, paragraphStart + 8))) return '';
  const floor = Math.max(0, paragraphStart - MAX_LEAD_REACH);
  let end = paragraphStart - 1;
  for (let i = 0; i < MAX_ITEMS && end > floor; i++) {
    // Searched inside the reach only, so that a huge line before costs nothing.
    const newline = text.slice(floor, end).lastIndexOf('\n');
    const start = newline < 0 ? (floor === 0 ? 0 : -1) : floor + newline + 1;
    if (start < 0) return '';
    const line = text.slice(start, end);
    if (!ITEM.test(line)) return LEADS_A_LIST.test(line) ? line : '';
    end = start - 1;
  }
  return '';
}

// A section of goals named with its year (`2025年目标`, `2025年度工作指标`), as a table column is.
const GOAL_TITLE = /目标|指标/;
// A top-level heading marker after a full stop: scraping lost the line break before the heading.
const GLUED_HEADING = /(?:^|[。;!?\s])[一二三四五六七八九十]{1,3}、/g;

/**
 * `before` from the last heading glued into the run-on paragraph up to the quantity's own clause (which
 * may open with the heading itself): a deadline in an earlier section covers nothing here.
 */
function afterLastHeading(before: string, clause: string): string {
  const text = before + clause;
  let cut = 0;
  GLUED_HEADING.lastIndex = 0;
  for (let m = GLUED_HEADING.exec(text); m; m = GLUED_HEADING.exec(text)) cut = m.index + 1;
  return before.slice(cut);
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
