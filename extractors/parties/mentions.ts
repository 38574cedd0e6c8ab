// Groups, units and positions named in the article where they act or are charged with something.
import type { PartyKind, Span } from '../../src/types.js';
import { GROUP_SUFFIX, isGeneric, isPopulation, ORG, ROLE } from './lexicon.js';

export interface Mention {
  name: string;
  kind: PartyKind;
  span: Span;
}

/** Words that end what stands before a group's name: the verb that sets it up, a preposition, punctuation. */
const GROUP_LEFT_EDGE = /(?:成立了|成立|组建|设立|建立|下设|组成的|组成|负责|牵头|经过|经|由|以|的|和|与|及|为|在|对|向|从|将|把|请|让|[\s、,,。;;::!?()()0-9.·])/g;
const GROUP = new RegExp(`(?:${GROUP_SUFFIX.source})`, 'g');
/** After a group: it names an activity or a thing, not a body (兴趣小组活动). */
const NOT_A_BODY_AFTER = /^(?:活动|建设|合作|学习|讨论|长|员|成员(?![::]))/;
const MAX_GROUP_NAME = 30;
/** Pupils' clubs and list fragments are not bodies charged with the plan (兴趣小组, 音乐等社团小组). */
const STUDENT_GROUP = /兴趣|社团|等|—|-/;

/** Groups the article sets up or charges; the name runs left to the verb or mark before it. */
export function findGroups(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(GROUP)) {
    const end = m.index + m[0].length;
    if (NOT_A_BODY_AFTER.test(text.slice(end, end + 4))) continue;
    const start = leftEdge(text, m.index, Math.max(0, m.index - MAX_GROUP_NAME));
    const name = text.slice(start, end).replace(/^[“"']?(?=[^“"]*$)/, '');
    // `领导小组设办公室`: the group's office is a body of its own
    const office = /^下?设(?:立)?办公室/.exec(text.slice(end, end + 6));
    if (office) found.push({ name: `${name}办公室`, kind: 'group', span: { start, end: end + office[0].length } });
    if (name.length < 3 || isGeneric(name) || /个|各|每/.test(name.slice(0, 2))) continue;
    if (/[^小作题]组$/.test(name) && !setUpOrListed(text, start, end)) continue;
    if (STUDENT_GROUP.test(name) || /^(?:向|按|配合)/.test(text.slice(Math.max(0, start - 1), start))) continue;
    found.push({ name, kind: 'group', span: { start, end } });
  }
  return found;
}

const SET_UP_BEFORE = /(?:成立了?|组建|设立|下设|建立|[(（][一二三四五六七八九十\d]+[)）]|(?:^|\n|[。;])\s*\d{1,2}[.、]|[一二三四五六七八九十]、)\s*$/;
const ROSTER_AFTER = /^\s*[\n,,:: ]*(?:组\s*长|成\s*员|组\s*员|负责|长\s*[::])/;

/** A name ending in a bare 组 (报道组) counts only where it is set up, listed or staffed; else it is any word. */
function setUpOrListed(text: string, start: number, end: number): boolean {
  return SET_UP_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || ROSTER_AFTER.test(text.slice(end, end + 8));
}

/** Start of a group's name: just after the last edge word, but never inside 《…》 or “…”. */
function leftEdge(text: string, suffixAt: number, limit: number): number {
  const before = text.slice(limit, suffixAt);
  let edge = 0;
  let quoted = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === '》' || c === '”') quoted = true;
    else if (c === '《' || c === '“') {
      quoted = false;
      continue;
    }
    if (quoted) continue;
    GROUP_LEFT_EDGE.lastIndex = 0;
    const word = [...before.slice(0, i + 1).matchAll(GROUP_LEFT_EDGE)].find((w) => w.index + w[0].length === i + 1);
    if (word) {
      edge = i + 1;
      break;
    }
  }
  return limit + edge;
}

/** Cited as an author or a source, not charged: 教育局关于…, 按教育局进度, 《…》. */
const CITED_AFTER = /^(?:关于|印发|下发|制定的|颁布|文件|通知|的通知|规定|精神|进度|要求|的要求|的规定|的指示)/;
/**
 * An actor stands at the head of its clause (after punctuation, a list mark, 由/请/让, a time phrase),
 * maybe after a modifier such as 各, 学校, 我校; anywhere else it is the object of someone else's verb.
 */
const AGENT_BEFORE = new RegExp(
  `(?:^|[\\n。;;::,,!?)）、]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.、)]|[一二三四五六七八九十]、|由|请|让|要求|并|同时|年|来|月|日|后|设在)\\s*(?:并由|由|各学校|各单位|各部门|各|全体|学校|我校|本校|全校|各级|校级|新任|县级|区级|市级)?$`,
);
/** After the name: a possessive or a noun means it is described, not acting (班主任队伍, 质量部经理). */
/** `专任教师本科学历比例达到85%`: a population whose share is measured is described, not charged. */
const MEASURED_AFTER = /^[^,,。;;]{0,12}?(?:比例|占比|[^效]率)(?:达到|达|不低于|不少于|保持|提高|为|在)/;
const NOT_AGENT_AFTER = /^(?:\d|的(?![^,。;]{0,12}作用)|之|队伍|岗位|培养|培训|建设|配备|交流|试卷|经理|行列|人手|研讨班|领导力|进行了|名单|考核|评价|比例|情况|学历|人数|总数|数量|达标|占)/;
/** `发挥校长、年级主任的引领作用`: the ones whose role is invoked act too. */
const INVOKED = /发挥(?:[^,。;]{0,12}、)?$/;

/** Inside 《…》: part of a document's title. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** Units and positions that act or are charged in the article (not cited, not generic). */
export function findActors(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [re, kind] of [[ORG, 'org'], [ROLE, 'role']] as const) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const name = m[0];
      const before = text.slice(Math.max(0, start - 14), start);
      const after = text.slice(end, end + 14);
      if (isGeneric(name) || isPopulation(name) || CITED_AFTER.test(after) || NOT_AGENT_AFTER.test(after) || MEASURED_AFTER.test(after) || insideTitle(text, start)) continue;
      if (!AGENT_BEFORE.test(before) && !INVOKED.test(before)) continue;
      if (/^\s*[::]/.test(after) && /(?:组长|主任|成员)$/.test(name)) continue; // a roster label
      if (/^(?:组|委|室|处|部|会|长|员)/.test(after)) continue; // part of a longer name
      found.push({ name, kind, span: { start, end } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
