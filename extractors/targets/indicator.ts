// The noun phrase naming what a quantity measures: before the comparator (`优秀率不低于50%`),
// after the quantity (`90%的学生…`, `增加12个班`), or, when the clause leaves it out, the
// previous clause's subject or the section's title.
import { afterLastMarker } from './markers.js';
import { isCountUnit, type UnitClass } from './units.js';

const ENUMERATION = /^(?:\d+[.、]|[一二三四五六七八九十]+[、是]|其[一二三四五六七八九]|首先|其次|再次|最后)/;
// Scope words, cue adverbs, modals and dates that open a clause without naming anything.
const LEADING =
  /^(?:其中|同时|另外|此外|但是?|而且?|目前|现在|当前|近年来|近三年|继续|持续|仍然|始终|一直|(?:上|去|前)一?(?:年度?|届)|全[区县市镇乡校省]|我(?:们|[区县市镇乡校省园局])|本[区县市镇乡校园]|(?:本|今|明|下一?|新|上一?)(?:学期|学年)|本年度?|今年|明年|全年|上半年|下半年|[0-9]{4}年(?:底|末|前|以前)?|到|至|截至|力争|力求|争取|确保|保证|努力|要求|要|使(?![用命])|让|并且?|而且?|和|及(?!格)|或|均(?![衡匀分值])|都|需要?|应有(?!效)|应当?|必须|仍|还将|将|已经?|现有|共有|共|做到|每年|每学期|每学年|每月|每周|每天|各(?:学校|校|年级|班级?|学科)?)/;
const TRAILING =
  /(?:(?<!生)均|都|每(?:年|学年|学期|月|周|天)|力争|力求|争取|确保|保证|努力|全[区县市镇乡校省]|本[区县市镇乡校]|(?:比|较)(?:上年|去年|上一?学年|上学期|上一?届|往年|[0-9]{4}年)(?:同期)?(?:进步|退步|提高|提升|增长|增加|下降|降低|减少)?|(?<![理自事缘])由|(?<![服自听遵])从|不(?:得|应)?(?:低于|少于|超过|高于|多于)|至少|控制在|需要?|须|应当?|应该|要|必须|(?<![技功智性才本体效潜动])能|能够|的有|有|的|在|已经?|仅|还|共|按|将|再|各|也|又|分别|总计|合计|累计|一共|达到|达|进入|保持|为|是|占|应有|现有)$/;
