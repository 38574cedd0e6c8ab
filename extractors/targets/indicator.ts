// The noun phrase naming what a quantity measures: before the comparator (`优秀率不低于50%`),
// after the quantity (`90%的学生…`, `增加12个班`), or, when the clause leaves it out, the
// previous clause's subject or the section's title.
import { afterLastMarker } from './markers.js';
import { isCountUnit, type UnitClass } from './units.js';

const ENUMERATION = /^(?:\d+[.、]|[一二三四五六七八九十]+[、是]|其[一二三四五六七八九]|首先|其次|再次|最后)/;
// Scope words, cue adverbs, modals and dates that open a clause without naming anything.
const LEADING =
  /^(?:其中|同时|另外|此外|但是?|而且?|目前|现在|当前|近年来|近三年|全[区县市镇乡校省]|我(?:们|[区县市镇乡校省园局])|本[区县市镇乡校园]|(?:本|今|明|下一?|新|上一?)(?:学期|学年)|本年度?|今年|明年|全年|上半年|下半年|[0-9]{4}年(?:底|末|前|以前)?|到|至|截至|力争|力求|争取|确保|保证|努力|要求|要|使(?![用命])|让|并且?|而且?|和|及(?!格)|或|均(?!衡)|都|需要?|应有(?!效)|应当?|必须|仍|还将|将|已经?|现有|共有|共|做到|每年|每学期|每学年|每月|每周|每天|各(?:学校|校|年级|班级?|学科)?)/;
const TRAILING =
  /(?:(?<!生)均|都|每(?:年|学年|学期|月|周|天)|力争|力求|争取|确保|保证|努力|全[区县市镇乡校省]|本[区县市镇乡校]|(?:比|较)(?:上年|去年|上一?学年|上学期|往年|[0-9]{4}年)(?:同期)?|不(?:得|应)?(?:低于|少于|超过|高于|多于)|至少|控制在|需要?|须|应当?|应该|要|必须|(?<![技功智性才本体效潜动])能|能够|的有|有|的|在|已经?|仅|还|共|按|将|再|各|也|又|分别|总计|合计|累计|一共|达到|达|进入|保持|为|是|占|应有|现有)$/;
// Subjects too generic to name an indicator.
// Heading words and time words (`现状分析`, `本学期`) that a flattened page leaves before a figure
// name no measure either: the measured thing is elsewhere in the clause.
const GENERIC = /^(?:我?[区县市镇乡校园]|学校|我们|全体|各校|各学校|本校|我校|全[区县市镇乡校]|现状(?:分析)?|基本情况|(?:工作|具体|总体|主要)?目标|(?:本|今|明|下一?|新|上一?)(?:学期|学年)|本年度?|今年|明年|全年|上半年|下半年)$/;
// A verb left alone once a clause's scope words and figures are gone (`每周安排不少于5天` → 安排): it
// names no measure, and borrowed as the next clause's subject it would become a junk indicator.
const BARE_VERB = /^(?:安排|开展|组织|召开|举办|进行|实施|落实|完成|参加|坚持|保证|确保|达到|实现|投入)$/;
// Words that link a subject to what is measured: keep what follows (`小学教师在中专学历…`).
const LINK = /(?<![存现正所实])在(?![校职读岗编])|使(?![用命])得?|让|把|对于?|保证|确保|做到|实现|要求/g;
// Verbs that place a rank: what is ranked comes before them (`平均分进入全区前三名`).
const RANK_VERB = /进入|保持|稳定|稳居|位居|位列|名列|跻身|争创|力争|达到|获得?/;
const NOT_A_NOUN_START = /^(?:以[上下内]|之[内外上下]|左右|上下|和|或|及|与|至|到|达|为|是|在|了|等|[,、。;])/;
// `…100%的情况下`, `…10%的指标`: what follows 的 is the frame of the figure, not what it counts.
const FRAME_NOUN = /^的(?:情况|前提|基础|条件|同时|目标|要求|标准|水平|程度|指标|规定|比例|时候|范围)/;
// Where the noun after a quantity stops: a modal, adverb or verb starts the predicate.
const PREDICATE = /应|要|需|须|将|可|能够?|均|都|各|再|并|也|已|还|进行|达到|增加|减少|提高|完成|实现|不[低少超高多得]|低于|高于|超过|少于|多于|控制|[0-9]/;
// A section title that names a measure can stand for an indicator the clause leaves out.
const MEASURE_NOUN = /(?:面积|率|比例|人数|数量|经费|资金|投入|时间|规模|班额)$/;
const MAX_LENGTH = 30;

export interface IndicatorContext {
  text: string;
  /** Where the text before the quantity starts: clause start or end of the previous quantity. */
  floor: number;
  /** Start of the comparator word before the quantity, or of the quantity itself. */
  beforeEnd: number;
  /** Text between the comparator word and the number (`不超过课堂的1/3` → `课堂的`). */
  gap: string;
  /** True when the gap names the whole a share is taken of (`占全区学生总数的21.9%`), not the indicator. */
  gapIsWhole: boolean;
  /** True when the comparator is a change (增加, 新增): the gap is then its object (`新增图书2000册`). */
  gapIsObject: boolean;
  /** The clause's text before an earlier quantity it shares a subject with (`本科学历205人占95.3%`). */
  priorSubject: string | null;
  /** End of the quantity and any limit word after it. */
  afterStart: number;
  clauseEnd: number;
  unit: string;
  unitClass: UnitClass;
  /** The previous clause of the same sentence, when the delimiter was a comma. */
  previousClause: string | null;
  sectionTitle: string | null;
}

