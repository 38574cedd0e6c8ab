// Where a heading's words end when the heading runs on into its paragraph.
import { numberingAt, STYLE_RANK, type NumberingMatch } from './numbering.js';

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
    else if (depth === 0 && STOPS.has(ch)) {
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
