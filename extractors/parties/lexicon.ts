// What kind of party a name is: school units and education bodies (org), positions (role),
// groups a plan sets up (group). Patterns, not seed words: each is a family of names.
import type { PartyKind } from '../../src/types.js';

const ADMIN = '(?:乡镇|县区|市区|[省市县区镇乡旗])';
/**
 * What a county bureau is named after, short and full (县卫生健康局, 县发展和改革局, 县住房和城乡建设局): a
 * government plan charges them in lists (`县卫生健康局、县市场监督管理局等部门负责…`).
 */
const BUREAU = [
  '财政|人社|人力资源和社会保障|人力资源社会保障|规划|国土|自然资源|住建|住房和城乡建设|住房城乡建设|发改|发展改革|发展和改革',
  '卫健|卫生健康|卫生|公安|民政|交通运输|交通|市场监管|市场监督管理|文旅|文化和旅游|文化广电和旅游|文化旅游|体育|应急管理',
  '医疗保障|医保|农业农村|生态环境|水利|林业|审计|统计|司法|科技|商务|退役军人事务|乡村振兴|城市管理|行政审批|数据',
].join('|');
export const SUBJECT = '语文|数学|英语|物理|化学|生物|历史|地理|政治|道德与法治|音乐|体育|美术|科学|信息技术|劳动|书法';

/** Units and bodies. */
export const ORG = new RegExp(
  [
    `${ADMIN}?(?:教育局|教育体育局|教体局|教育厅|教育委员会|教委|财政部门|(?:${BUREAU})(?:分局|局|厅)|(?:发改|编)(?:委|办)|人民政府|纪委(?:监委)?|监委|(?:交警|消防|交巡警)(?:大队|支队|中队)|团委|妇联|关工委|残联|科协|总工会|(?:政府|党委)?常务会|政府|委常委会|人大|政协|教研室|教研中心|(?:政府)?(?:教育)?督导室)(?:党委|党组)?`,
    `${ADMIN}委(?![员托会])`,
    // `区财政要…`, `县人社:负责…`: a bureau named by its field alone, where it is charged (or the whole name); not
    // after 将, which a news item uses to report a plan (`今年区财政将安排…`)
    `[县区市](?:财政|人社|发改|住建|卫健|公安|民政|交通|文旅|自然资源|市场监管|应急|医保|农业农村)(?=要|应|须|负责|牵头|配合|会同|[::]|$)`,
    '(?:教导|教务|政教|总务|德育|教科|教研|后勤|学生|安全|保卫|办公|保教)处',
    '(?:教科|教研|德育|校长|科研|教育科研|心理咨询)室',
    '(?:少先队)?大队部|少先队|团委|团支部|团总支|工会|党支部|党总支|党组织|团队组织',
    `(?:${SUBJECT}|[语数英理化生史地政音体美艺信综]{1,3}|学科|大学科)?(?:教研组|备课组)|(?:[一二三四五六七八九]|初[一二三]|高[一二三]|毕业)?年级组`,
    // a school's standing panels, as Hong Kong plans name them in their 负责人 column (课程发展组, 训辅组, 宗教组)
    '(?:课程发展|课程|宗教|训辅|训导|辅导|公民教育|学生支援|学习支援|资讯科技|课外活动|升学就业|生涯规划|图书|校务|学务|总务|后勤|环境教育|家校合作)组(?![长员])',
    '(?:语文|数学|英语|体育|音乐|美术|艺体|综合|理化|政史|史地|科学|[语数英音体美艺])组(?![长员])',
    '(?:中心学校|中心校|学校)办公室|中心校|幼儿园|学区(?!片|[成长])|校委会|家委会|家长委员会|校务委员会|行政会',
    '(?:项目)?(?:质量|技术|安全)部',
    // Village and township bodies a county or town plan charges with a share of the work.
    '(?:乡镇|镇|乡|县|区)?(?:派出所|司法所)|村委会|居委会|村民委员会|居民委员会|(?:乡镇|镇|乡)?(?:卫生院|文化站|综治办)',
    '(?:保健|医务)室',
    '(?:安全|综治|党政|校长|德育|教务|政教|体卫艺|后勤|招生)办(?:公室)?',
    // Sections of a bureau (基础教育股, 人事科) and of a hospital or firm on off-topic pages (医务科, 护理部).
    '(?:基础教育|基教|普教|义务教育|学前教育|职成教?|教育|教学|师训|人教|督学|教研|装备|人事|计财|财务|安全|督导|德育|体卫艺|电教|招生|规划|办公|信息)(?:股|科(?![研学技普目]))',
    '(?:医务|护理|质控|院感|感控|药剂|门诊|院务|科教|设备|病案|医保|人力资源|生产|销售)(?:科|部)|(?:保教|教学|教务|德育|学生|后勤|总务|保卫)部(?![署分门位])',
  ].join('|'),
  'g',
);

