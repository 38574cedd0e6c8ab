// Groups, units and positions named in the article where they act or are charged with something.
import type { PartyKind, Span } from '../../src/types.js';
import { backgroundAfter, chargedAfter, citedBefore, creditedBefore, dutyAfter, inCopyList, onAddresseeLine, onSignatureLine, titlesPerson } from './context.js';
import { GROUP_SUFFIX, isGeneric, isTopLevelBody, isPopulation, kindOf, ORG, ROLE } from './lexicon.js';
import { looksLikeStandaloneName, splitRunTogetherNames } from './names.js';

export interface Mention {
  name: string;
  kind: PartyKind;
  span: Span;
}

/** Words that end what stands before a group's name: the verb that sets it up, a preposition, punctuation. */
const GROUP_LEFT_EDGE = /(?:副组长|组长|组员|成员|成立了|成立|组建|设立|建立|下设|组成的|组成|负责|牵头|经过|经|由|以|的|和|与|(?<![普涉波触顾危企])及|为|在|对|向|从|将|把|请|让|各|召开|召集|举行|[\s、,,。;;::!?()()0-9.·])/g;
/** `定期召开家长委员会(会议)`: a body convened for a meeting is the meeting's, not a body the plan sets up or charges. */
const CONVENED_BEFORE = /(?:召开|召集|举行)$/;
const GROUP = new RegExp(`(?:${GROUP_SUFFIX.source})`, 'g');
/** After a group: it names an activity or a thing, not a body (兴趣小组活动). */
const NOT_A_BODY_AFTER = /^(?:活动|建设|合作|学习|讨论|辅导|教学|形式|长|员|成员(?![::]))/;
const MAX_GROUP_NAME = 30;
/** Pupils' clubs and list fragments are not bodies charged with the plan (兴趣小组, 音乐等社团小组). */
const STUDENT_GROUP = /兴趣|社团|等|—|-/;

/** Groups the article sets up or charges; the name runs left to the verb or mark before it. */
export function findGroups(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(GROUP)) {
    const end = m.index + m[0].length;
    if (NOT_A_BODY_AFTER.test(text.slice(end, end + 4)) || insideTitle(text, m.index)) continue;
    const start = leftEdge(text, m.index, Math.max(0, m.index - MAX_GROUP_NAME));
    const name = text.slice(start, end).replace(/^[“"']?(?=[^“"]*$)/, '').replace(HEADING_WORDS, '').replace(/\d/.test(text[start - 1] ?? '') ? DEADLINE_HEAD : /^$/, '');
    if (CONVENED_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    const listed = setUpOrListed(text, start, end) || chargedAfter(text, end);
    if (!isGeneric(name) && !listed && standsAside(text, name, start, end)) continue;
    // `领导小组设办公室`, `领导小组办公室设在…`: the group's office is a body of its own where it is staffed or charged
    const office = /^(?:下?设(?:立)?)?办公室(?!主任)/.exec(text.slice(end, end + 6));
    if (office && officeWorks(text, end + office[0].length)) found.push({ name: `${name}办公室`, kind: 'group', span: { start, end: end + office[0].length } });
    if (name.length < 3 || isGeneric(name) || /个|各|每/.test(name.slice(0, 2))) continue;
    // a bare 组 (督查组) counts where it is set up, listed or plainly charged (督查组负责…, 督查组每月…)
    if (/[^小作题]组$/.test(name) && !setUpOrListed(text, start, end) && !chargedAfter(text, end, true) && !/^每[周月日学年季]/.test(text.slice(end, end + 2))) continue;
    if (STUDENT_GROUP.test(name) || /^(?:向|按|配合)/.test(text.slice(Math.max(0, start - 1), start))) continue;
    if (/党组$/.test(name)) continue; // a bureau's party group (县教体局党组) is a unit, read with the lexicon's units
    found.push({ name, kind: 'group', span: { start, end } });
  }
  return found;
}

/**
 * `每个教育集团设理事会`, `联盟设秘书处`, `组建发展联盟`: a body the plan sets up inside a group, alliance or school (设),
 * or an alliance it forms, is a party like a group it sets up; a council or alliance is a group, an office or centre a unit.
 */
const SET_UP_BODY = /(?:(?<=集团|联盟|学区|共同体|小组|委员会|[校园])(?:内)?设立?|组建|成立了?)([\u4e00-\u9fa5]{0,8}?(?:理事会|秘书处|联盟|(?:管理|发展|服务|研究|指导)中心))/g;

