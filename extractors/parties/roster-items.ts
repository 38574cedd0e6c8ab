// One item of a roster list, as scraped pages give it: a name (`唐为民`), a name with its title in
// brackets or glued on (`唐为民(校长)`, `黄启明中心校校长`), a masked name with its post (`xxx(园长)`,
// `**校长`), a post or unit (`各班主任`, `中心学校校长`), or several posts that lost their separators
// (`各年级组长各班主任教研组长`).
import type { PartyKind } from '../../src/types.js';
import { isGeneric, isPopulation, kindOf, MASK, ORG, ROLE } from './lexicon.js';
import { isSurnameStart, looksLikeStandaloneName, splitRunTogetherNames } from './names.js';

export interface ItemParty {
  name: string;
  kind: PartyKind;
  /** True for a post that holds the seat itself (`组长:**校长`), false for a unit or post listed as members. */
  seated: boolean;
}

const BRACKETED = /[((]([^))]*)[))]?/g;
const ITEM_PREFIX = /^(?:各班(?=班长|班主任)|各|全体|其他|相关)/;
const ITEM_SUFFIX = /(?:其他成员|全体成员|工作人员|成员|全体|人员|等)$/;
const ROLE_AT_END = new RegExp(`(?:${ROLE.source})$`);
const ORG_WHOLE = new RegExp(`^(?:${ORG.source})$`);
const UNIT_HEADS = new RegExp(`^((?:${ORG.source}))(?:主要)?(?:负责人|负责同志)$`);
const STICKY_ROLE = new RegExp(ROLE.source, 'y');
const STICKY_ORG = new RegExp(ORG.source, 'y');
/** A title glued after a name: a post, maybe in a named unit (中心校副校长, 教导主任). */
const TITLE_AFTER_NAME = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}?(?:${ROLE.source})$`);

const delimitedName = looksLikeStandaloneName;

/** A post held in a unit (县教育局局长 → 局长; 完小校长, 中心学校校长 stay whole). */
function positionOf(item: string): string | null {
  const kind = kindOf(item);
  if (kind === 'role') return item;
  const at = item.search(ROLE_AT_END);
  if (at < 0 || at > 8) return null;
  const unit = item.slice(0, at);
  return unit === '' || ORG_WHOLE.test(unit) || /政府$/.test(unit) ? item.slice(at) : item;
}

/** Posts and units that lost the separators between them: each piece a post or unit, a unit + post joined. */
export function tilePosts(item: string): { name: string; kind: PartyKind }[] | null {
  const out: { name: string; kind: PartyKind }[] = [];
  let i = 0;
  while (i < item.length) {
    const prefix = /^(?:各|全体)/.exec(item.slice(i));
    if (prefix) i += prefix[0].length;
    // 全体教师, 学生: people every list may name, read over and left out
    const everyone = /^(?:教师|老师|学生|家长|教职工)/.exec(item.slice(i));
    if (everyone) {
      i += everyone[0].length;
      continue;
    }
    STICKY_ROLE.lastIndex = i;
    STICKY_ORG.lastIndex = i;
    const role = STICKY_ROLE.exec(item);
    const org = STICKY_ORG.exec(item);
    const best = [role, org].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => b[0].length - a[0].length)[0];
    if (!best) return null;
    const kind: PartyKind = best === role ? 'role' : 'org';
    const last = out[out.length - 1];
    if (kind === 'role' && last?.kind === 'org' && last.name.length + best[0].length <= 10 && item.slice(i - last.name.length, i) === last.name) out[out.length - 1] = { name: last.name + best[0], kind: 'role' };
    else out.push({ name: best[0], kind });
    i += best[0].length;
  }
  // `县教育局人事股股长`: a unit run straight into a post held in it only says where the post is
  return out.filter((t, k) => !(t.kind === 'org' && out[k + 1]?.kind === 'role' && item.includes(t.name + out[k + 1]!.name)));
}

/** A run of names each followed by a title (`贺春燕中心校副校长覃志勇中心校副校长`): the names. */
function namesWithTitles(item: string): string[] | null {
  const names: string[] = [];
  let rest = item;
  while (rest) {
    const name = [3, 2].map((n) => rest.slice(0, n)).find((n) => delimitedName(n) && rest.length > n.length);
    if (!name) return null;
    rest = rest.slice(name.length);
    const next = [...rest].findIndex((_, k) => k > 0 && [3, 2].some((n) => delimitedName(rest.slice(k, k + n)) && TITLE_AFTER_NAME.test(rest.slice(0, k))));
    const title = next < 0 ? rest : rest.slice(0, next);
    if (!TITLE_AFTER_NAME.test(title)) return null;
    names.push(name);
    rest = next < 0 ? '' : rest.slice(next);
  }
  return names.length ? names : null;
}

/** A post (教务处主任, 课程研发中心主任 too) written before a name: `副校长陈立华`, `校长杨某某`. */
const TITLE_BEFORE_NAME = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}?(?:${ROLE.source}|(?:${ORG.source}|[\\u4e00-\\u9fa5]{2,8}?(?:处|室|中心|部|科|股))(?:副?主任|负责人|副?主席))$`);