/** Positions; a bare 教师/老师 is generic and left out. */
export const ROLE = new RegExp(
  [
    '(?:[主分]管|法制|德育|教学|业务|常务|执行|村小)?副?校长|副?园长|副?书记|副区长|副县长|副镇长',
    // Heads of a bureau, a hospital or a section lead the groups their body sets up.
    '(?:[主分]管|常务)?副?(?:局长|院长|所长|站长|科长|股长|县长|区长|市长|镇长|乡长)',
    '(?:股室|(?:临床|医技|职能|业务)?科室|处室|部门|各部门|中层|学科|年级|单位|教学点|园所|学校|站所|村|社区)负责人',
    '(?:教导|政教|教务|德育|总务|后勤|保教|安全|信息|教学|科研|办公室|年级|教研室|教科室|处室|(?:临床|医技|职能|业务)?科室|股室)主任',
    // the head of a subject panel in a Hong Kong school (中文科主任, 各科主任)
    `(?:${SUBJECT}|中文|英文|常识|[中英数])?科主任`,
    // a subject names which one of a post or a teacher is meant (语文教研组长, 各班数学教师)
    `(?:${SUBJECT})?(?:教研|备课)组长|(?:年级|学科|学年|班)组长|副?组长|副?班长`,
    `(?:${SUBJECT})教师`,
    '班主任|(?:任课|科任|课任|学科|专任|心理|值日|值周|[音体美]{2,3})教师',
    '学科带头人|骨干教师|值周领导|值日领导|学校领导|校级领导|校级干部|行政人员|行政领导|中层干部|中层领导|[大中]队辅导员|辅导员|校园保安|(?:学生)?宿舍管理员|食堂(?:工作|从业)人员|(?:图书|实验室?|食堂|网络|档案|器材|仪器|功能室)管理员|会计|出纳|报账员|安全员|校医|学区成员|(?:学区|责任|专职|兼职)?督学',
    // Kindergarten and support staff given their own duties.
    '保教主任|保育员|保健医生?|保健老师|(?:病区|科室)?护士长|门卫|(?:学前|学科|小学|初中|幼教)?教研员|(?:支部|村)书记',
  ].join('|'),
  'g',
);

/** Names of groups: 领导小组, 课题研究小组, 宣传报道组, 艺术工作委员会, 护校队, 评委会. */
export const GROUP_SUFFIX = /(?:小组(?!织)|工作组(?!织)|(?:工作)?专班|课题组(?!织)|委员会|评委会|攻坚组|[^\s、,,。;:((“”《》0-9一二三四五六七八九十个各每本该此]{2}组(?![长员织成建])|护校队|督导队|活动中心)/;

/** Generic actors the guide excludes, and bare words that only name a kind. */
const GENERIC = /^(?:学校|我校|本校|各校|全校|各学校|全体教师|教师|老师|学生|家长|领导小组|小组|工作组|委员会)$/;

/**
 * Kinds of staff rather than posts (骨干教师, 任课教师, 学校领导): a party when seated in a group,
 * but in running text they describe a population, as 全体教师 does, and are given no task of their own.
 */
const POPULATION = /^(?:(?:任课|科任|课任|学科|专任|骨干|青年|[音体美]{2,3})教师|学校领导|校级(?:领导|干部)|行政(?:人员|领导)|中层(?:领导|干部)|教研员)$/;

export function isPopulation(name: string): boolean {
  return POPULATION.test(name);
}

export function isGeneric(name: string): boolean {
  return GENERIC.test(name);
}

const WHOLE_ROLE = new RegExp(`^(?:${ROLE.source})$`);
const WHOLE_ORG = new RegExp(`^(?:${ORG.source})$`);
/** The head of a unit (教导处主任, 德育处负责人, 人事股股长) is a position too. */
const UNIT_HEAD = new RegExp(`^(?:${ORG.source})(?:副?主任|负责人|干事|副?[股科部处]长)$`);
const GROUP_END = new RegExp(`(?:${GROUP_SUFFIX.source})$`);

/** Kind of a roster item that is not a personal name, or null when it is none of ours. */
export function kindOf(name: string): PartyKind | null {
  if (WHOLE_ROLE.test(name) || UNIT_HEAD.test(name)) return 'role';
  if (WHOLE_ORG.test(name)) return 'org';
  if (GROUP_END.test(name)) return 'group';
  return null;
}

/**
 * National and provincial bodies (国务院, 教育部, 省人民政府, 省教育厅): a school's or county's plan names
 * them as authors or background; they count only where the clause charges them.
 */
const TOP_LEVEL = /^(?:国务院|中共中央|党中央|中央|国家|教育部|省)|(?:教育部|教育厅)$/;

export function isTopLevelBody(name: string): boolean {
  return TOP_LEVEL.test(name);
}

/** A position held in a named unit, as a roster lists it (中心学校校长, 派出所所长, 各村支部书记). */
const POSITION_IN_UNIT = new RegExp(`^[\u4e00-\u9fa5]{1,8}?(?:${ROLE.source})$`);

export function isPositionInUnit(name: string): boolean {
  return POSITION_IN_UNIT.test(name);
}

/** Masks scraped pages put where a name was: xxx, XX, **, ※, ○○, 某某. */
export const MASK = /^(?:[xX×*※○〇_＿]+|某某?)/;