export function findSetUpBodies(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(SET_UP_BODY)) {
    const name = m[1]!;
    if (insideTitle(text, m.index) || /[各每等]/.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ name, kind: /(?:理事会|联盟)$/.test(name) ? 'group' : 'org', span: { start, end: start + name.length } });
  }
  return found;
}

/** After an office is named: someone heads it (`X任办公室主任`) or it is given work, past the clause saying where it sits. */
const OFFICE_STAFFED = /(?:任|兼任|担任)办公室(?:副?主任)|办公室(?:副?主任)\s*[::]|办公室副?主任由[^,,。;;]{2,16}?[担兼]任/;
const OFFICE_CHARGED = /^[,,]?(?:办公室)?(?:设在[^,,。;;]{1,16}[,,]?)?(?:负责|承担|具体负责|组织|统筹|协调|牵头)/;

/** A group's office counts when the sentence that sets it up staffs it or charges it; a seat alone (设在教务处) does not. */
function officeWorks(text: string, end: number): boolean {
  const rest = text.slice(end, end + 60).split(/[。\n]/)[0] ?? '';
  return OFFICE_STAFFED.test(rest) || OFFICE_CHARGED.test(rest);
}

/** `每月5日前报领导小组`, `24小时内报…`: after a number, a deadline and a reporting verb are not the start of a group's name. */
const DEADLINE_HEAD = /^(?:日|号|月|天|周|年|小时|个?工作日)(?:之?[前内后])?(?:上报|报送|报告|提交|汇报|报|交|送)?/;

/** Section headings that scraping glued to the group's name (`组织机构安全工作领导小组`). */
const HEADING_WORDS = /^(?:组织机构|组织领导|领导机构|机构设置|工作机构|组织保障|加强领导|加强组织领导)/;

/**
 * A group the article neither sets up, staffs nor charges, named as a standing body of another level
 * (国务院…委员会, 中共…工作委员会) or as an author, addressee or signatory: background.
 */
function standsAside(text: string, name: string, start: number, end: number): boolean {
  if (isTopLevelBody(name) || /^中共/.test(name)) return true;
  if (/委员会$/.test(name) && !/^(?:家长|家庭|校务|学术|艺术|膳食|伙食|体育|教学|质量|学生)/.test(name) && /[省市县区]/.test(name.slice(0, 6))) return true;
  return citedBefore(text, start) || creditedBefore(text, start) || onAddresseeLine(text, start) || inCopyList(text, start) || onSignatureLine(text, end) || CITED_AFTER.test(text.slice(end, end + 14));
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
  `(?:^|[\\n。;;::,,!?)）、]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.、)]|[一二三四五六七八九十]、|由|(?<!邀)请|让|要求|并|同时|年|来|月|日|后|设在|会同|协同|联合)\\s*(?:并由|由|各学校|各中小学校?|各幼儿园|各园|各校|各单位|各部门|各位|各班|各|全体|专职|兼职|学校|我校|本校|全校|各级|校级|新任|县级|区级|市级)?$`,
);
/** After the name: a possessive or a noun means it is described, not acting (班主任队伍, 质量部经理). */
/** `专任教师本科学历比例达到85%`: a population whose share is measured is described, not charged. */
const MEASURED_AFTER = /^[^,,。;;]{0,12}?(?:比例|占比|[^效]率)(?:达到|达|不低于|不少于|保持|提高|为|在)/;
const NOT_AGENT_AFTER = /^(?:(?!负责|组织|牵头|承担|开展)[\u4e00-\u9fa5]{0,4}?(?:培训|轮训|研修班)|\d|的(?![^,。;]{0,12}作用)|之|队伍|岗位|培养|培训|建设|配备|交流|试卷|经理|行列|人手|研讨班|领导力|进行了|名单|考核|评价|比例|情况|学历|人数|总数|数量|达标|占|共计|共有|合计)/;
/** Joins a second actor to the one just before it (`校长与政教主任签订责任书`, `教研组长和各班语文教师`). */
const CO_AGENT_GAP = /^[与和跟同及](?:各班|各|全体)?$/;
/** `三、工作职责园长负总责`: a duty heading whose line break was lost stands before the actor. */
const GLUED_HEADING = /(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])(?:工作|岗位|具体)?(?:职责分工|职责|分工|措施|要求)$/;
/** A short place name before a post at a clause head (马庄教学点负责人); a verb there makes the post its object. */
const PLACE_BEFORE = /(?:^|[\n。;;,,:])\s*(?:\d{1,2}[.、])?(?!.*(?:组织|加强|要求|对|由|让|请|使|督促|指导|安排|选派|培训|表彰|评选|配齐|配备|选拔|培养|聘任|任命|考核|邀请|各|全))[\u4e00-\u9fa5]{1,4}$/;
/**
 * `一、晨检与健康管理保健医生和保育员共同做好…`: any heading whose line break was lost, when a duty follows;
 * not a modifier of the post (`(二)各完小校长要…`: 各, or a unit word, ends no heading).
 */
