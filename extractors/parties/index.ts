// Parties (who the plan makes responsible) and assignments (party, task, deadline).
import type { AssignmentRecord, Article, Extractor, PartyKind, PartyRecord, Span } from '../../src/types.js';
import { evidenceFor } from '../evidence.js';
import { blockCharges, type Charge, dutyLineCharges, labelCharges, sentenceCharges, tableCharges } from './assignments.js';
import { isGeneric, kindOf, SUBJECT } from './lexicon.js';
import { findActors, findGroups, findSetUpBodies, type Mention } from './mentions.js';
import { findNamedUnits } from './named-units.js';
import { looksLikeStandaloneName } from './names.js';
import { findRosters } from './rosters.js';

interface Candidate {
  name: string;
  kind: PartyKind;
  role: string | null;
  group: string | null;
  span: Span;
}

export const partiesExtractor: Extractor<PartyRecord | AssignmentRecord> = {
  name: 'parties',
  version: '1.0.0',
  extract(article) {
    const text = article.text;
    const groups = [...findGroups(text).map(asOrgWhenKnown), ...findSetUpBodies(text)].sort((a, b) => a.span.start - b.span.start);
    const actors = [...findActors(text), ...findNamedUnits(text)];
    const rosters = findRosters(text, groups.filter((g) => g.kind === 'group'));
    const charges = [...tableCharges(text), ...labelCharges(text), ...dutyLineCharges(text), ...blockCharges(text, groups), ...sentenceCharges(text, [...groups, ...actors])];
    const fromTables = charges.map((c): Candidate => ({ name: c.party, kind: chargedKind(c.party), role: null, group: null, span: c.span }));
    const candidates: Candidate[] = [
      ...groups.map((g) => ({ ...g, role: null, group: null })),
      ...rosters,
      ...actors.map((a) => ({ ...a, role: null, group: null })),
      ...fromTables,
    ];
    const author = summaryAuthor(text, article.pageContext.compilation ? null : article.pageContext.title);
    const parties = distinct(candidates.sort((a, b) => a.span.start - b.span.start).map((c) => withFullName(c, text)))
      .filter((c) => !(author && c.kind === 'org' && isAuthor(c.name, author))).map((c): PartyRecord => ({ type: 'party', name: c.name, kind: c.kind, role: c.role, group: c.group, evidence: evidenceFor(article, sentenceSpan(article, c.span)) }));
    const assignments = distinctCharges(charges).map((c): AssignmentRecord => ({ type: 'assignment', party: c.party, task: c.task, deadline: c.deadline, evidence: evidenceFor(article, c.span) }));
    return { records: [...parties, ...assignments], messages: [] };
  },
};

/**
 * `责任人:袁建华`: a person named as the one responsible is a person, anything else a unit. A bare …组 a table or
 * 负责人 label names (学生发展组, 训辅组) is a standing panel, not a group the plan sets up (小组, 工作组, 专班 are).
 */
function chargedKind(name: string): PartyKind {
  const kind = kindOf(name);
  if (kind === 'group' && /[^小作题]组$/.test(name)) return 'org';
  return kind ?? (looksLikeStandaloneName(name) ? 'person' : 'org');
}

/** 教研组, 年级组 end like groups but are standing units. */
function asOrgWhenKnown(g: Mention): Mention {
  const kind = kindOf(g.name);
  return kind && kind !== 'group' ? { ...g, kind } : g;
}

/** A title that reports work done (总结, 汇报, 自查报告, 述职), maybe with next year's plan after it. */
const REPORT_TITLE = /(?:总结|汇报|自查报告|自评报告|述职报告|工作报告)/;
/** Where the author's name in a title ends: the period or the subject the report covers. */
const AUTHOR_END = /(?:\d{4}|[〇零一二三四五六七八九十]{4}|20[xX×*]{2}|关于|上半年|下半年|年度|本学期|第[一二]学期)/;

/**
 * `青溪县教育局2024年工作总结和2025年工作计划`: the body a report's title opens with is its author; in its own
 * report it tells what it did and will do, and is no party of it.
 */
function summaryAuthor(text: string, pageTitle: string | null): string | null {
  // the title may sit under a line of portal chrome (`首页 > 政务公开 > 工作总结`)
  // the page's title where the structure stage took it off the article (a compilation's own title is not one)
  const lines = [pageTitle ?? '', ...text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3)];
  const title = lines.find((l) => l.length <= 60 && REPORT_TITLE.test(l) && !/[>》。]/.test(l)) ?? '';
  if (!title) return null;
  const at = title.search(AUTHOR_END);
  const name = at >= 3 ? title.slice(0, at) : '';
  if (/^[\u4e00-\u9fa5]+$/.test(name) && AUTHOR_TAIL.test(name)) return name;
  // `2024年工作总结` with the body only in the signature: the last lines before the date
  const tail = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(-3);
  return tail.find((l) => /^[\u4e00-\u9fa5]{3,20}$/.test(l) && AUTHOR_TAIL.test(l)) ?? null;
}

const AUTHOR_TAIL = /[局委厅府办室所站院校园]$|中心$/;