/**
 * The name after a title, or null. A surname with 某某 is a person the page anonymized (杨某某); a
 * surname with a single 某 (校长王某) is read as a masked holder, the post taking the seat.
 */
export function titledHolder(item: string): string | null {
  for (const len of [3, 2, 4]) {
    const name = item.slice(-len);
    const title = item.slice(0, -len);
    if (!title || !TITLE_BEFORE_NAME.test(title)) continue;
    if (/^[\u4e00-\u9fa5]某$/.test(name)) return null;
    if (looksLikeStandaloneName(name) || (len === 3 && isSurnameStart(name) && name.endsWith('某某'))) return name;
  }
  return null;
}

/** `县财政局等部门负责人`: the heads of the bodies listed; the body before 等 is the party, not a post of that name. */
const HEADS_OF_LISTED = /^(.{2,16}?)等(?:相关|有关)?(?:部门|单位|科室|股室|处室)(?:主要)?(?:负责人|负责同志)$/;

const PLACED_UNIT = /^((?:[省市县区镇乡]|[\u4e00-\u9fa5]{1,4}[省市县区镇乡])[\u4e00-\u9fa5]{2,10}?(?:中心|站))(?:负责人|负责同志)?$/;

/** `少先队大队部负责人` in a list of members: the unit the lexicon knows whose heads are meant; null for a kind of unit (股室负责人). */
export function unitOfHeads(item: string): string | null {
  const unit = UNIT_HEADS.exec(item)?.[1];
  return unit && !isGeneric(unit) ? unit : null;
}

export function readRosterItem(raw: string): ItemParty[] {
  const heads = HEADS_OF_LISTED.exec(raw.trim());
  if (heads) return readRosterItem(heads[1]!).filter((p) => p.kind === 'org');
  const bracketed = [...raw.matchAll(BRACKETED)].map((m) => m[1]!.trim());
  const bare = raw.replace(BRACKETED, '').trim();
  if (!bare) return [];
  // `全体行政人员`, like 全体教师, is everyone of a kind: no seat of its own
  if (/^全体/.test(bare) && isPopulation(bare.slice(2))) return [];
  // `校长杨某某`, `副校长陈立华`: the post is the holder's title; the holder is the party
  const holder = titledHolder(bare);
  if (holder) return [{ name: holder, kind: 'person', seated: false }];
  // `xxx(园长)`, `**校长`: the person is masked, the post is what the page tells
  const mask = MASK.exec(bare);
  if (mask) {
    const post = bare.slice(mask[0].length) || bracketed.find((b) => ROLE_AT_END.test(b)) || '';
    const name = post ? positionOf(post) : null;
    return name ? [{ name, kind: 'role', seated: true }] : [];
  }
  // `校长王某`: a post with its holder masked
  const unmasked = bare.replace(/[\u4e00-\u9fa5]?(?:某某?|[xX×*※○〇]+)$/, '');
  if (unmasked !== bare && kindOf(unmasked) === 'role') return [{ name: unmasked, kind: 'role', seated: true }];
  // a post that ends like a list suffix (食堂工作人员) is read whole before the suffix is cut
  const whole = bare.replace(ITEM_PREFIX, '');
  if (kindOf(whole) === 'role' && ITEM_SUFFIX.test(whole)) return [{ name: whole, kind: 'role', seated: false }];
  const item = whole.replace(ITEM_SUFFIX, '') || bare;
  // `德育处、教导处、少先队大队部负责人`: the heads of units the lexicon knows stand for their units, as the
  // items before them do; a kind of unit (股室负责人, 部门负责人) stays a post
  const unit = unitOfHeads(item);
  if (unit) return [{ name: unit, kind: 'org', seated: false }];
  const kind = kindOf(item);
  if (kind) return isGeneric(item) ? [] : [{ name: item, kind, seated: false }];
  // `县教师发展中心`, `县农业技术推广站负责人` listed with bureaus: a county's service unit, seated as a body
  const placed = PLACED_UNIT.exec(item);
  if (placed) return [{ name: placed[1]!, kind: 'org', seated: false }];
  if (delimitedName(bare)) return [{ name: bare, kind: 'person', seated: false }];
  const titled = namesWithTitles(bare);
  if (titled) return titled.map((name) => ({ name, kind: 'person', seated: false }));
  if (/^[\u4e00-\u9fa5]{5,}$/.test(bare)) {
    const names = splitRunTogetherNames(bare);
    if (names) return names.map((name) => ({ name, kind: 'person', seated: false }));
  }
  const tiles = tilePosts(bare);
  if (tiles && tiles.length > 1) return tiles.filter((t) => !isGeneric(t.name)).map((t) => ({ ...t, seated: false }));
  const post = positionOf(item);
  return post && !isGeneric(post) ? [{ name: post, kind: 'role', seated: false }] : [];
}