const GLUED_ANY_HEADING = /(?:^|[\n。;;])\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))])(?!.*(?:各|全体|每))[\u4e00-\u9fa5]{2,10}(?<![小中校园处室组局委部])$/;
/** `发挥校长、年级主任的引领作用`: the ones whose role is invoked act too. */
const INVOKED = /发挥(?:[^,。;]{0,12}、)?$/;

/** `教学副校长:宋文斌` to the line's end: the post's holders are named, so they, not the post, are the parties. */
function holdersFollow(text: string, end: number): boolean {
  const line = /^\s*[::]\s*([^\n]{2,30})(?:\n|$)/.exec(text.slice(end, end + 40));
  const names = line?.[1]!.trim().split(/[、,,\s]+/) ?? [];
  return names.length > 0 && names.every((n) => looksLikeStandaloneName(n) && !kindOf(n));
}

const ROLE_ANYWHERE = new RegExp(ROLE.source);
const ORG_ANYWHERE = new RegExp(ORG.source);

/** After a post: two or more names (spaced, listed or run together) and then their duty. */
function namedHoldersCharged(text: string, end: number): boolean {
  const run = /^\s*([\u4e00-\u9fa5、\s]{4,14}?)(?:分别|共同|具体)?(?:负责|牵头|分管|主抓)/.exec(text.slice(end, end + 24))?.[1];
  if (!run || /^\s*[和及与、]/.test(run) || ROLE_ANYWHERE.test(run) || ORG_ANYWHERE.test(run)) return false;
  const names = run.trim().split(/[、\s]+/).flatMap((n) => (looksLikeStandaloneName(n) ? [n] : (splitRunTogetherNames(n) ?? [])));
  return names.length >= 2 && names.join('') === run.replace(/[、\s]+/g, '') && names.every((n) => !kindOf(n));
}

/** Inside 《…》: part of a document's title. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** Right after a unit's or position's name: the name goes on (省人民政府教育督导室办公室, 领导小组办公室). */
const NAME_GOES_ON = /^(?:组(?!织)|委(?!托)|室|处(?!理)|部(?!署)|会(?!同|议)|长(?!期|效)|员|办(?!理|好))/;

/** `县教育局督导组来校视导`: the team a body sends is what acts; the body itself is only its sender. */
const SENDS_A_TEAM = /^[\u4e00-\u9fa5]{0,4}?(?:督导|督查|检查|调研|专家|评估|视导|考察|验收|指导)(?:组|团|队)/;

/** A section named after its bureau (装备股, 督导科, 仪器站, 信息中心), which the lexicon may not know. */
const BUREAU_SECTION = /^(?:(?![及和与并或等])[\u4e00-\u9fa5]){2,4}?(?:股|科|站|室|馆|中心)(?![长员])/;

/** The head of a unit written after its name (教务处主任, 德育处副主任, 教科室负责人, 工会主席). */
const UNIT_HEAD_AFTER = /^(?:副?主任|负责人|副?主席)/;
/**
 * `科任教师要做好分层辅导`, `校级领导每人联系一个班`, `行政人员轮流巡查`, `教研员要深入学校…`: a kind of staff given a
 * duty of its own (a charge word, a task verb, a schedule, a visit) is a post like any other. Exhorted or told to
 * take part (`骨干教师要发挥示范作用`, `校级领导、中层领导都要听课`, `要深入其中`) it describes a population and stays out.
 */
const POPULATION_DUTY = /^(?:(?:[、和及与][\u4e00-\u9fa5]{2,8})*(?:负责|牵头|承担|具体负责)|(?:要|应|须|必须)?(?:切实|认真|及时|按时|定期)?(?:做好|落实|履行|统筹|完成|组织开展|深入(?:学校|课堂|班级|一线|基层))|每人|每周|每月|每学期|轮流|定期)/;

const CO_TITLE = new RegExp(`^[、,,](?:${ROLE.source})`);

/** Party organizations (党支部, 县教体局党组) a plan names for the part they play or should play, not for a task. */
const PARTY_BODY = /(?:党支部|党总支|党组|党委|党组织)$/;
const PARTY_BODY_DESCRIBED = /^(?:的[^,,。;;]{0,12}作用|(?:要|应|将)?(?:充分|切实|积极|更好)?发挥|(?:的)?(?:领导|带领)下?)/;

