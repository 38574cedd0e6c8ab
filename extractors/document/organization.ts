// Whose plan or report it is: the signing unit, else the unit that heads the title, else the
// district or county the text speaks for (`我区` … 河西区), else a unit the body names as itself.
import type { Segmenter, Span } from '../../src/types.js';
import { AUTHORITY, ORG_SUFFIX, isMaskedName, isOrgName, isSpecificOrgName, namePart } from './org-names.js';
import { creditedUnit } from './credit.js';
import { bodyEnd, maskCitedTitles } from './lines.js';
import { findPlaces } from './places.js';
import type { Signature } from './signature.js';
import type { FoundTitle } from './title.js';

export interface FoundOrganization {
  name: string;
  /** Null when the name came from a title printed above the article's text. */
  span: Span | null;
}

/** What may follow the unit at the head of a title: a word that starts the topic, not more name. */
const NAME_GOES_ON = /^(?:部|分校|校区|附属|附|中学|小学|学校)/;
const SPEAKER = /我(区|县|市|镇|乡)/g;
const CITED_BEFORE = /(?:贯彻|落实|根据|依据|按照|遵照|参照|响应|配合|学习|借鉴|考察|参观|前往|赴|到|和|与|及)$/;
const CITED_AFTER = /^(?:关于|印发|出台|下发|制定|颁布|发布|要求|提出|组织的|的)/;
/** jieba tags of words that cannot open a name: verbs, adverbs, prepositions, conjunctions, particles, pronouns. */
const NOT_NAME_TAG = /^(?:v|vn|vd|ad|d|p|c|u|r)/;
/** The same for a segmenter without tags: verbs that plans put before 学校. */
const COMMON_VERB = /^(?:加强|制定|建设|创建|打造|办好|办成|建成|成为|推进|提高|提升|开展|实施|规范|管理|发展|服务|面向|走进|进入|评为|命名为)$/;
/** Verbs no school or bureau name contains (unlike 建设, as in 建设路小学). */
const ACTION_INSIDE = /进一步|提升|提高|推进|加强|开展|实施/g;
const BODY_ORG = new RegExp(`(?:(?![的了是在和与及对把被将为到])[\\p{Script=Han}A-Za-z]){2,12}?${ORG_SUFFIX}`, 'gu');

export function findOrganization(
  text: string,
  signature: Signature,
  title: FoundTitle | null,
  research: boolean,
  segmenter: Segmenter,
  stamps = '',
): FoundOrganization | null {
  const signed = signature.organization && signature.organizationSpan ? { name: signature.organization, span: signature.organizationSpan } : null;
  if (signed && !isMaskedName(signed.name)) return signed;
  const fromTitle = title ? (titleHead(title) ?? localUnitNamed(text, title.title)) : null;
  if (fromTitle && !isMaskedName(fromTitle.name)) return fromTitle;
  // a news item's credited body (来源:…, …讯) outranks the schools its story visits
  const credited = creditedUnit(text, stamps);
  if (credited) return credited;
  if (research) return signed ?? fromTitle;
  // a masked issuer (`××县第二实验小学`) gives way to one named unmasked elsewhere; failing that it is
  // kept as printed, as the GUIDE keeps `某某县人民政府` and the seeds' gold `xx学区`
  // a title printed above the text (the page's) leaves its byline as the text's first line
  const underTitle = title?.span ? byline(text, title.linesEnd ?? title.span.end) : title ? bylineAt(text, 0) : null;
  const unmasked = underTitle ?? speakingRegion(text);
  return unmasked ?? signed ?? fromTitle ?? namedInBody(text, segmenter);
}

/**
 * A byline under the title (`临洮县教育局局长 张某某`), or after a speech's subtitle on its line
 * (`——在…上的讲话 蒲城县教育局局长 王某`): the speaker's or reporter's unit speaks.
 */
function byline(text: string, titleEnd: number): FoundOrganization | null {
  const restEnd = text.indexOf('\n', titleEnd);
  if (text.slice(titleEnd, restEnd < 0 ? text.length : restEnd).trim()) return bylineAt(text, titleEnd);
  return restEnd < 0 ? null : bylineAt(text, restEnd + 1);
}

/** Whether the text opens with a speaker's or reporter's byline, its title printed above it. */
export function opensWithByline(text: string): boolean {
  return bylineAt(text, 0) !== null;
}

function bylineAt(text: string, lineStart: number): FoundOrganization | null {
  const lineEnd = text.indexOf('\n', lineStart);
  const raw = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  // `——红星中学校长 李某某`: a byline set off by a dash
  const line = raw.trim().replace(/^[—–-]{1,3}\s*/u, '');
  if (!line || line.length > 30 || /[。;!?,,::、]/.test(line)) return null;
  for (let end = line.length; end >= 4; end--) {
    const name = line.slice(0, end);
    // `…实验小学校长`: 校 belongs to the speaker's post, not to the unit's name
    if (isSpecificOrgName(name) && line[end] !== '长') {
      const start = lineStart + raw.indexOf(line);
      return { name, span: { start, end: start + end } };
    }
  }
  return null;
}

