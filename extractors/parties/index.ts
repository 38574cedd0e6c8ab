// Parties (who the plan makes responsible) and assignments (party, task, deadline).
import type { AssignmentRecord, Article, Extractor, PartyKind, PartyRecord, Span } from '../../src/types.js';
import { evidenceFor } from '../evidence.js';
import { blockCharges, type Charge, dutyLineCharges, labelCharges, sentenceCharges, tableCharges } from './assignments.js';
import { isGeneric, kindOf } from './lexicon.js';
import { findActors, findGroups, type Mention } from './mentions.js';
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
    const groups = findGroups(text).map(asOrgWhenKnown);
    const actors = [...findActors(text), ...findNamedUnits(text)];
    const rosters = findRosters(text, groups.filter((g) => g.kind === 'group'));
    const charges = [...tableCharges(text), ...labelCharges(text), ...dutyLineCharges(text), ...blockCharges(text, groups), ...sentenceCharges(text, [...groups, ...actors])];
    // `责任人:袁建华`: a person named as the one responsible is a person, anything else a unit
    const fromTables = charges.map((c): Candidate => ({ name: c.party, kind: kindOf(c.party) ?? (looksLikeStandaloneName(c.party) ? 'person' : 'org'), role: null, group: null, span: c.span }));
    const candidates: Candidate[] = [
      ...groups.map((g) => ({ ...g, role: null, group: null })),
      ...rosters,
      ...actors.map((a) => ({ ...a, role: null, group: null })),
      ...fromTables,
    ];
    const parties = distinct(candidates.sort((a, b) => a.span.start - b.span.start)).map((c): PartyRecord => ({ type: 'party', name: c.name, kind: c.kind, role: c.role, group: c.group, evidence: evidenceFor(article, sentenceSpan(article, c.span)) }));
    const assignments = distinctCharges(charges).map((c): AssignmentRecord => ({ type: 'assignment', party: c.party, task: c.task, deadline: c.deadline, evidence: evidenceFor(article, c.span) }));
    return { records: [...parties, ...assignments], messages: [] };
  },
};

/** 教研组, 年级组 end like groups but are standing units. */
function asOrgWhenKnown(g: Mention): Mention {
  const kind = kindOf(g.name);
  return kind && kind !== 'group' ? { ...g, kind } : g;
}

/** Subjects that name which one of a post is meant (语数英教研组长 is a 教研组长). */
const SUBJECT_PREFIX = /^(?:各)?[语数英理化生史地政音体美艺信综科]{1,4}$/;

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
    .filter((c) => !(c.kind === 'role' && all.some((o) => o.kind === 'role' && o.name.endsWith(c.name) && SUBJECT_PREFIX.test(o.name.slice(0, -c.name.length)))))
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
