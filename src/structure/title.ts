// Where a heading's words end when the heading runs on into its paragraph.
import { isAsciiStop } from './ascii-stop.js';
import { numberingAt, STYLE_RANK, type NumberingMatch } from './numbering.js';
import { sectionPhraseLength } from '../text/section-phrases.js';

/** Typical headings are short noun or verb phrases; longer first clauses are paragraphs. */
export const RUN_ON_CLAUSE = 16;
/** Longer numbered items are sentences in a list, unless their siblings are headings. */
export const MAX_TITLE = 50;
/** How far into a run-on line a heading's last word is looked for. */
const RUN_ON_WINDOW = 12;
const SCAN_LIMIT = 240;

/**
 * Words that close a heading phrase (指导思想, 活动步骤, 提升教学质量). Used only to split a heading
 * from a paragraph glued to it without punctuation; words that usually open sentences are left out.
 */
const HEADING_END_WORDS = [
  '思想', '目标', '任务', '内容', '步骤', '措施', '要求', '原则', '安排', '机制', '领导', '保障', '方针',
  '分析', '条件', '问题', '情况', '意义', '背景', '成效', '做法', '经验', '体会', '方案', '制度', '思路',
  '重点', '职责', '分工', '范围', '对象', '方式', '方法', '途径', '形式', '标准', '程序', '概况', '现状',
  '质量', '建设', '管理', '阶段', '工作', '活动', '组织', '责任', '水平', '能力', '环境', '体系', '评价',
  '考核', '监测', '创新', '改革', '发展', '队伍', '培训', '宣传', '总结', '建议', '展望', '依据', '指标', '部署', '举措', '计划',
];

const STOPS = new Set(['。', '!', '?', ';', ':', '\n']);
const OPEN = new Set(['(', '《', '“']);
const CLOSE = new Set([')', '》', '”']);

export interface RawTitle {
  text: string;
  /** Why the title ended: a stop character, the next numbering, or the scan limit. */
  endedBy: 'stop' | 'newline' | 'numbering' | 'limit' | 'end';
  /** True when more text follows on the same line. */
  runsOn: boolean;
}

/** Whether numbering at `at` opens a child list or continues the current one (`…质量1、加强…`). */
function startsInlineNumbering(text: string, at: number, current: NumberingMatch): boolean {
  const next = numberingAt(text, at);
  if (!next) return false;
  if (STYLE_RANK[next.style] > STYLE_RANK[current.style]) return next.number === 1;
  return next.style === current.style && next.number === current.number + 1;
}

/** The text after a numbering up to the first stop, line end or inline numbering. */
export function rawTitle(text: string, from: number, numbering: NumberingMatch): RawTitle {
  let depth = 0;
  const limit = Math.min(text.length, from + SCAN_LIMIT);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (depth === 0 && i > from + 1 && startsInlineNumbering(text, i, numbering)) {
      return { text: text.slice(from, i), endedBy: 'numbering', runsOn: true };
    }
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '\n') return { text: text.slice(from, i), endedBy: 'newline', runsOn: false };
    else if (depth === 0 && (STOPS.has(ch) || isAsciiStop(text, i))) {
      const runsOn = i + 1 < text.length && text[i + 1] !== '\n';
      return { text: text.slice(from, i), endedBy: 'stop', runsOn };
    }
  }
  return { text: text.slice(from, limit), endedBy: limit === text.length ? 'end' : 'limit', runsOn: limit < text.length };
}

/** Length of the first comma clause, not counting quoted titles and bracketed asides. */
export function firstClauseLength(title: string): number {
  const clause = title.split(/[,,]/u)[0] ?? '';
  return clause.replace(/《[^》]*》|\([^)]*\)|“[^”]*”/gu, '').length;
}

/** Words that typically open the paragraph after a heading (`指导思想|全面贯彻…`, `总体目标|通过…`). */
const PARAGRAPH_OPENERS = [
  '全面', '全乡', '全县', '全区', '全市', '全校', '通过', '根据', '按照', '依据', '为了', '为', '以', '坚持', '各',
  '我校', '我们', '学校', '要', '在', '注重', '建立', '围绕', '结合', '针对', '认真', '积极', '进一步', '切实',
  '实行', '实施', '由', '对', '从', '紧紧', '充分', '本着',
];

