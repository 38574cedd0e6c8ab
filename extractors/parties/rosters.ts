// Rosters of the groups a plan sets up: `组长:方振华`, `副组长:周立新、韩雪梅`, `成员:…` (names run
// together too), `邹志刚任办公室主任`, `以主管副校长为组长`. Each entry is tied to the group it follows.
import type { PartyKind, Span } from '../../src/types.js';
import { isGeneric, kindOf, ROLE } from './lexicon.js';
import type { Mention } from './mentions.js';
import { looksLikeListedName, looksLikeName, looksLikeStandaloneName, splitRunTogetherNames } from './names.js';
import { readRosterItem, titledHolder, unitOfHeads } from './roster-items.js';

export interface RosterEntry {
  name: string;
  kind: PartyKind;
  /** The roster label for a person (组长, 成员…); null for units and positions listed as members. */
  role: string | null;
  group: string | null;
  span: Span;
}

const LABEL = /(办公室主任|副组长|组长|组员|成员|副主任|主任|顾问|委员|联络员|秘书长|(?<=(?:^|\n)\s*)长)\s*[::]|(成员|组员)(?=包括)包括/g;
const APPOINTED = /([\u4e00-\u9fa5]{2,3}?)(?:同志)?兼?任(办公室主任|副组长|组长|副主任|主任|秘书长)/g;
/** `以主管副校长为组长、学科带头人和骨干教师组成的…小组`: the members of a group being set up. */
const COMPOSED_OF = /[、,,]([^,,。;::]{2,36}?)(?:共同)?组成的?/g;
/** `邱文斌副区长牵头…`: a name right before the position that leads. */
const NAMED_HOLDER = new RegExp(`([\\u4e00-\\u9fa5]{3,4})(${ROLE.source})(?=牵头|负责|担任|任组长|为组长|主持)`, 'g');
/** `县政府分管副县长任组长`, `中心学校校长、派出所所长、各村支部书记为成员`: posts (or a list of them) given a seat. */
const SEATED_LIST = /(?<=^|[\n,,。;;、:：]|由|以)([^,,。;;::\n]{2,40}?)(?:任|担任|为)(副?组长|成员|组员|副?主任|副?理事长|秘书长)/g;
const LED_BY = /以([\u4e00-\u9fa5]{2,8}?)为(副?组长)/g;
/** `局长任组长,分管副局长任副组长,各股室负责人为成员`: positions named to a group's seats. */
const POSITION_SEATED = new RegExp(`(?<=^|[\\n,,。;;、:：]|由)(?:各)?(${ROLE.source})(?:任|担任|为)(副?组长|成员|组员|副?主任)(?![\\u4e00-\\u9fa5]*小组)`, 'g');
/** `组长由校长凌某某担任`: the seat named first, its holder after 由. */
const HELD_BY = /(办公室主任|副组长|组长)由([\u4e00-\u9fa5]{2,16}?)(?:同志)?[担兼]任/g;

/**
 * A duty line naming its holder before the colon: `县教育局局长罗建平:负总责`, `基础教育股(股长蒋文斌):负责…`. The
 * person is the party with the post as his role; a unit whose head is named in brackets is a party too.
 */
const HOLDER_DUTY_LINE = new RegExp(`(?<=^|\\n)[ \\t]*([\\u4e00-\\u9fa5]{0,16}?)(${ROLE.source})([\\u4e00-\\u9fa5]{2,3})[ \\t]*[::]`, 'g');
const HEADED_UNIT_DUTY_LINE = new RegExp(`(?<=^|\\n)[ \\t]*([\\u4e00-\\u9fa5]{2,16}?)[((](${ROLE.source})[ \\t]*([\\u4e00-\\u9fa5]{2,3})[))][ \\t]*[::]`, 'g');
/** What a unit named in a duty line ends with, where the lexicon does not know it (计划财务股, 县教师进修学校). */
const UNIT_END = /(?:股|科|室|处|中心|学校|学院|站|局|办)$/;

/** `语文教研组长:赵立新`, `教导主任:马晓燕`: a line naming a post's holder; the holder is the party, the post his role. */
const POST_LINE = new RegExp(`(?<=^|\\n)[ \\t]*([\\u4e00-\\u9fa5]{0,6}?(?:${ROLE.source}))[ \\t]*[::][ \\t]*([^\\n]{2,40})$`, 'gm');

/** A person label's item whose surname the lexicon lacks (`组员:眭晓东、禚海波`) is still a name there. */
function readListItem(item: string, label: string): ReturnType<typeof readRosterItem> {
  const read = readRosterItem(item);
  if (read.length || !/组长|组员|成员|主任/.test(label) || !looksLikeListedName(item)) return read;
  return [{ name: item, kind: 'person', seated: false }];
}

