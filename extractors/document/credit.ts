// The body a news item credits as its issuer: a portal's `来源:某某县教育局` or `发布单位:…` stamp,
// or the wire-style dateline `湟源县教育局讯(通讯员 …)`. A news item names many schools it visits;
// the credited body is the one whose item it is.
import type { Span } from '../../src/types.js';
import { linesOf } from './lines.js';
import { isSpecificOrgName } from './org-names.js';

export interface CreditedUnit {
  name: string;
  /** Null when the credit stood in the page's header, above the article's text. */
  span: Span | null;
}

/** Lines at the top of an item where its stamps and dateline stand. */
const HEAD_LINES = 8;
const LONGEST_NAME = 24;
const CREDIT_LABEL = /(?:文章来源|信息来源|来源|发布单位|发布机构|发布部门|供稿单位|供稿|稿源|发文单位)\s*[::]\s*/g;
/** The next stamp on the same line ends the credited name (`…初级中学发布日期:2023-11-20`). */
const NEXT_STAMP = /(?:发布时间|发布日期|更新时间|时间|日期|作者|编辑|点击|浏览|阅读|字号|来源|[|丨\s])/;
const DATELINE = /^([\p{Script=Han}]{4,24})讯/u;

/** `stamps`: the page header's credit lines the structure stage kept (pageContext.stamps). */
export function creditedUnit(text: string, stamps = ''): CreditedUnit | null {
  for (const line of linesOf(stamps)) {
    const found = creditIn(line.text);
    if (found) return { name: found.name, span: null };
  }
  for (const line of linesOf(text).slice(0, HEAD_LINES)) {
    const credit = creditIn(line.text);
    if (credit) return { name: credit.name, span: { start: line.start + credit.at, end: line.start + credit.at + credit.name.length } };
    // the dateline's whole head is the unit: `湟源县教育局讯`, never `本报讯` or a phrase ending in one
    const dateline = DATELINE.exec(line.text)?.[1];
    if (dateline && longestName(dateline) === dateline) return { name: dateline, span: { start: line.start, end: line.start + dateline.length } };
  }
  return null;
}

/** `发布时间:2024-05-16来源:宣汉县教育局浏览次数:312` → 宣汉县教育局, where it starts in the line. */
function creditIn(line: string): { name: string; at: number } | null {
  for (const m of line.matchAll(CREDIT_LABEL)) {
    const at = m.index + m[0].length;
    const value = line.slice(at, at + LONGEST_NAME);
    const cut = NEXT_STAMP.exec(value.slice(2));
    const name = longestName(value.slice(0, cut ? cut.index + 2 : value.length));
    if (name) return { name, at };
  }
  return null;
}

/** The longest head of `value` that names one organization (`本站原创` names none). */
function longestName(value: string): string | null {
  for (let end = value.length; end >= 4; end--) {
    const name = value.slice(0, end);
    if (isSpecificOrgName(name)) return name;
  }
  return null;
}
