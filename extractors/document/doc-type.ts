// Plan, summary or study: the title's genre word when it is decisive, else the voice of the body
// (a plan sets goals and steps; a summary reports with perfective 了; a study cites literature).
import type { DocType } from '../../src/types.js';
import { GENRE_WORD, WEAK_PLAN_WORDS, typeOfWord } from './keywords.js';

export interface GenreSignals {
  research: number;
  plan: number;
  summary: number;
  /** Share of sentences with a perfective 了 (`建立了`, `取得了`). */
  perfective: number;
  /** Marks of a text that is neither plan nor report: a speech, a news item, an encyclopaedia entry. */
  other?: number;
}

const RESEARCH_CUES = [/参考文献/, /关键词|关键字/, /摘要[::]/, /本研究|本文|笔者/, /\[\d+\]/, /研究表明|调查显示|实证/];
const PLAN_CUES = [
  /特制定|现制定|制定(?:本|此|如下|以下)/, /实施步骤|工作步骤|时间安排|进度安排/, /工作目标|目标任务|总体目标|具体目标/,
  /力争|争取/, /到(?:19|20)\d{2}年/, /保障措施|组织保障/, /第[一二三]阶段|准备阶段|启动阶段/,
];
const SUMMARY_CUES = [
  /取得了|取得(?:了)?(?:显著|明显|可喜|良好)?(?:的)?成[效绩果]/, /有关情况(?:如下|汇报)|现(?:将|就).{0,20}(?:总结|汇报)/, /回顾|一年来|近年来|几年来/,
  /主要做法|工作成效|主要成效|存在(?:的)?(?:问题|不足)/, /今后(?:的)?(?:打算|努力方向|工作设想)/, /总结(?:如下|一下)|主要总结|工作总结/,
];
const OTHER_CUES = [
  // a speech: addressed to its audience, announcing its points
  /(?:^|\n)\s*(?:同志们|各位领导|老师们、同学们|老师们|同学们|各位老师)\s*[::,,!]/, /我(?:讲|谈|说)(?:[两三四五六七八九几]|\d)点(?:意见|看法|想法|体会|要求)/,
  // a speech's subtitle under a motto title (`——某中学校长某某在开学典礼上的讲话`)
  /(?:^|\n)\s*[—–-]{1,3}[^\n。]{0,40}在[^\n。]{2,60}(?:讲话|发言|致辞|讲稿)\s*(?:\n|$)/,
  // a news item: opens on the day it happened
  /^(?:[^\n]*\n){0,2}\s*(?:近日|日前|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:上午|下午|晚上|晚)?)\s*[,,]/,
  // a news item's credit line: (通讯员 李某), (供稿:教务处), (记者 王某 摄)
  /[((](?:通讯员|记者|供稿|撰稿|审核|编辑|文\/|图\/|文图)[::\s]?[^()()\n]{1,24}[))]\s*$/,
  // an encyclopaedia entry
  /中文名\s*[::]|外文名\s*[::]|基本介绍|百科名片/,
];
/** A news headline reports an event: a title without a genre word that names one. */
const NEWS_TITLE = /召开|举行|举办|开展|启动|迎来|莅临|走进|喜获|荣获|获评|圆满|顺利|调研|督导检查/;
const PERFECTIVE = /[\p{Script=Han}]了(?!解)/u;
const REPORT_THEN_PLAN = /(?:总结|汇报|述职|自查报告)[^,,。]{0,4}(?:及|和|暨|与|兼)[^,,。]{0,24}(?:计划|打算|安排|思路)/;
/** Share of perfective sentences above which a body reports rather than plans (plans stay under 0.1). */
const RETROSPECTIVE_SHARE = 0.25;
const NOT_PERFECTIVE = /为了|除了|了解|了如指掌|不了|罢了/g;

export function genreSignals(text: string): GenreSignals {
  const sentences = text.split(/[。!?;\n]/).filter((s) => s.length > 4);
  const perfectiveCount = sentences.filter((s) => PERFECTIVE.test(s.replace(NOT_PERFECTIVE, ''))).length;
  return {
    research: RESEARCH_CUES.filter((re) => re.test(text)).length,
    plan: PLAN_CUES.filter((re) => re.test(text)).length,
    summary: SUMMARY_CUES.filter((re) => re.test(text)).length,
    perfective: sentences.length ? perfectiveCount / sentences.length : 0,
    other: OTHER_CUES.filter((re) => re.test(text)).length,
  };
}

export function classifyDocType(title: string | null, signals: GenreSignals): DocType {
  const words = title ? [...title.matchAll(GENRE_WORD)].map((m) => m[0]) : [];
  const last = words.at(-1);
  const fromTitle = last ? typeOfWord(last) : undefined;
  if (signals.research >= 2) return 'research';
  // `…工作总结及下学期工作计划`: the report comes first and is the bulk of the text
  if (fromTitle === 'plan' && title && REPORT_THEN_PLAN.test(title)) return 'summary';
  // a 范文 site labels a report 方案: a body that only looks back, in the perfective, is a summary
  if (fromTitle === 'plan' && signals.plan <= 1 && signals.summary >= 2 && signals.perfective >= RETROSPECTIVE_SHARE) return 'summary';
  if (fromTitle && !WEAK_PLAN_WORDS.has(last!)) return fromTitle;
  // no genre word in the title: a speech, news item or encyclopaedia copy reports nobody's plan or work
  if (!fromTitle && ((signals.other ?? 0) > 0 || (title !== null && !title.includes('关于') && NEWS_TITLE.test(title)))) return 'other';
  const plan = signals.plan + (fromTitle === 'plan' ? 1 : 0);
  const summary = signals.summary + signals.perfective * 10;
  if (plan === 0 && summary < 1) return 'other';
  return summary > plan ? 'summary' : 'plan';
}