// Subjects too generic to name an indicator.
// Heading words and time words (`现状分析`, `本学期`) that a flattened page leaves before a figure
// name no measure either: the measured thing is elsewhere in the clause.
const GENERIC = /^(?:我?[区县市镇乡校园]|学校|我们|全体|各校|各学校|本校|我校|全[区县市镇乡校]|现状(?:分析)?|基本情况|(?:工作|具体|总体|主要)?目标|(?:本|今|明|下一?|新|上一?)(?:学期|学年)|本年度?|今年|明年|全年|上半年|下半年|(?:上|去|前)一?(?:年度?|届))$/;
// A verb left alone once a clause's scope words and figures are gone (`每周安排不少于5天` → 安排): it
// names no measure, and borrowed as the next clause's subject it would become a junk indicator.
const BARE_VERB = /^(?:安排|开展|组织|召开|举办|进行|实施|落实|完成|参加|坚持|保证|确保|达到|实现|投入)$/;
// Words that link a subject to what is measured: keep what follows (`小学教师在中专学历…`).
const LINK = /(?<![存现正所实])在(?![校职读岗编园])|使(?![用命])得?|让|把|对于?|保证|确保|做到|实现|要求/g;
// Verbs that place a rank: what is ranked comes before them (`平均分进入全区前三名`).
const RANK_VERB = /进入|保持|稳定|稳居|位居|位列|名列|(?<![排序系行并队陈罗])列(?=全|第|前|本)|跻身|争创|力争|跃居|跃升至?|上升到|升至|达到|获得?/g;
// What a rank is won in when that names a score (`获团体总分第2名`): the score, not the team, is ranked.
const RANKED_SCORE = /(?:总分|平均分|均分|成绩|得分|排名|名次)$/;
// A place alone after a rank verb (`保持未央区前两名`) is the scope of the ranking, not what is ranked.
const PLACE_ONLY = /^[\u4e00-\u9fff]{1,6}(?:省|市|区|县|镇|乡)$/;
// Frequency and time-span words that stand inside a name (`行政人员每周听课`, `田径队连续五年`): they
// belong to the value's context, not to what is measured.
// A frequency inside a modifier of the head noun (`每学年交流的教师数量`) defines the measure and stays.
const FREQUENCY_INSIDE = /(?<=[\u4e00-\u9fff])每(?:周|月|年|天|日|学期|学年)(?![\u4e00-\u9fff]{1,8}的)|连续[0-9一二两三四五六七八九十]+(?:年|届|个学期|学期)/g;
// A school level alone before a figure (`规定指标:初中不低于2.1平方米`, `…用房面积小学不低于4.5平方米`)
// says for which schools the measure holds, not what is measured.
const SCHOOL_LEVEL = /(?:小学|初中|高中|中学|普通高中|幼儿园|学前教育|义务教育|中职|九年一贯制学校)$/;
// The level or grades a borrowed measure opens with (`小学近视率`, `三至六年级书面作业时间`), replaced by the level at hand.
const LEVEL_PREFIX = /^(?:小学|初中|高中|中学|普通高中|幼儿园|学前教育|义务教育|中职|[一二三四五六七八九]至[一二三四五六七八九]年级|[一二三四五六七八九]年级)/;
// `每名中小学校长`, `每所学校`, `每位班主任`: the unit a count is per, never what is counted.
const DISTRIBUTIVE = /^每(?:名|位|个|所|一名|一位|一所|班|生|人)[\u4e00-\u9fff]{0,8}$/;
// A level compared against (`低于全市平均水平2.3个百分点`) is the reference, not the indicator.
const REFERENCE = /(?:平均水平|平均值|平均数|同类学校|国家标准|省定标准)$/;
const NOT_A_NOUN_START = /^(?:以[上下内]|之[内外上下]|左右|上下|和|或|及|与|至|到|达(?!标)|为|是|在|了|等|[,、。;])/;
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
  /** 0 for a quantity, n for the n-th value listed after it with the same verb (`分别为95%和93%`). */
  listIndex: number;
  /** The previous clause of the same sentence, when the delimiter was a comma or an opening bracket. */
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
  const rank = c.unitClass === 'rank';
  // `语文、数学两科合格率分别为95%和93%`: the n-th value takes the n-th of the coordinated subjects.
  const listSubject = c.listIndex > 0 && c.priorSubject !== null ? c.priorSubject : rawBefore;
  if (/分别\s*$/.test(listSubject)) {
    const own = distributed(cleanBefore(listSubject, rank), c.listIndex);
    if (own) return [own];
  }
  let before = cleanBefore(rawBefore, rank);
  const verbOnly = /^(?:新建|建成|建造了?|建设|购置|配备|增加|新增|打造|掌握|参加|开展|有|现有|应有)$/.test(before);
  // `40%学生达到优秀标准`, `90%的中学生能独立完成…`: the share is of a group doing something, and the
  // group alone (学生) names nothing a researcher could compare: the clause's rest is the indicator.
  if (c.unitClass === 'percent' && (before === '' || /^的/.test(c.text.slice(c.afterStart))) && after) {
    return [shareOf(c.text.slice(c.afterStart, c.clauseEnd)) || after];
  }
  if (isCountUnit(c.unit) && after) return [after];
  const object = c.gapIsObject ? cleanBefore(c.gap.replace(/的$/, ''), false) : '';
  if (object.length >= 2) return [object];
  if (c.unitClass === 'area' && (before === '' || verbOnly) && after) return [after];
  const gap = c.gapIsWhole || REFERENCE.test(c.gap) ? '' : cleanBefore(c.gap.replace(/的$/, ''), false);
  // `每名校长每学期至少讲授思政课4节`, `每所学校至少配备1名心理教师`: what each one does or has is counted.
  if (DISTRIBUTIVE.test(before) && (after || gap.length >= 2)) return [after || gap];
  // `小学…控制在45%以下,初中控制在50%以下`, `规定指标:初中不低于2.1平方米`: a school level alone says for
  // which schools the measure the clause before or the section names holds: that measure, for this level.
  if (SCHOOL_LEVEL.test(before) && before.replace(SCHOOL_LEVEL, '') === '') {
    const level = before;
    const withLevel = (name: string): string => level + name.replace(LEVEL_PREFIX, '');
    const measure = findNames({ ...c, floor: c.beforeEnd });
    return Array.isArray(measure) ? measure.map(withLevel) : { previous: withLevel(measure.previous) };
  }
  // `学校每年投入2万元购置教学资源`: a generic subject and a bare verb name no fund; what it buys does.
  const subjectless = before.replace(/^(?:学校|我校|本校|各校|各学校|全校|我们)/, '');
  if (c.unitClass === 'money' && after && subjectless !== before && BARE_VERB.test(subjectless)) return [after];
  if (before && !GENERIC.test(before) && !(verbOnly && c.unitClass !== 'money')) return coordinated(before);
  if (gap && !GENERIC.test(gap)) return [gap];
  const prior = c.priorSubject ? cleanBefore(c.priorSubject, rank) : '';
  if (prior.length >= 2 && !GENERIC.test(prior)) return [prior];
  if (after) return [after];
  const topic = (c.sectionTitle ?? '').replace(/(?:情况|建设|配备|标准)$/, '');
  const usableTopic = topic.length >= 2 && topic.length <= 12 && !/[,。;]/.test(topic);
  if (usableTopic && MEASURE_NOUN.test(topic)) return [topic];
  if (c.previousClause) {
    const subject = previousSubject(c.previousClause, rank);
    if (subject && !GENERIC.test(subject) && !BARE_VERB.test(subject)) return { previous: subject };
  }
  // A section title such as 主要成绩 names no rank: the sentence's previous indicator is a better guess.
  if (usableTopic && !rank) return [topic];
  // A time word alone (`(上年为第7名)`) names nothing: left empty, the sentence's previous indicator fills it.
  return [GENERIC.test(before) ? '' : before];
}