export interface Indicators {
  names: string[];
  /** True when the name came from the previous clause, which the evidence must then include. */
  fromPreviousClause: boolean;
}

/** Indicators for one quantity: several when coordinated rates share it (`入学率、巩固率均达到100%`). */
export function indicatorsFor(c: IndicatorContext): Indicators {
  const names = findNames(c);
  return Array.isArray(names) ? { names, fromPreviousClause: false } : { names: [names.previous], fromPreviousClause: true };
}

function findNames(c: IndicatorContext): string[] | { previous: string } {
  const rawBefore = c.text.slice(c.floor, c.beforeEnd);
  const framed = FRAME_NOUN.test(c.text.slice(c.afterStart, c.afterStart + 4));
  const after = framed ? '' : nounAfter(c.text.slice(c.afterStart, c.clauseEnd));
  let before = cleanBefore(rawBefore, c.unitClass === 'rank');
  const verbOnly = /^(?:新建|建成|建造了?|建设|购置|配备|增加|新增|打造|掌握|参加|开展|有|现有|应有)$/.test(before);
  // `40%学生达到优秀标准`, `90%的中学生能独立完成…`: the share is of a group doing something, and the
  // group alone (学生) names nothing a researcher could compare: the clause's rest is the indicator.
  if (c.unitClass === 'percent' && (rawBefore.length === 0 || /^的/.test(c.text.slice(c.afterStart))) && after) {
    return [shareOf(c.text.slice(c.afterStart, c.clauseEnd)) || after];
  }
  if (isCountUnit(c.unit) && after) return [after];
  const object = c.gapIsObject ? cleanBefore(c.gap.replace(/的$/, ''), false) : '';
  if (object.length >= 2) return [object];
  if (c.unitClass === 'area' && (before === '' || verbOnly) && after) return [after];
  if (before && !GENERIC.test(before) && !(verbOnly && c.unitClass !== 'money')) return coordinated(before);
  const gap = c.gapIsWhole ? '' : cleanBefore(c.gap.replace(/的$/, ''), false);
  if (gap && !GENERIC.test(gap)) return [gap];
  const prior = c.priorSubject ? cleanBefore(c.priorSubject, false) : '';
  if (prior.length >= 2 && !GENERIC.test(prior)) return [prior];
  if (after) return [after];
  const topic = (c.sectionTitle ?? '').replace(/(?:情况|建设|配备|标准)$/, '');
  const usableTopic = topic.length >= 2 && topic.length <= 12 && !/[,。;]/.test(topic);
  if (usableTopic && MEASURE_NOUN.test(topic)) return [topic];
  if (c.previousClause) {
    const subject = cleanBefore(c.previousClause.replace(/[0-9〇零一二两三四五六七八九十百千万亿.%]+[^0-9]*$/, ''), false);
    if (subject && !GENERIC.test(subject) && !BARE_VERB.test(subject)) return { previous: subject };
  }
  if (usableTopic) return [topic];
  return [before];
}

/** The noun phrase before a comparator, without numbering, scope words, cue adverbs and particles. */
export function cleanBefore(raw: string, rank: boolean): string {
  // On a flattened page a heading and a list number sit glued before the item's words (`主要措施1.每年…`).
  let s = afterLastMarker(raw.trim()).replace(/^[、,;:]+/, '').replace(ENUMERATION, '');
  if (rank) {
    const verb = RANK_VERB.exec(s);
    // `平均分进入前三名`: the ranked thing stands before the verb; `力争综合排名提高3个名次`: a cue
    // word (力争) opens the clause, and the ranked thing follows it.
    if (verb) s = verb.index > 0 ? s.slice(0, verb.index) : s.slice(verb.index + verb[0].length);
  }
  s = stripLoop(s);
  let last: RegExpExecArray | null = null;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(s); m; m = LINK.exec(s)) last = m;
  if (last) {
    const tail = stripLoop(s.slice(last.index + last[0].length));
    s = tail || stripLoop(s.slice(0, last.index));
  }
  return s.length > MAX_LENGTH ? s.slice(s.length - MAX_LENGTH) : s;
}

function stripLoop(input: string): string {
  let s = input;
  for (let i = 0; i < 6; i++) {
    const next = s.replace(LEADING, '').replace(TRAILING, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The group and what it does after a share (`的学生能独立完成实验`), when it says more than the group. */
function shareOf(raw: string): string {
  const s = raw.replace(/^\s*的/, '').replace(/[\s。;,、]+$/, '');
  return s.length <= MAX_LENGTH && PREDICATE.test(s.slice(1)) ? s : '';
}

/** The counted or measured noun right after a quantity (`的学生当堂完成…`, `个班`). */
export function nounAfter(raw: string): string {
  const s = raw.replace(/^\s*的/, '');
  if (!s || NOT_A_NOUN_START.test(s) || /^[0-9]/.test(s)) return '';
  const stop = s.slice(1).search(PREDICATE);
  return (stop < 0 ? s : s.slice(0, stop + 1)).slice(0, MAX_LENGTH);
}

/** `入学率、巩固率` → both; a list of nouns that does not end in a rate stays one phrase. */
function coordinated(before: string): string[] {
  const parts = before.split('、');
  if (parts.length < 2) return [before];
  const rates = parts.every((p) => /(?:率|比例|比)$/.test(p) && p.length <= 15 && p.length >= 2);
  return rates ? parts : [before];
}