/** The author under its full name, its short one (县教育局 of 青溪县教育局), or its party group (县教育局党组). */
function isAuthor(name: string, author: string): boolean {
  const bare = name.replace(/(?:党组|党委)$/, '');
  if (bare === author) return true;
  const place = author.endsWith(bare) ? author.slice(0, -bare.length) : '';
  // 青溪 + 县教育局: the short form keeps the level (县) and drops the place's own name
  return place !== '' && (PLACE_PREFIX.test(place) || (/^[省市县区旗镇乡]/.test(bare) && place.length <= 4));
}

/** The place a body's full name opens with (区, 县, 青禾县, 柳河镇). */
const PLACE_PREFIX = /^(?:[省市县区旗镇乡]|[\u4e00-\u9fa5]{1,4}[省市县区旗镇乡])$/;

/**
 * `县教体局` where the article also writes `县教育体育局`: an abbreviation keeps the first and last
 * characters and drops some between; the party is named in full, so both forms are one party.
 */
function withFullName(c: Candidate, text: string): Candidate {
  if (c.kind !== 'org' || c.name.length < 3 || !/^[\u4e00-\u9fa5]+$/.test(c.name)) return c;
  const chars = [...c.name];
  const spread = new RegExp(chars.map((ch, i) => (i === 0 ? ch : `[\\u4e00-\\u9fa5]{0,3}?${ch}`)).join(''), 'g');
  for (const m of text.matchAll(spread)) {
    // two or more words cut to their first character (教育→教, 体育→体); one dropped run (中心学校→中心校, 镇人民政府→镇政府) is a plain short name
    if (m[0].length <= c.name.length * 2 && gaps(c.name, m[0]) >= 2) return { ...c, name: m[0] };
  }
  return c;
}

/** How many runs of characters `full` holds between the characters of `short` (matched left to right). */
function gaps(short: string, full: string): number {
  let [at, runs] = [0, 0];
  for (const ch of short) {
    const next = full.indexOf(ch, at);
    if (next < 0) return 0;
    if (next > at && at > 0) runs++;
    at = next + 1;
  }
  return runs + (at < full.length ? 1 : 0);
}

/**
 * Words that say which ones of a post are meant (语数英教研组长, 学科教研组长, 临床科室主任, 九年级各班班主任): the
 * post named with them and without them is one party.
 */
const SUBJECT_PREFIX = new RegExp(`^(?:各)?(?:${SUBJECT}|[语数英理化生史地政音体美艺信综科]{1,4}|学科|临床|医技|职能|业务|(?:[一二三四五六七八九]|初[一二三]|高[一二三]|毕业)?年级(?:各班)?|各班|毕业班)$`);

/**
 * One party per distinct name, in order of first mention. A roster entry (with its role) wins over a
 * bare mention; a short form of a longer group name (领导小组 after 学校…领导小组) is the same party.
 */
function distinct(candidates: Candidate[]): Candidate[] {
  const byName = new Map<string, Candidate>();
  for (const c of candidates) {
    if (isGeneric(c.name)) continue;
    const seen = byName.get(c.name);
    if (!seen) byName.set(c.name, c);
    else if (seen.kind !== 'person' && c.kind === 'person') byName.set(c.name, c);
    else if (seen.group === null && c.group !== null && seen.kind === c.kind) byName.set(c.name, { ...seen, group: c.group, role: seen.role ?? c.role });
  }
  const all = [...byName.values()];
  return all
    .filter((c) => !(c.kind === 'group' && all.some((o) => o !== c && o.kind === 'group' && o.name.length > c.name.length && o.name.endsWith(c.name))))
    // `区教研室…教研室负责`: the short form of a unit named in full with its place is the same unit
    .filter((c) => !(c.kind === 'org' && all.some((o) => o.kind === 'org' && o.name.length > c.name.length && o.name.endsWith(c.name) && PLACE_PREFIX.test(o.name.slice(0, -c.name.length)))))
    // `县财政:负责…` after `县财政局`: the bureau named by its field alone is the same bureau
    .filter((c) => !(c.kind === 'org' && all.some((o) => o.kind === 'org' && o.name === `${c.name}局`)))
    // `语文教研组…教研组将…`, `语文教研组长…教研组长`: the panel or post named with its subject and without it is one
    .filter((c) => !((c.kind === 'role' || c.kind === 'org') && all.some((o) => o.kind === c.kind && o.name.endsWith(c.name) && SUBJECT_PREFIX.test(o.name.slice(0, -c.name.length)))))
    .sort((a, b) => a.span.start - b.span.start);
}

/** One assignment per party and task: a duty line (`派出所:负责…`) is also a `负责` clause. */
function distinctCharges(charges: Charge[]): Charge[] {
  const seen = new Set<string>();
  return charges.filter((c) => !seen.has(`${c.party}|${c.task}`) && seen.add(`${c.party}|${c.task}`));
}

/** Evidence is the sentence holding the mention when the structure stage found one. */
function sentenceSpan(article: Article, span: Span): Span {
  const s = article.sentences.find((x) => x.start <= span.start && span.start < x.end);
  return s && s.end >= span.end ? { start: s.start, end: s.end } : span;
}
