// Units a plan names in full and charges at the head of a clause: a named school (城关第一小学承担…,
// 实验中学牵头…), a centre or hall (县教师发展中心组织…, 县电教馆负责…), alone or in a list
// (`城南实验小学、云岭二中发挥示范引领作用`). The generic 学校, 各校, 中小学 name no one and stay out.
import type { Mention } from './mentions.js';
import { backgroundAfter, citedBefore, creditedBefore, DUTY, inCopyList, onAddresseeLine, onTitleLine } from './context.js';
import { isGeneric, isTopLevelBody, ORG } from './lexicon.js';

/** How the name of a school or a county's service unit ends. */
const UNIT_TAIL = '(?:小学|中学|学校|中心校|幼儿园|[一二三四五六七八九十\\d]中|[一二三四五六七八九十\\d]小|中心|馆|宫|协会|园区|分园|校区|分校|院|(?:研究|教科|教研|卫生|保健)所|处(?!理|于|分))';
/** A name never holds the words that join two names (和平小学 is the price of this), nor 由 (`…由县某中心组织`). */
const NAMED = `(?:(?![和与及由])[\\u4e00-\\u9fa5]){1,14}?${UNIT_TAIL}`;
/**
 * A room, section or office (图书室, 信息科, 质控办) is a unit beside a known one (`教科室与图书室负责…`) or
 * beside another of its kind (`质控办与信息科共同做好…`); alone it may be any room.
 */
const CO_NAMED = '[\\u4e00-\\u9fa5]{1,4}?(?:室|科|股|办)';
const ITEM = `(?:${NAMED}|${ORG.source}|${CO_NAMED})`;


/** A clause head, an optional 由/各, the list of units, then the duty. */
const CHARGED_UNITS = new RegExp(
  `(?<=^|[\\n。;;::,,!?)]|[(][一二三四五六七八九十\\d]+[)]|\\d{1,2}[.、]|[一二三四五六七八九十]+、|由)\\s*(?:并由|由|同时)?(各)?(${ITEM}(?:[、和与及]${ITEM})*)(?=${DUTY.source.slice(1)})`,
  'g',
);

/**
 * Words that make a school name a category (农村学校, 薄弱学校, 寄宿制学校, 义务教育学校, 县直学校) or a
 * phrase (全县中小学, 我校与…, 配合学校…), or a heading glued to the clause (`(三)经费保障学校要…`): not one unit.
 */
const NOT_A_NAME = /中小学|全[县市区镇乡校]|所有|其他|相关|有关|各|我|本|该|每|农村|乡村|城区|城镇|县直|市直|区直|薄弱|寄宿|义务教育|民办|公办|普惠|优质|示范|结对|帮扶|新建|改扩建|小规模|一贯制|完全|标准化|的|[对把在为将以由于从让向]|保障|措施|要求|目标|任务|原则|思想|分工|职责|领导|组织|机构|步骤|安排|内容|问题|^(?:配合|协助|负责|督促|指导|帮助|支持|联系|依托|通过|结合|利用|推动|鼓励|引导|动员|深入|走进|进入|到|去|赴|在)/;

const WHOLE_ORG = new RegExp(`^(?:${ORG.source})$`);
/** A heading phrase (加强常规管理, 规范办学行为) run into the unit named after it, when a line break was lost. */
const GLUED_PHRASE = /^(?:加强|规范|落实|强化|提升|完善|推进|开展|健全|建立|做好|抓好|深化|优化|严格)/;

/** The longest tail of `name` the lexicon knows as a unit, after a glued heading phrase. */
function unitAfterPhrase(name: string): string | null {
  if (!GLUED_PHRASE.test(name)) return null;
  for (let i = 3; i < name.length - 1; i++) if (WHOLE_ORG.test(name.slice(i))) return name.slice(i);
  return null;
}
const BUREAU_FIRST = new RegExp(`^(?:${ORG.source})(?<=[局委厅])`);

function isNamedUnit(name: string, bareOk: boolean): boolean {
  if (isGeneric(name) || isTopLevelBody(name)) return false;
  if (WHOLE_ORG.test(name)) return true;
  // 中心学校 after 各 (各中心学校负责…) is the set of a county's centre schools; bare it is one unnamed school
  if (bareOk && /^(?:中心学校|中心校|中心小学|中心幼儿园)$/.test(name)) return true;
  return name.length >= 4 && name.length <= 14 && !NOT_A_NAME.test(name) && !/^(?:小学|中学|学校|幼儿园|中心)/.test(name);
}

/** The unit after a glued heading phrase: from the place word (区, 县…) the name starts at. */
function afterGluedHeading(name: string): string {
  if (isNamedUnit(name, false)) return name;
  const at = name.slice(2, 9).search(/[省市县区镇乡]/);
  return at < 0 ? name : name.slice(at + 2);
}

export function findNamedUnits(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(CHARGED_UNITS)) {
    const list = m[2]!;
    const listStart = m.index + m[0].length - list.length;
    if (citedBefore(text, listStart) || creditedBefore(text, listStart) || onAddresseeLine(text, listStart) || inCopyList(text, listStart) || onTitleLine(text, listStart)) continue;
    if (backgroundAfter(text, listStart + list.length)) continue;
    const names = list.split(/[、和与及]/);
    // `二、培训安排区学前教育指导中心负责…`: a heading whose line break was lost, cut at the place name
    if (/[一二三四五六七八九十]+、\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index + m[0].length - list.length - (m[1]?.length ?? 0)))) names[0] = afterGluedHeading(names[0]!);
    // `1.加强常规管理教导处每月…`: a heading phrase glued to a unit the lexicon knows is cut off
    const glued = names.length === 1 ? unitAfterPhrase(names[0]!) : null;
    if (glued) {
      found.push({ name: glued, kind: 'org', span: { start: listStart + names[0]!.length - glued.length, end: listStart + names[0]!.length } });
      continue;
    }
    const known = names.filter((n) => isNamedUnit(n, m[1] !== undefined));
    const sectionShaped = (n: string) => /^[\u4e00-\u9fa5]{2,5}$/.test(n) && /[室科股办]$/.test(n) && !NOT_A_NAME.test(n);
    const besideKnown = (n: string) => sectionShaped(n) && (known.length > 0 || (names.length > 1 && names.every(sectionShaped)));
    if (!names.every((n) => known.includes(n) || besideKnown(n))) continue;
    let at = listStart;
    for (const name of names) {
      // units of the lexicon (县教研室) are findActors' to judge; here they only carry the list
      // `市教育局信息中心`: a bureau's section, which findActors reads as the section
      // (`质控办与信息科共同做好…`: a lexicon unit listed beside one it lacks is read here, with the list)
      if ((!WHOLE_ORG.test(name) || !names.every((n) => WHOLE_ORG.test(n))) && !BUREAU_FIRST.test(name)) found.push({ name, kind: 'org', span: { start: at, end: at + name.length } });
      at += name.length + 1;
    }
  }
  return found;
}
