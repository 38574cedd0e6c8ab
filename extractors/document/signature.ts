// The signature that closes a plan or report: the issuing unit and the date, on one line
// (`石桥镇中心校 2021年4月2日`, `某某学区2022年5月6日`) or on two (`沙坡头区第二中学` / `2021.9.1`).
import type { Span } from '../../src/types.js';
import { parseDate } from '../../src/text/dates.js';
import { bodyEnd, linesOf } from './lines.js';
import { isOrgName } from './org-names.js';
import { findPlaces } from './places.js';

export interface Signature {
  organization: string | null;
  organizationSpan: Span | null;
  date: string | null;
  dateSpan: Span | null;
}

const YEAR = '(?:(?:19|20)\\d{2}|[一二][〇零○O一二三四五六七八九]{3})';
const MD = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DATE = new RegExp(`${YEAR}\\s*年\\s*${MD}\\s*月(?:\\s*${MD}\\s*[日号])?|(?:19|20)\\d{2}[./-]\\d{1,2}(?:[./-]\\d{1,2})?(?![\\d.])`, 'g');
/** Where a signing unit's name starts: after a sentence or at a line start. */
const NAME_BEFORE = /(?:^|[。!?;])\s*([^。!?;,,:、\s《》“”()]{2,30}?)\s*$/;
const LAST_LINES = 3;
/** A signing date ends its line or sentence (one stray character, a scraping artifact, is tolerated). */
const SENTENCE_ENDS = /^(?:\s*$|[ \t]*\n|[。.]|[^\s,,。;]?[。\n])/;
/**
 * What a flattened page runs on after the signing date: the closing matter of a notice, the
 * portal's credits or a document site's footer (`… 2025年3月6日 抄送:县教研室`, `… 2023年12月28日
 * 责任编辑:李老师`, `… 2025年3月10日 相关文档:…`).
 */
const CLOSING_MATTER_AFTER =
  /^\s*[((]?(?:抄送|抄报|印发|主题词|附件|责任编辑|编辑|审核|审稿|校对|初审|终审|来源|作者|供稿|撰稿|此件|相关(?:文档|阅读|推荐|文章|范文|资料|链接)|上一篇|下一篇|版权所有|猜你喜欢|热门(?:推荐|文章)|【打印|打印本页|关闭窗口)/;

/** The last signature in the article, or what there is of one (a closing date line alone). */
export function findSignature(text: string): Signature {
  const end = bodyEnd(text);
  const found: Signature = { organization: null, organizationSpan: null, date: null, dateSpan: null };
  for (const m of text.slice(0, end).matchAll(DATE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (!SENTENCE_ENDS.test(after) && !CLOSING_MATTER_AFTER.test(after)) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(lineStart, m.index);
    const named = NAME_BEFORE.exec(before);
    let org: { name: string; span: Span } | null = null;
    if (named && isOrgName(named[1]!)) {
      const start = lineStart + named.index + named[0].indexOf(named[1]!);
      org = { name: named[1]!, span: { start, end: start + named[1]!.length } };
    } else if (!before.trim()) {
      org = orgLineBefore(text, lineStart);
    } else {
      org = placeNamedUnitAtEnd(before, lineStart);
    }
    if (!org && !standsAlone(text, m.index, m.index + m[0].length, end)) continue;
    const date = parseDate(m[0].replace(/[○O]/g, '〇'));
    if (!date) continue;
    found.date = date;
    found.dateSpan = { start: m.index, end: m.index + m[0].length };
    found.organization = org?.name ?? null;
    found.organizationSpan = org?.span ?? null;
  }
  if (!found.organization) {
    const closing = linesOf(text.slice(0, end)).slice(-LAST_LINES).reverse().find((l) => l.text.length <= 20 && isOrgName(l.text));
    if (closing) Object.assign(found, { organization: closing.text, organizationSpan: { start: closing.start, end: closing.end } });
  }
  return found;
}

/**
 * `附件:视导日程安排表沁源县教育体育局` before the date: flattening glued the issuer to the line
 * above it, so the name is found from a place name on that runs to the end.
 */
function placeNamedUnitAtEnd(before: string, lineStart: number): { name: string; span: Span } | null {
  const tail = before.trimEnd();
  const from = Math.max(0, tail.length - 30);
  for (const place of findPlaces(tail, from)) {
    const name = tail.slice(place.start);
    if (!isOrgName(name) || /[。!?;,,::、\s]/.test(name)) continue;
    return { name, span: { start: lineStart + place.start, end: lineStart + tail.length } };
  }
  return null;
}

/** The whole previous line when it is nothing but a unit's name. */
function orgLineBefore(text: string, lineStart: number): { name: string; span: Span } | null {
  if (lineStart < 2) return null;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const raw = text.slice(prevStart, lineStart - 1);
  const name = raw.trim();
  if (!isOrgName(name) || /[。!?;,,:]/.test(name)) return null;
  const start = prevStart + raw.indexOf(name);
  return { name, span: { start, end: start + name.length } };
}

/** A date that is a line of its own among the article's last lines: the signing date. */
function standsAlone(text: string, start: number, end: number, bodyEndAt: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line !== text.slice(start, end).trim()) return false;
  const after = text.slice(end, bodyEndAt);
  return linesOf(after).length < LAST_LINES;
}
