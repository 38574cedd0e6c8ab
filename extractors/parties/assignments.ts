// Who is charged with which task by when: responsibility tables (工作任务 | 责任单位 | 完成时限),
// task blocks under a group (`工作任务和职责:… 落实时间:2014年9月-2015年7月`), and `由X负责…`.
import type { Span } from '../../src/types.js';
import { findDates, parseDateRange } from '../../src/text/dates.js';
import { isGeneric, kindOf, ORG } from './lexicon.js';
import type { Mention } from './mentions.js';
import { tilePosts } from './roster-items.js';
import { groupBefore } from './rosters.js';

export interface Charge {
  party: string;
  task: string;
  deadline: string | null;
  span: Span;
}

const TASK_HEAD = /任务|内容|工作|措施|项目|事项|指标/;
const PARTY_HEAD = /牵头|责任|负责|承办|配合|协办|落实(?:单位|部门|人)|实施(?:单位|主体)|主体/;
const TIME_HEAD = /时限|时间|完成|进度|日期|期限/;
const CELL_PARTY_SEP = /[、,,;;\s/]+|及|和/;

/** `医务科质控科`: units a cell listed with a space that normalization dropped, each a party. */
function unitsRunTogether(item: string): string[] {
  if (kindOf(item.trim())) return [item];
  const tiles = tilePosts(item.trim());
  if (!tiles || tiles.length < 2) return [item];
  // `县教体局教育股` is one body, the bureau's section (listedBody names it), not two
  return tiles.some((t, i) => /[局委厅]$/.test(t.name) && tiles[i + 1] && !/[局委厅]$/.test(tiles[i + 1]!.name)) ? [item] : tiles.map((t) => t.name);
}

/** Rows of a responsibility table, with the parties of each row. */
export function tableCharges(text: string): Charge[] {
  const charges: Charge[] = [];
  let columns: { task: number; parties: number[]; time: number } | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    const lineStart = offset;
    offset += line.length + 1;
    if (cells.length < 2) {
      columns = null;
      continue;
    }
    // every party column counts: 牵头科室 and 配合科室 both name bodies given the row's task
    const parties = cells.flatMap((c, i) => (PARTY_HEAD.test(c) && c.length <= 8 ? [i] : []));
    if (parties.length) {
      const other = (re: RegExp) => cells.findIndex((c, i) => !parties.includes(i) && re.test(c) && c.length <= 8);
      columns = { parties, task: other(TASK_HEAD), time: other(TIME_HEAD) };
      continue;
    }
    if (!columns) continue;
    const { task, time } = columns;
    const taskCell = task >= 0 ? cells[task] : cells.find((_, i) => !columns!.parties.includes(i) && i !== time);
    const deadline = time >= 0 ? deadlineOf(cells[time] ?? '') : null;
    for (const column of columns.parties) {
      for (const name of (cells[column] ?? '').split(CELL_PARTY_SEP).flatMap(unitsRunTogether)) {
        const party = name.replace(/^各/, '').trim();
        // a masked cell (xx, **) names no one
        if (party.length >= 2 && /[\u4e00-\u9fa5]/.test(party)) charges.push({ party, task: (taskCell ?? '').trim(), deadline, span: { start: lineStart, end: lineStart + line.length } });
      }
    }
  }
  return charges;
}

const TASK_LABEL = '(?:工作任务和职责|工作职责和任务|工作任务|任务和职责|工作职责|工作目标和责任)';
/** A task label, its text (never running into the next task) and the 落实时间 that closes it. */
const TASK_BLOCK = new RegExp(`${TASK_LABEL}\\s*[::]((?:(?!${TASK_LABEL})[\\s\\S]){2,600}?)(?:落实时间|完成时限|完成时间|时间要求)\\s*[::]((?:(?!${TASK_LABEL})[^\\n]){0,60})`, 'g');

/** Task blocks may follow their group's roster by several screens of indicators. */
const BLOCK_REACH = 3000;

/** Task blocks placed under a group's roster: the group is charged, the 落实时间 gives the deadline. */
export function blockCharges(text: string, groups: Mention[]): Charge[] {
  const charges: Charge[] = [];
  for (const m of text.matchAll(TASK_BLOCK)) {
    const group = groupBefore(groups, m.index, BLOCK_REACH);
    if (!group) continue;
    charges.push({ party: group, task: m[1]!.trim(), deadline: deadlineOf(m[2]!), span: { start: m.index, end: m.index + m[0].length } });
  }
  return charges;
}

/** `X负责…`, `由X负责…`: the actor right before 负责/牵头 is charged with the rest of the clause. */
export function sentenceCharges(text: string, actors: Mention[]): Charge[] {
  const charges: Charge[] = [];
  for (const actor of actors) {
    const after = text.slice(actor.span.end, actor.span.end + 120);
    const verb = /^(?:[、及和与]?[^,。;\n]{0,12}?)?(?:负责|牵头|具体负责|主要负责)(?![制人]|同志)/.exec(after);
    if (!verb || !kindOf(actor.name) && actor.kind !== 'group') continue;
    const clauseEnd = after.search(/[。;;\n]/);
    const task = after.slice(verb[0].length, clauseEnd < 0 ? after.length : clauseEnd).replace(/^[,,::]/, '');
    if (!task) continue;
    const end = actor.span.end + (clauseEnd < 0 ? after.length : clauseEnd);
    const dated = findDates(text.slice(actor.span.start, end)).at(-1);
    charges.push({ party: actor.name, task, deadline: dated ? dated.end : null, span: { start: actor.span.start, end } });
  }
  return charges;
}