/** `副校长姚文斌、孔丽萍负责…`: named holders of a post charged in running text, each of them. */
const TITLED_HOLDERS = new RegExp(`(?<=^|[\\n。;;,,::]|\\d[.、]|由)(?:各)?(${ROLE.source})\\s*((?:[\\u4e00-\\u9fa5]{2,3}(?:[、和及与]| *))+[\\u4e00-\\u9fa5]{2,3})(?:分别|共同|具体)?(?:负责|牵头|分管|主抓)`, 'g');
const ITEM_SEP = /[、,,;;\s/]+|及|和|与|以及/;
/** Items split at separators and after a bracket (`XX(副园长)**(保教主任)` lost the space between). */
const ITEM_SPLIT = new RegExp(`(${ITEM_SEP.source}|(?<=[))]))`);
/** Where a roster line's value ends: a sentence, the next label, the next numbered item or heading. */
const VALUE_END = /[\n。;;]|(?:办公室主任|副组长|组长|组员|成员|责任指标|工作任务|工作职责)\s*[::]|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]/;

export function findRosters(text: string, groups: Mention[]): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const m of text.matchAll(LABEL)) {
    const label = m[1] === '长' ? '组长' : (m[1] ?? m[2])!;
    const valueStart = m.index + m[0].length;
    const rest = text.slice(valueStart, valueStart + 200);
    const stop = rest.search(VALUE_END);
    const value = stop < 0 ? rest : rest.slice(0, stop);
    const group = groupBefore(groups, m.index);
    let at = valueStart;
    const parts = value.split(ITEM_SPLIT);
    for (const [i, raw] of parts.entries()) {
      const itemStart = at;
      at += raw.length;
      if (ITEM_SEP.test(raw) && raw.replace(ITEM_SEP, '') === '') continue;
      // `组长:书记、校长邵某某`: a bare post before a titled holder is his second title, not a seat of its own
      if (kindOf(raw.trim()) === 'role' && /^[、,,]$/.test(parts[i + 1] ?? '') && titledHolder((parts[i + 2] ?? '').trim())) continue;
      const span = { start: m.index, end: itemStart + raw.length };
      for (const p of readListItem(raw.trim(), label)) {
        // a post listed on a roster line holds that seat too (`成员:各备课组长` seats 备课组长 as 成员); a unit holds none
        const role = p.kind === 'person' || p.kind === 'role' ? label : null;
        entries.push({ name: p.name, kind: p.kind, role, group, span });
      }
    }
  }
  for (const g of groups) entries.push(...unlabelledRoster(text, g));
  for (const m of text.matchAll(APPOINTED)) {
    const name = m[1]!.replace(/^(?:由|请|以)/, '');
    if (looksLikeName(name)) entries.push({ name, kind: 'person', role: m[2]!, group: groupBefore(groups, m.index), span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(POSITION_SEATED)) {
    if (isGeneric(m[1]!)) continue;
    entries.push({ name: m[1]!, kind: 'role', role: m[2]!, group: groupBefore(groups, m.index), span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(SEATED_LIST)) {
    const end = m.index + m[0].length;
    const named = groups.find((g) => g.span.start >= end && g.span.start - end < 40 && /^[^,,。;;\n]*$/.test(text.slice(end, g.span.start)));
    const group = named?.name ?? groupBefore(groups, m.index);
    // the list starts after what sets the group up (`我校成立了以校长为组长`, `县政府成立由县长任组长`)
    for (const item of m[1]!.replace(/^.*(?:以|由|成立了?|组建|设立)/, '').split(/[、和及]/)) {
      // a bare name is left to APPOINTED (which checks it is one); a titled one (`副校长姚文斌`) is plain
      for (const p of readRosterItem(item)) if (p.kind !== 'person' || titledHolder(item)) entries.push({ name: p.name, kind: p.kind, role: p.kind === 'org' ? null : m[2]!, group, span: { start: m.index, end } });
    }
  }
  for (const m of text.matchAll(LED_BY)) {
    const kind = kindOf(m[1]!);
    const after = groups.find((g) => g.span.start > m.index && g.span.start - m.index < 60);
    if (kind) entries.push({ name: m[1]!, kind, role: null, group: after?.name ?? null, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(COMPOSED_OF)) {
    const after = groups.find((g) => g.span.start > m.index && g.span.start - (m.index + m[0].length) < 4);
    if (!after) continue;
    for (const item of m[1]!.split(ITEM_SEP)) {
      const unit = unitOfHeads(item);
      const kind = unit ? 'org' : kindOf(item);
      if (kind && !isGeneric(item)) entries.push({ name: unit ?? item, kind, role: null, group: after.name, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  for (const m of text.matchAll(HELD_BY)) {
    const item = m[2]!.replace(/^(?:由|请)/, '');
    const name = titledHolder(item) ?? (looksLikeStandaloneName(item) ? item : null);
    if (name) entries.push({ name, kind: 'person', role: m[1]!, group: groupBefore(groups, m.index), span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(TITLED_HOLDERS)) {
    // `各教研组长孙思远李慧敏负责`: holders whose separating spaces normalization dropped are cut as a run of names
    const names = m[2]!.split(/[、和及与]| +/).flatMap((n) => (looksLikeStandaloneName(n) ? [n] : (splitRunTogetherNames(n) ?? [n])));
    if (names.length < 2) continue;
    if (!names.every((n) => looksLikeStandaloneName(n) && !kindOf(n))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    for (const name of names) entries.push({ name, kind: 'person', role: m[1]!, group: null, span });
  }
  for (const m of text.matchAll(POST_LINE)) {
    if (/(?:组长|组员|成员|办公室主任)$/.test(m[1]!) && !/教研组长|年级组长|备课组长/.test(m[1]!)) continue; // a group's seat: LABEL reads it
    const names = m[2]!.trim().split(ITEM_SEP).filter(Boolean);
    if (!names.every((n) => looksLikeStandaloneName(n) && !kindOf(n))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    for (const name of names) entries.push({ name, kind: 'person', role: m[1]!, group: null, span });
  }
  for (const m of text.matchAll(HOLDER_DUTY_LINE)) {
    if (!looksLikeStandaloneName(m[3]!) || kindOf(m[3]!)) continue;
    entries.push({ name: m[3]!, kind: 'person', role: m[2]!, group: null, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(HEADED_UNIT_DUTY_LINE)) {
    if (!looksLikeStandaloneName(m[3]!) || kindOf(m[3]!)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    entries.push({ name: m[3]!, kind: 'person', role: m[2]!, group: null, span });
    if (!isGeneric(m[1]!) && (kindOf(m[1]!) === 'org' || UNIT_END.test(m[1]!))) entries.push({ name: m[1]!, kind: 'org', role: null, group: null, span });
  }
  for (const m of text.matchAll(NAMED_HOLDER)) {
    const before = m[1]!;
    // `分管副校长负责`: characters that make the post longer (副, 分管副) are the post's, never a name's tail
    const joined = [...before].findIndex((_, i) => kindOf(before.slice(i) + m[2]!) === 'role');
    const head = joined < 0 ? before : before.slice(0, joined);
    const name = [head.slice(-3), head.slice(-2)].find((n) => n.length >= 2 && looksLikeName(n));
    if (!name || kindOf(name) || /[支部委处室局校]$/.test(name)) continue; // 党总支书记: a unit, not a person
    const span = { start: m.index + head.length - name.length, end: m.index + m[0].length };
    const led = groups.find((g) => g.span.start > m.index && g.span.start - m.index < 60);
    entries.push({ name, kind: 'person', role: before.slice(head.length) + m[2]!, group: led?.name ?? groupBefore(groups, m.index), span });
  }
  return entries.sort((a, b) => a.span.start - b.span.start);
}

/** A bare label, never the end of a post (备课组长, 教研组长, 年级组长 are members' posts). */
const BARE_LABEL = /(办公室主任|副组长|(?<!备课|教研|年级|学科|学年|班)组长|组员|成员)/g;

/**
 * `…领导小组 组长 韦国强 副组长 莫少华 覃桂兰 成员 体育组全体教师`: a roster right after its group whose
 * labels lost their colons (and, once spaces between Han characters are gone, every separator).
 */
function unlabelledRoster(text: string, group: Mention): RosterEntry[] {
  const head = /^\s*(?=组\s*长|副组长)/.exec(text.slice(group.span.end, group.span.end + 4));
  if (!head) return [];
  const start = group.span.end + head[0].length;
  const rest = text.slice(start, start + 200).replace(/组\s+长/, '组长');
  // `组长 校长\n副组长 副校长\n成员 各备课组长`: one bare label a line, the lines run on while each opens with one
  const lines = rest.split('\n');
  const labelLines = lines.findIndex((l, i) => i > 0 && !/^\s*(?:办公室主任|副组长|组长|组员|成员)(?!\s*[::])/.test(l));
  const multiLine = labelLines > 1 || (labelLines < 0 && lines.length > 1) ? lines.slice(0, labelLines < 0 ? lines.length : labelLines).join('\n') : null;
  const stop = rest.search(VALUE_END);
  const run = multiLine ?? (stop < 0 ? rest : rest.slice(0, stop));
  if (/^(?:组长|副组长)\s*[::]/.test(run)) return []; // labelled: read with the colons
  const labels = [...run.matchAll(BARE_LABEL)];
  return labels.flatMap((l, i) => {
    const value = run.slice(l.index + l[0].length, labels[i + 1]?.index ?? run.length);
    const span = { start, end: start + l.index + l[0].length + value.length };
    return value.split(ITEM_SPLIT).flatMap((raw) =>
      readRosterItem(raw.trim()).map((p) => ({ name: p.name, kind: p.kind, role: p.kind === 'person' || p.kind === 'role' ? l[1]! : null, group: group.name, span })),
    );
  });
}

/** The group a roster line belongs to: the nearest group named before it, resolved to its full name. */
export function groupBefore(groups: Mention[], at: number, within = 400): string | null {
  const before = groups.filter((g) => g.span.end <= at && at - g.span.end < within);
  const nearest = before[before.length - 1];
  if (!nearest) return null;
  const full = groups.find((g) => g.name.length > nearest.name.length && g.name.endsWith(nearest.name) && g.span.start < at);
  return (full ?? nearest).name;
}
