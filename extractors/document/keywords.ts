// Words that end the title of a plan, report or study: the genre vocabulary shared by the title
// finder and the document-type classifier.
import type { DocType } from '../../src/types.js';

const PLAN_WORDS = ['实施方案', '方案', '行动计划', '计划', '实施细则', '细则', '规划', '措施', '实施意见', '意见', '办法', '要点', '安排', '纲要'];
const SUMMARY_WORDS = ['总结', '成效', '汇报', '述职报告', '自查报告', '报告', '经验', '做法', '情况'];
const RESEARCH_WORDS = ['研究', '探究', '探索', '探析', '初探', '浅谈', '浅析', '思考', '策略', '对策', '启示', '构建', '调查'];

const TYPE_OF_WORD = new Map<string, DocType>([
  ...PLAN_WORDS.map((w) => [w, 'plan'] as const),
  ...SUMMARY_WORDS.map((w) => [w, 'summary'] as const),
  ...RESEARCH_WORDS.map((w) => [w, 'research'] as const),
]);

const alternation = [...TYPE_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** A genre word, optionally followed by a bracketed note such as `(试行)`, `(定稿)`, `(2018-2020年)`. */
export const TITLE_END = new RegExp(`(?:${alternation})(?:\\([^()\\n]{1,16}\\))?$`);

/** Every genre word in `text`, left to right. */
export const GENRE_WORD = new RegExp(alternation, 'g');

/** The type a title's genre word points to; `措施` is weak because reports list measures taken too. */
export function typeOfWord(word: string): DocType | undefined {
  return TYPE_OF_WORD.get(word);
}

export const WEAK_PLAN_WORDS = new Set(['措施', '安排']);