/** A news item (本报讯, 通讯员, 记者): its dated report of what a body held or did is no charge. */
const NEWS_ITEM = /本报讯|通讯员|[((]记者|记者\s*[\u4e00-\u9fa5]{2,3}\s*[))]|讯\s*[((]/;
/** `近日,`, `4月16日上午,` opening the clause: the day something was held, as news reports it (a deadline says 前 or 起). */
const DATED_REPORT = /(?:^|[\n。;;,,])\s*(?:近日|日前|近期|昨天|今天|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:(?:至|—|-)\d{1,2}日)?(?:上午|下午|晚上)?)\s*[,,]\s*$/;
/** A headline that tells of an event (`区教育局举行表彰大会`, `我县召开质量分析会`), not the title of a plan or report. */
const NEWS_HEADLINE = /^(?!.*(?:方案|计划|要点|意见|通知|办法|细则|规划|总结|报告|制度|规定|措施|安排|[。;;]))(?=.{4,40}$).*(?:召开|举行|举办|开展|部署|表彰|启动|视导|调研|莅临|走进)/;
const REPORTED_EVENT = /^(?:于?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午)?|近日|日前)?(?:在[^,,。;;]{1,16}?)?(?:组织|联合|隆重)?(?:召开|举办|举行|启动|开展了|组织了)|^组织[^,,。;;]{0,12}?(?:深入|开展|召开|举办)/;

/** A roster label earlier on the mention's line, with no sentence end, list number or heading between (a flattened page). */
const ROSTER_LINE_BEFORE = /(?:组长|主任|成员|组员)\s*[::](?:(?![一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[.、])[^。;;\n])*$/;

/** Every unit and position named, with runs (县教育局局长, 中心校教研室) read as their last part. */
function namedUnitsAndPositions(text: string): (Mention & { runStart: number })[] {
  const all: Mention[] = [];
  for (const [re, kind] of [[ORG, 'org'], [ROLE, 'role']] as const) for (const m of text.matchAll(re)) all.push({ name: m[0], kind, span: { start: m.index, end: m.index + m[0].length } });
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: (Mention & { runStart: number })[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.span.start < last.span.end) {
      // 区教研室 + 教研室主任: the post that runs further is the name (区教研室主任)
      if (m.span.end > last.span.end) out[out.length - 1] = { ...m, runStart: last.runStart };
      continue;
    }
    if (last && m.span.start === last.span.end) {
      out[out.length - 1] = { ...m, runStart: last.runStart };
      continue;
    }
    out.push({ ...m, runStart: m.span.start });
  }
  return out;
}

/** `区教育局成立以局长为组长的…领导小组`: the body sets up the group that will run the plan. */
const SETS_UP_GROUP = /^成立了?[^。;;\n]{0,60}?(?:小组|专班|工作组)/;

/**
 * The plan's issuer signs it (`枫桥区教育局` on a line of its own): setting up its own group it charges itself, as
 * the seeds' gold counts it. A higher body setting one up (`县政府成立…`, named nowhere as signatory) stays background.
 */
function signs(text: string, name: string): boolean {
  return new RegExp(`(?:^|\n)\s*[\u4e00-\u9fa5]{0,8}${name}\s*(?:\n|$)`).test(text);
}

