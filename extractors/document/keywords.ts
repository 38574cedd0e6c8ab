// Words that end the title of a plan, report or study: the genre vocabulary shared by the title
// finder and the document-type classifier.
import type { DocType } from '../../src/types.js';

const PLAN_WORDS = ['实施方案', '方案', '行动计划', '计划书', '计划', '实施细则', '细则', '规划', '措施', '实施意见', '意见', '办法', '要点', '安排', '纲要'];
const SUMMARY_WORDS = ['总结', '成效', '汇报', '汇报材料', '述职报告', '述职', '自查报告', '自评报告', '报告', '经验', '做法', '情况', '完成情况', '回顾'];
const RESEARCH_WORDS = ['研究', '探究', '探索', '探析', '初探', '浅谈', '浅析', '思考', '策略', '对策', '启示', '构建', '调查'];
/** Speeches and addresses: neither a plan nor a report of the speaker's unit, so `other`. */
const SPEECH_WORDS = ['讲话', '讲话稿', '发言', '发言稿', '致辞', '讲稿', '动员讲话'];

const TYPE_OF_WORD = new Map<string, DocType>([
  ...PLAN_WORDS.map((w) => [w, 'plan'] as const),
  ...SUMMARY_WORDS.map((w) => [w, 'summary'] as const),
  ...RESEARCH_WORDS.map((w) => [w, 'research'] as const),
  ...SPEECH_WORDS.map((w) => [w, 'other'] as const),
]);

const alternation = [...TYPE_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** Bracketed notes after a title's genre word: `(试行)`, `(定稿)`, `(2018-2020年)`, `(2025—2028)(征求意见稿)`. */
export const TITLE_NOTE_AFTER = '(?:\\([^()\\n]{1,18}\\)){0,2}';

/**
 * A notice's title (`…关于印发《…方案》的通知`). GUIDE.md asks for the article's own title as
 * printed, and for the issuer and the signing date as organization and date: all three are the
 * notice's, so the title is the notice's too, not the plan's. The plan stays findable, named in
 * 《》 inside it, and gives the type (a notice wrapping a plan is a plan) and the period.
 */
export const NOTICE_TITLE = /关于.{2,}?(?:的)?(?:通知|通报|决定|批复|函)$/;

/** A genre word, optionally followed by a bracketed note, or a notice's title. */
export const TITLE_END = new RegExp(`(?:${alternation})${TITLE_NOTE_AFTER}$|${NOTICE_TITLE.source}`);

/** Every genre word in `text`, left to right. */
export const GENRE_WORD = new RegExp(alternation, 'g');

/** The type a title's genre word points to; `措施` is weak because reports list measures taken too. */
export function typeOfWord(word: string): DocType | undefined {
  return TYPE_OF_WORD.get(word);
}

export const WEAK_PLAN_WORDS = new Set(['措施', '安排']);