/**
 * Cuts a heading glued to its paragraph after a heading-closing word within the first few
 * characters: the first one followed by a word that opens paragraphs, else the last one. A
 * bracketed aside right after it stays (`动员阶段(3月16日—3月24日)`).
 */
export function cutRunOn(title: string): string {
  let window = Math.min(title.length, RUN_ON_WINDOW);
  for (let i = 1; i < window; i++) {
    if (title[i] === '“' || title[i] === '《') {
      window = i;
      break;
    }
  }
  const ends: number[] = [];
  for (let end = 2; end <= window; end++) {
    if (HEADING_END_WORDS.some((word) => title.startsWith(word, end - word.length))) ends.push(end);
  }
  if (ends.length === 0) return title;
  const beforeOpener = ends.find((end) => PARAGRAPH_OPENERS.some((word) => title.startsWith(word, end)));
  let best = beforeOpener ?? ends[ends.length - 1]!;
  if (title[best] === '(') {
    const close = title.indexOf(')', best);
    if (close > best && close - best <= 30) best = close + 1;
  }
  return title.slice(0, best);
}

/**
 * The standard section names of plans and reports, as a grammar rather than a list: a modifier
 * (指导, 工作, 保障…) or 总/分, then a head noun (思想, 目标, 措施…): 指导思想, 工作目标, 保障措施, 总目标.
 */
const PHRASE_MODIFIER = '指导|工作|主要|组织|实施|保障|总体|重点|基本|具体|活动|目标|领导|时间|进度|考核|评价|督导|检查|经费|安全|宣传|预期|目的|参加|参与|责任|任务|发展|现状|存在';
const PHRASE_HEAD = '思想|目标|措施|领导|步骤|要求|任务|原则|内容|安排|机构|分工|保障|实施|意义|对象|时间|范围|方式|方法|途径|成效|做法|问题|情况|依据|背景|目的|职责|机制|举措|重点|思路|评价|考核|人员|分析|方针';
const HEADING_PHRASE = new RegExp(`^(?:(?:${PHRASE_MODIFIER})|[总分])(?:${PHRASE_HEAD})`, 'u');
/**
 * A heading phrase goes on as a heading with a connective or an aside (实施步骤与方法, 工作内容和措施),
 * or as the name of a stage (组织实施阶段(4月—5月)).
 */