/**
 * The subject of the clause before: its text without the figure it ends with. A frame `在…中` before a
 * rank (`在全区学业质量监测中,我校位居…`) names what is ranked, without the place that runs it.
 */
function previousSubject(fullClause: string, rank: boolean): string {
  // On a flattened page an ASCII full stop ends a sentence inside what looks like one clause.
  const clause = fullClause.split(/(?<![0-9])\.(?![0-9])/).pop() ?? fullClause;
  const frame = rank ? /^在(.{2,40})中$/.exec(clause.trim()) : null;
  if (frame) {
    const ranked = cleanBefore(frame[1]!, false).replace(/^[0-9]{4}年度?/, '');
    // `涪城区公办幼儿园保教质量评估`: the district running the evaluation is where, not what.
    const placeless = ranked.replace(/^[\u4e00-\u9fff]{1,3}(?:省|市|区|县)(?=[\u4e00-\u9fff]{4})/, '');
    return placeless;
  }
  return cleanBefore(clause.replace(/[0-9〇零一二两三四五六七八九十百千万亿.%]+[^0-9]*$/, '').replace(/[第前]$/, ''), rank);
}

/** The noun phrase before a comparator, without numbering, scope words, cue adverbs and particles. */
export function cleanBefore(raw: string, rank: boolean): string {
  // On a flattened page a heading and a list number sit glued before the item's words (`主要措施1.每年…`).
  let s = afterLastMarker(raw.trim()).replace(/^[、,;:]+/, '').replace(ENUMERATION, '');
  s = s.replace(FREQUENCY_INSIDE, '');
  if (rank) s = rankedPart(s);
  s = stripLoop(s);
  // `生均教学及辅助用房面积小学`: a school level after a measure says where it holds.
  if (MEASURE_NOUN.test(s.replace(SCHOOL_LEVEL, '')) && SCHOOL_LEVEL.test(s)) s = s.replace(SCHOOL_LEVEL, '');
  let last: RegExpExecArray | null = null;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(s); m; m = LINK.exec(s)) last = m;
  if (last) {
    // `在全镇学科质量评比中有…`: the frame 在…中 holds what is measured, without its 中.
    const framed = last[0] === '在' ? s.slice(last.index + 1).replace(/(?<![初高集其期空心])中(?:有|的)?$/, '') : s.slice(last.index + last[0].length);
    const tail = stripLoop(framed);
    s = tail || stripLoop(s.slice(0, last.index));
  }
  return s.length > MAX_LENGTH ? s.slice(s.length - MAX_LENGTH) : s;
}