/** `宝鸡高新区中心学校质量提升工程实施细则` → 宝鸡高新区中心学校. */
function titleHead(title: FoundTitle): FoundOrganization | null {
  // `向课堂要质量——某中学课改方案`: a motto before a dash, the plan's own title after it
  const dash = /——|—{2}|-{2}/g;
  let from = 0;
  for (const m of title.title.matchAll(dash)) from = m.index + m[0].length;
  const rest = title.title.slice(from);
  const head = rest.split(/关于|的|“|《|"/)[0] ?? '';
  for (let end = head.length; end >= 3; end--) {
    const name = head.slice(0, end);
    if (isOrgName(name) && !NAME_GOES_ON.test(rest.slice(end))) {
      return { name, span: title.span && { start: title.span.start + from, end: title.span.start + from + end } };
    }
  }
  return null;
}

/** `县教育局召开…`: a title naming its unit by level alone; the body gives the full name (`湄潭县教育局`). */
function localUnitNamed(text: string, title: string): FoundOrganization | null {
  const local = /^([县市区镇乡旗])((?:教育局|教体局|教育体育局|教育和体育局|人民政府|政府|中心校|中心学校|实验小学|实验中学|第[一二三四五六七八九十\d]+(?:中学|小学)|[一二三四五六七八九十\d]+中))/.exec(title);
  if (!local) return null;
  const full = new RegExp(`[\\p{Script=Han}]{1,8}${local[1]}${local[2]}`, 'gu');
  for (const m of text.matchAll(full)) {
    // the longest name that is a place plus the unit: 湄潭县教育局, not 在湄潭县教育局
    for (const place of findPlaces(m[0])) {
      if (place.end !== m[0].length - local[2]!.length) continue;
      const start = m.index + place.start;
      return { name: m[0].slice(place.start), span: { start, end: m.index + m[0].length } };
    }
  }
  return null;
}

/** A text that says `我区` again and again speaks for the district it names most. */
function speakingRegion(text: string): FoundOrganization | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SPEAKER)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const [unit, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const asSchool = text.match(/我校|本校/g)?.length ?? 0;
  if (!unit || times! < 2 || times! <= asSchool) return null;
  const named = new Map<string, Span[]>();
  for (const place of findPlaces(text, 0, bodyEnd(text))) {
    if (!place.name.endsWith(unit)) continue;
    named.set(place.name, [...(named.get(place.name) ?? []), { start: place.start, end: place.end }]);
  }
  const [name, spans] = [...named].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  return name && spans ? { name, span: spans[0]! } : null;
}

/** The unit the body names most often as itself, not as the author of a cited document. */
function namedInBody(text: string, segmenter: Segmenter): FoundOrganization | null {
  const masked = maskCitedTitles(text.slice(0, bodyEnd(text)));
  const named = new Map<string, Span[]>();
  for (const m of masked.matchAll(BODY_ORG)) {
    // `组织教师赴北京市第一中学`: the name starts at its place name
    const cut = findPlaces(m[0])[0]?.start ?? leadingVerbLength(m[0], segmenter);
    const name = m[0].slice(cut);
    const at = m.index + cut;
    const before = masked.slice(Math.max(0, at - 4), at);
    const after = masked.slice(at + name.length, at + name.length + 4);
    // `2024年秋季全县中小学…`: a name never starts inside a date; `这一中心`: 一中 cut out of a word is no school
    if (/^[年月日]/u.test(name) || (/[一二三四五六七八九十\d]中$/u.test(name) && /^[心间国文]/u.test(after))) continue;
    // `××县第二实验小学`: what is left of a masked name after its mask is no name either
    if (!isSpecificOrgName(name) || isMaskedName(before.slice(-2) + name) || AUTHORITY.test(name) || CITED_BEFORE.test(before) || CITED_AFTER.test(after)) continue;
    if (inParentheses(masked, at) || !properName(name, segmenter)) continue;
    named.set(name, [...(named.get(name) ?? []), { start: at, end: at + name.length }]);
  }
  const [name, spans] = [...named].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  return name && spans ? { name, span: spans[0]! } : null;
}

/** `加强学校`, `整体推进学校`: a name is a noun phrase, so it starts after the last verb or particle. */
function leadingVerbLength(name: string, segmenter: Segmenter): number {
  let length = 0;
  let cut = 0;
  for (const { word, tag } of segmenter.tag(name)) {
    length += word.length;
    if (NOT_NAME_TAG.test(tag) || COMMON_VERB.test(word)) cut = length;
  }
  // a segmenter that keeps `进一步提升全县中小学` whole still shows where the action ends
  for (const m of name.matchAll(ACTION_INSIDE)) cut = Math.max(cut, m.index + m[0].length);
  return cut;
}

/**
 * `布置学校` is an action, `柳河小学` a name: the part before the unit word must hold a place or
 * proper noun, or be long enough (`中建三局第二项目部`) to be a name on its own.
 */
function properName(name: string, segmenter: Segmenter): boolean {
  const head = namePart(name) ?? '';
  if (head.length >= 4 || findPlaces(name).length > 0) return true;
  return segmenter.tag(head).some((t) => /^n[rstz]/.test(t.tag));
}

/** `组长:李冬(青岛分公司副总)`: an affiliation in brackets describes a person, not the author. */
function inParentheses(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