const PHRASE_CONTINUES = /^(?:[与和及、并暨或(的之]|阶段)/u;
/** What a paragraph glued to a heading phrase opens with, besides the usual openers: a date, an ordinal. */
const GLUED_START = /^(?:\d|第[一二三四五六七八九十\d])/u;
const MIN_GLUED_TEXT = 6;
/** A one-character opener (以, 由, 各…) counts after a heading phrase when a clause follows it. */
const MIN_OPENED_TEXT = 4;

/**
 * Where a standard section name ends when the line break after it was lost and nothing marks
 * the end (`指导思想以新时代教育思想为指导…`, `活动时间2024年3月…`, `下一步工作打算我校将…`); null when the title is the
 * phrase alone or goes on as a heading (`组织领导小组`, `实施步骤与方法`).
 */
export function headingPhraseEnd(title: string): number | null {
  // a plan's section name or a report's (存在的问题, 下一步工作打算), whichever runs longer
  const end = Math.max(HEADING_PHRASE.exec(title)?.[0].length ?? 0, sectionPhraseLength(title) ?? 0);
  if (end === 0) return null;
  const rest = title.slice(end);
  if (rest === '' || PHRASE_CONTINUES.test(rest)) return null;
  const opens = PARAGRAPH_OPENERS.some((word) => rest.startsWith(word) && (word.length >= 2 || rest.length >= MIN_OPENED_TEXT));
  const glued = opens || GLUED_START.test(rest) || /[,,\d%]/u.test(rest) || rest.length >= MIN_GLUED_TEXT;
  return glued ? end : null;
}

/** A bracket holding only a date or a span of dates: `(2025年3月)`, `(4月—5月)`, `(2025.3-2025.6)`, `(6月上旬)`. */
const DATE_ASIDE = /^\(([\d年月日旬上中下初底末至到起—\-~.]{2,30})\)/u;
const NAMED_BEFORE_DATE = /^[^,,。;:()]{2,16}(?=\()/u;

/**
 * Where a heading made of a name and its dates in brackets ends when its body follows on the same
 * line with only a comma or nothing between (`动员部署阶段(2025年3月),成立领导小组…`,
 * `总结表彰阶段(6月上旬)评选…`): right after the bracket. Null when nothing follows it.
 */
export function datedNameEnd(title: string): number | null {
  const name = NAMED_BEFORE_DATE.exec(title);
  if (!name) return null;
  const aside = DATE_ASIDE.exec(title.slice(name[0].length));
  if (!aside || !/\d/u.test(aside[1]!)) return null;
  const end = name[0].length + aside[0].length;
  return end < title.length ? end : null;
}

/**
 * Words that open a paragraph and never continue a heading phrase: the subject or the frame of
 * a sentence (学校每月…, 通过培训…). Narrower than PARAGRAPH_OPENERS, since verbs such as 实施,
 * 建立 also continue headings (校园文化建设实施方案).
 */
const SENTENCE_OPENERS = ['学校', '我校', '我们', '各校', '通过', '根据', '按照', '依据', '为了', '全校', '全县', '全区', '全市', '围绕', '结合', '针对', '本着', '每月', '每周', '每天', '每日', '每学期', '每年'];
const MIN_SENTENCE_REST = 6;

/**
 * Where a heading glued to its paragraph ends when a heading-closing word meets a sentence
 * opener within the first few characters (`加强常规管理学校每月检查…`); null when none does.
 */
export function gluedSentenceEnd(title: string): number | null {
  const window = Math.min(title.length, RUN_ON_WINDOW);
  for (let end = 2; end <= window; end++) {
    if (!HEADING_END_WORDS.some((word) => title.startsWith(word, end - word.length))) continue;
    if (title.length - end >= MIN_SENTENCE_REST && SENTENCE_OPENERS.some((word) => title.startsWith(word, end))) return end;
  }
  return null;
}

/**
 * A task heading is a work verb and its object (强化安全教育, 做好环境卫生, 加强值班值守); when its
 * line break was lost, the sentence glued to it opens with when or who (`放假前各班…`, `寒假期间学校…`,
 * `各班主任每周…`), which no heading's object does. The object has at least two characters; 学校 opens
 * the sentence only with its verb or time close by (`学校食堂每天…`, not `…农村学校教师队伍建设`).
 */
const WORK_VERB = /^(?:加强|强化|强调|做好|抓好|搞好|落实|完善|健全|严格|推进|深化|开展|提高|提升|规范|注重|重视|狠抓|确保|建立|营造)/u;
const WHEN_OR_WHO = /^(?:放假前|放假期间|假期(?:中|里|期间)?|[寒暑]假(?:前|中|里|期间)|节假日(?:期间)?|开学(?:初|前|后)|学期(?:初|末|中)|期[中末]|每(?:天|日|周|月|学期|学年|年)|平时|日常|各班|各年级|各处室|各教研组|全体|班主任|值班人员|我校|我园|(?:学校|全校|全园)[^,,。]{0,3}?(?:每|要|将|实行|组织|开展|严格|统一))/u;
const MIN_OBJECT = 2;

export function taskHeadingEnd(title: string): number | null {
  const verb = WORK_VERB.exec(title);
  if (!verb) return null;
  const window = Math.min(title.length, RUN_ON_WINDOW);
  for (let end = verb[0].length + MIN_OBJECT; end <= window; end++) {
    // the object is one phrase: a comma or stop before the sentence means the heading went on, and a
    // bracket opens the heading's aside (`开展读书活动(每天1小时)`), never its paragraph
    if (/[,,。;:、(]/u.test(title[end - 1]!)) return null;
    if (title.length - end >= MIN_SENTENCE_REST && WHEN_OR_WHO.test(title.slice(end))) return end;
  }
  return null;
}