/**
 * The words of a rank clause that name what is ranked. `平均分进入前三名`: the ranked thing stands
 * before the last rank verb; `力争进入全区公办园前五名`: nothing does, and what follows the verb is the
 * league (a place alone there is only the scope); `获团体总分第2名`: a score after the verb is ranked.
 */
function rankedPart(s: string): string {
  let verb: RegExpExecArray | null = null;
  RANK_VERB.lastIndex = 0;
  for (let m = RANK_VERB.exec(s); m; m = RANK_VERB.exec(s)) verb = m;
  if (!verb) return s;
  // `中考力争总平均分进入…`: a cue word inside the ranked thing is no part of it.
  const head = s.slice(0, verb.index).replace(/(?<=[\u4e00-\u9fff])(?:力争|争取|确保)/g, '');
  const tail = stripLoop(s.slice(verb.index + verb[0].length).replace(/[第前]$/, ''));
  if (RANKED_SCORE.test(tail)) return tail;
  if (stripLoop(head) !== '') return head;
  return PLACE_ONLY.test(tail) ? '' : tail;
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
  if (!s || NOT_A_NOUN_START.test(s) || !/^[\u4e00-\u9fffA-Za-z“《]/.test(s)) return '';
  const stop = s.slice(1).search(PREDICATE);
  return (stop < 0 ? s : s.slice(0, stop + 1)).slice(0, MAX_LENGTH);
}

// Words that are coordinated before one shared measure (`小学、初中生均…`, `语文、数学两科合格率`).
const CATEGORY = /^(?:幼儿园|学前|小学|初中|高中|中学|普通高中|中职|[一二三四五六七八九]年级|[七八九]年级|初[一二三]|高[一二三]|语文|数学|英语|物理|化学|生物|历史|地理|政治|道德与法治|科学|体育|音乐|美术|信息技术|城区|城镇|农村|乡村|公办|民办|男生|女生)/;
// A count of the coordinated items between them and the measure (`两科`, `三个学段`).
const ITEM_COUNT = /^[两二三四五六七八九]\s*(?:科|个?学科|个?学段|类|所|项)/;

/**
 * The n-th of coordinated subjects with their shared measure: `语文、数学两科合格率` → 语文合格率,
 * 数学合格率; `入学率、巩固率` → each rate. Null when the phrase is no such list or has fewer items.
 */
function distributed(subject: string, index: number): string | null {
  const parts = subject.split(/、|和|与|及(?!格)/);
  if (parts.length < 2) return null;
  if (parts.every((p) => /(?:率|比例)$/.test(p) && p.length >= 2 && p.length <= 15)) return parts[index] ?? null;
  const items = parts.slice(0, -1);
  const last = parts[parts.length - 1]!;
  if (items.some((p) => p.length < 1 || p.length > 8)) return null;
  // Parallel items end alike (`城区学校和农村学校`, `七年级、八年级`); else a known category word opens the last.
  const previous = items[items.length - 1]!;
  const parallel = last.length > previous.length && last[previous.length - 1] === previous[previous.length - 1];
  // Where neither tells (`骨干教师和学科带头人占比`), the phrase stays whole rather than be cut inside a word.
  const length = parallel ? previous.length : CATEGORY.exec(last)?.[0].length;
  if (length === undefined) return null;
  const head = last.slice(length).replace(ITEM_COUNT, '').replace(/^的/, '');
  if (head.length < 2) return null;
  const all = [...items, last.slice(0, length)];
  return index < all.length ? all[index]! + head : null;
}

/** `入学率、巩固率` → both; a list of nouns that does not end in a rate stays one phrase. */
function coordinated(before: string): string[] {
  const parts = before.split('、');
  if (parts.length < 2) return [before];
  const rates = parts.every((p) => /(?:率|比例|比)$/.test(p) && p.length <= 15 && p.length >= 2);
  return rates ? parts : [before];
}
