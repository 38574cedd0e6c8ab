// School plans date their stages by school year (`第一阶段(2023—2024学年)`), which the general date
// reader does not know. A school year runs from the autumn of its first year to the summer of the
// second: a whole one gives its two years, a semester its months (第一学期 September to January,
// 第二学期 February to July).
import type { DateMention } from '../../src/text/dates.js';

const SCHOOL_YEAR = /((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)?\d{2})\s*学年度?\s*(?:(第一|第二|上|下|秋季|春季)学期)?/g;

export function schoolYearDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(SCHOOL_YEAR)) {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second !== first + 1) continue;
    const term = m[3];
    const [start, end] =
      term === undefined ? [`${first}`, `${second}`]
      : /第一|上|秋季/.test(term) ? [`${first}-09`, `${second}-01`]
      : [`${second}-02`, `${second}-07`];
    found.push({ start, end, span: { start: m.index, end: m.index + m[0].length }, text: m[0] });
  }
  return found;
}
