// What an organization's name looks like in school plans: a proper name ending in a unit word.
// Shared by the signature, title and body rules of the organization finder.

/** Unit words that end the name of a school, an education body or (for off-topic pages) a firm. */
export const ORG_SUFFIX =
  '(?:中心学校|中心小学|中心校|实验学校|学校|中学部|小学部|初中部|高中部|中学|小学|完小|教学点|学区|幼儿园|幼稚园|书院|' +
  '[一二三四五六七八九十\\d]+中|教育体育局|教育和体育局|教育局|教体局|文教局|教育厅|教研室|教研中心|教育中心|教育办|' +
  '教委|项目部|分公司|公司|医院|卫生院|大学|学院|研究院|研究所|' +
  // government offices that issue education plans and the notices that carry them
  '人民政府办公室|人民政府办公厅|政府办公室|人民政府|[市县区州旗]委办公室|[市县区州旗]委|委员会办公室|委员会|教育督导室|督导室|' +
  // a government portal files other departments' plans too (a 住建局's quality campaign): their
  // bureaus sign them, and the portal's owner does not
  '(?:住房和城乡建设|住房城乡建设|住建|卫生健康|卫健|财政|人力资源和社会保障|人力资源社会保障|人社|自然资源|生态环境|交通运输|' +
  '农业农村|水利|民政|司法|公安|文化和旅游|文化广电和旅游|文化广电旅游|文旅|市场监督管理|市场监管|应急管理|发展和改革|发展改革|' +
  '科学技术|科技|工业和信息化|工信|商务|审计|统计|医疗保障|医保|退役军人事务|林业|城市管理|综合行政执法)局|' +
  '教师发展中心|教师进修学校|教育科学研究所|教科所|教育工委)';

/** Bodies above the school that plans cite as authorities rather than speak for. */
export const AUTHORITY = /(?:教育体育局|教育和体育局|教育局|教体局|文教局|教育厅|教委|教育部|政府|国务院)$/;

/** Punctuation never inside a name's head: a dash, quotes or a colon join a motto or a label to it. */
const NOT_IN_NAME = /[—–\-“”"‘’:::,,。!?《》、]/;
const ENDS_WITH_SUFFIX = new RegExp(`${ORG_SUFFIX}$`);
const PRONOUN_HEAD = /^(?:我|本|各|全|该|每|此|其|贵|兄弟|相关|有关|所在|所有|其他|部分|一所|这所|这些|那些)/;
const GENERIC_NAME = /^(?:中心|农村|城区|城镇|乡镇|城市|市区|县城|山区|偏远|薄弱|实验|第[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]+|中|小|初级|高级|完全|寄宿制?|九年一贯制|民办|公办|村级?|乡|镇)*$/;

/** The name with its unit word cut off (`柳河` of 柳河小学), or null when `name` has no unit word. */
export function namePart(name: string): string | null {
  // the shortest unit word, so 中心小学 keeps 中心 as its name part
  for (let cut = name.length - 1; cut >= 0; cut--) {
    const tail = name.slice(cut);
    if (ENDS_WITH_SUFFIX.test(tail) && new RegExp(`^${ORG_SUFFIX}$`).test(tail)) return name.slice(0, cut);
  }
  return null;
}

/** A kind of school rather than one school: `农村小学`, `薄弱学校` (a paper's topic, not its author). */
const CATEGORY_BEFORE_UNIT = /(?:农村|乡村|城区|城镇|乡镇|城市|城乡|山区|偏远|边远|薄弱|民办|公办|寄宿制|普通|新建|小规模|大规模|大班额|优质|示范性?|特色)$/;

/**
 * Words of a clause about figures, never of a name: a flattened body's `按照规定学历教师数小学…` or
 * `专任教师学历达标率小学100%` ends in a school level without naming a school.
 */
const FIGURE_CLAUSE = /规定|按照|依据|学历|[率数]|比例|比重|达标|合格|以上|以下|不少于|不低于|达到|占比/;

/**
 * A unit word and at least two characters of name before it that are not a pronoun (`我校`, `各学校`).
 * A masked name (`xx小学`, `XX县教育局`, `**中学`) still has the shape of one, so a signature or a
 * title's head is found by it; whether it names anyone is `isMaskedName`'s question.
 */
export function isOrgName(name: string): boolean {
  const head = namePart(name);
  return (
    // a headline's event verb (`某县召开2025年秋季中小学…`) never stands inside a name
    head !== null && head.length >= 2 && !PRONOUN_HEAD.test(name) && !/[的了是在把被对将为和与及]|关于|召开|举行|举办|开展|启动/.test(head) &&
    !CATEGORY_BEFORE_UNIT.test(head) && !NOT_IN_NAME.test(head) && !FIGURE_CLAUSE.test(head)
  );
}

/** A name that picks out one organization; `中心小学` or `第一中学` alone could be any town's. */
export function isSpecificOrgName(name: string): boolean {
  const head = namePart(name);
  return isOrgName(name) && head !== null && !GENERIC_NAME.test(head) && !isMaskedName(name);
}

/**
 * Symbols or letters standing in for a name (`__小学`, `××县第二实验小学`, `XX市XX中学`, `※※学校`,
 * `X县`): the page hid the issuer, so the mask names no one and a researcher can group nothing by it.
 * `某某县人民政府` is not a mask: the GUIDE gives it as an organization named.
 */
const MASK = /[xX×✕＊*※□■△_＿]{2,}|(?<![A-Za-z])[xX×*※□](?=[省市州县区旗镇乡村校])/;
export function isMaskedName(name: string): boolean {
  return MASK.test(name);
}