/** Units and positions that act or are charged in the article (not cited, not generic, not background). */
export function findActors(text: string): Mention[] {
  const found: Mention[] = [];
  const newsItem = NEWS_ITEM.test(text.slice(0, 400)) || NEWS_HEADLINE.test(text.slice(0, Math.max(0, text.indexOf('\n'))));
  const firstLineEnd = text.includes('\n') ? text.indexOf('\n') : 0;
  for (const m of namedUnitsAndPositions(text)) {
    // `政教处主任负责…`: the head of the unit is the party, not the unit his title names
    const headWord = m.kind === 'org' ? UNIT_HEAD_AFTER.exec(text.slice(m.span.end, m.span.end + 4)) : null;
    // `德育处、总务处、少先队大队部负责人`: 负责人 after a list of units is the heads of them all, and the last unit
    // stands for its head as the ones before it do
    const lastOfUnits = headWord?.[0] === '负责人' && found.at(-1)?.kind === 'org' && /^[、]$/.test(text.slice(found.at(-1)!.span.end, m.runStart));
    const head = lastOfUnits ? null : headWord;
    // `县教育局装备股负责…`: the bureau's section is the party; the bureau only names whose section it is
    const section = m.kind === 'org' && !head && /[局委厅]$/.test(m.name) ? BUREAU_SECTION.exec(text.slice(m.span.end, m.span.end + 8)) : null;
    if (section && !chargedAfter(text, m.span.end + section[0].length, true) && !dutyAfter(text, m.span.end + section[0].length)) continue;
    const name = head ? m.name + head[0] : section ? section[0] : m.name;
    const kind = head ? 'role' : m.kind;
    const start = section ? m.span.end : m.span.start;
    const end = m.span.end + (head?.[0].length ?? 0) + (section?.[0].length ?? 0);
    const before = text.slice(Math.max(0, m.runStart - 14), m.runStart);
    const after = text.slice(end, end + 14);
    const prevEnd = found.at(-1)?.span.end;
    const partner = prevEnd !== undefined && CO_AGENT_GAP.test(text.slice(prevEnd, m.runStart)); // 校长与政教主任签订…, 组长和各班语文教师…
    // a kind of staff counts with a duty of its own, or charged beside a post (`各班主任及科任教师要…`)
    const staffCharged = POPULATION_DUTY.test(after) || (partner && chargedAfter(text, end, true));
    if (isGeneric(name) || (isPopulation(name) && !staffCharged) || CITED_AFTER.test(after) || NOT_AGENT_AFTER.test(after) || MEASURED_AFTER.test(after) || insideTitle(text, start)) continue;
    const gluedHeading = GLUED_HEADING.test(before) || (GLUED_ANY_HEADING.test(before) && (dutyAfter(text, end) || chargedAfter(text, end, true)));
    // `马庄教学点负责人负责…`: a post of a named place, charged at the head of its clause
    const placed = kind === 'role' && PLACE_BEFORE.test(before) && dutyAfter(text, end);
    if (!AGENT_BEFORE.test(before) && !INVOKED.test(before) && !gluedHeading && !partner && !placed) continue;
    if (/^\s*[::]/.test(after) && (/(?:组长|主任|成员)$/.test(name) || holdersFollow(text, end))) continue;
    if (kind === 'role' && namedHoldersCharged(text, end)) continue; // `各年级组长陈晓峰魏丽负责…`: the holders are the parties // a roster label, or a post line (`教学副校长:宋文斌`) whose holder is the party
    // a roster entry, also further along its line (`成员:各年级组长、各学科教研组长`): findRosters reads it, titles and all
    if (ROSTER_LINE_BEFORE.test(text.slice(Math.max(0, m.runStart - 60), m.runStart))) continue;
    if (/^由[^,,。;;]{2,16}?[担兼]任/.test(text.slice(end, end + 24))) continue; // `组长由校长X担任`, `办公室主任由副局长X兼任`: a seat being filled, findRosters reads its holder
    if (NAME_GOES_ON.test(after) || SENDS_A_TEAM.test(after)) continue;
    if (citedBefore(text, m.runStart) || creditedBefore(text, m.runStart) || onAddresseeLine(text, start) || inCopyList(text, m.runStart) || (kind === 'org' && onSignatureLine(text, end))) continue;
    if (backgroundAfter(text, end) && !(kind === 'org' && SETS_UP_GROUP.test(after + text.slice(end + 14, end + 80)) && signs(text, name))) continue;
    if (kind === 'role' && titlesPerson(text, end) && !chargedAfter(text, end)) continue;
    // `党组书记、局长蒋建华出席…`: a first title of a person named after his second one
    const coTitle = kind === 'role' ? CO_TITLE.exec(after) : null;
    if (coTitle && titlesPerson(text, end + coTitle[0].length)) continue;
    if (PARTY_BODY.test(name) && PARTY_BODY_DESCRIBED.test(after)) continue;
    // `(一)政府主导,部门协同`, `一、政府统筹`: government with no level named is a principle of the plan (统筹 there is no
    // charge), no body; only a plain duty (`政府要…`) makes it one
    if (name === '政府' && !/^(?:要(?!求)|应|须|必须|负责|牵头)/.test(after)) continue;
    // a headline (`区教育局召开质量推进会`, `县教体局开展教学视导`) names what a body did, and charges no one
    if (start < firstLineEnd && !/[。;;]/.test(text.slice(0, firstLineEnd))) continue;
    // a dated clause of a report, or a news item, says what a body held, not what it is charged with
    if ((newsItem || DATED_REPORT.test(before)) && REPORTED_EVENT.test(after)) continue;
    if (isTopLevelBody(text.slice(m.runStart, end)) && !chargedAfter(text, end, true)) continue;
    // A kindergarten is a party as a school's own section (我校幼儿园); bare, it is the plan's author or any kindergarten.
    if (name === '幼儿园' && !/(?:我校|本校|学校|中心校|附属|附设)$/.test(before)) continue;
    found.push({ name, kind, span: { start, end } });
  }
  return found;
}