/** The deadline of a time cell: the end of a range, the date itself otherwise. */
function deadlineOf(cell: string): string | null {
  const range = parseDateRange(cell);
  return range ? range.end ?? range.start : null;
}

/** `…,负责人:训辅组、学生发展组`: a 负责人 label after the task it closes (a label opening a line may name a contact). */
const LIST_LABEL = /(?:(?:责任|牵头|配合|协办|协作|参与|主责|承办|实施|落实)(?:单位|部门|科室|股室|处室|领导|人)|(?<=[,,;;。\t ])负责(?:人|科组|组别))\s*[::]/g;
/** Where a label's list ends: a bracket, a sentence or line end, the next label, the next list item. */
const LIST_END = /[))\n。;;]|(?:责任|牵头|配合|协办|协作|参与|主责|承办|实施|落实|完成)(?:单位|部门|科室|股室|处室|领导|人|时限|时间)\s*[::]|\d{1,2}[.、.](?!\d)|[一二三四五六七八九十]+、|[((]\s*[一二三四五六七八九十\d]/;
const LIST_SEP = /[、,,/\s]+|及|和|与/;
/** What stands around a body in a list without naming it: 各, 全体, 相关; 等, 主要负责同志. */
const LIST_ITEM_TRIM = [/^(?:各|全体|相关|其他|有关)/, /(?:等(?:单位|部门)?|主要负责同志|负责同志|负责人)$/, /[((][^))]*[))]?/g];

/** A body named in a responsibility list: Han characters only, not a generic actor. */
const BUREAU_BEFORE_SECTION = new RegExp(`^(?:${ORG.source})(?<=[局委厅])(?=[\\u4e00-\\u9fa5]{2,8}(?:股|科|处|室|中心)$)`);

function listedBody(raw: string): string | null {
  let item = raw.trim();
  for (const re of LIST_ITEM_TRIM) item = item.replace(re, '');
  // `区教委基础教育科`: the section is the body charged, as a clause names it
  item = item.replace(BUREAU_BEFORE_SECTION, '');
  return /^[\u4e00-\u9fa5]{2,16}$/.test(item) && !isGeneric(item) && !/^(?:学校|中小学|幼儿园|各校)$/.test(item) ? item : null;
}

const ITEM_MARK = /\n|(?<!\d)\d{1,2}[.、.](?!\d)|[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]+、/g;

/**
 * The task a label closes: the numbered item or line before it, up to the bracket the labels open
 * (`(一)优化配置。补充教师60名。(牵头单位:县教育局;配合单位:…)`).
 */
function taskBefore(text: string, at: number): string {
  let before = text.slice(Math.max(0, at - 200), at);
  const bracket = Math.max(before.lastIndexOf('('), before.lastIndexOf('('));
  if (bracket >= 0 && bracket > Math.max(before.lastIndexOf(')'), before.lastIndexOf(')'))) before = before.slice(0, bracket);
  let cut = 0;
  for (const m of before.matchAll(ITEM_MARK)) cut = m.index + m[0].length;
  return before.slice(cut).replace(/[。;;,,\s]+$/, '').trim();
}

/** `(责任单位:县教育局、县财政局)`, `牵头单位:县教研室;配合单位:各中心学校`: each listed body is charged. */
export function labelCharges(text: string): Charge[] {
  const charges: Charge[] = [];
  for (const m of text.matchAll(LIST_LABEL)) {
    const valueStart = m.index + m[0].length;
    const rest = text.slice(valueStart, valueStart + 120);
    const stop = rest.search(LIST_END);
    const value = rest.slice(0, stop < 0 ? rest.length : stop);
    const task = taskBefore(text, m.index);
    for (const item of value.split(LIST_SEP).flatMap(unitsRunTogether)) {
      const party = listedBody(item);
      if (party) charges.push({ party, task, deadline: null, span: { start: m.index, end: valueStart + value.length } });
    }
  }
  return charges;
}

/** How the name of a body or post ends (镇政府, 中心学校, 派出所, 村委会, 教学点负责人). */
const BODY_END = /(?:政府|局|委|办|校|学校|园|室|处|所|站|院|会|组|队|部|中心|村|社区|单位|部门|负责人|长|主任|书记)$/;

/** `镇政府:负责…`, `村委会(社区):负责…`: a duty list that opens each line with the body charged. */
const DUTY_LINE = /(?<=^|\n)[ \t]*(?:\d{1,2}[.、.]|[((][一二三四五六七八九十\d]+[))]|[一二三四五六七八九十]+、)?[ \t]*([^\n::,,。;;、]{2,16}?)[::][ \t]*((?:负责|牵头|配合|协助|承担|落实|做好)[^\n]*)/g;

export function dutyLineCharges(text: string): Charge[] {
  const charges: Charge[] = [];
  for (const m of text.matchAll(DUTY_LINE)) {
    const party = listedBody(m[1]!);
    if (!party || !(kindOf(party) || BODY_END.test(party))) continue;
    const task = m[2]!.replace(/^(?:负责|牵头)/, '').replace(/[。;;]$/, '');
    charges.push({ party, task, deadline: null, span: { start: m.index, end: m.index + m[0].length } });
  }
  return charges;
}
