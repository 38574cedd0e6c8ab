// Where a body or position stands in its clause: charged with work, or only the author, addressee,
// approver, host or background of the document (根据县教育局…, 在县委、县政府的领导下, 各乡镇人民政府:).
import { looksLikeName } from './names.js';

const CLAUSE_MARK = /[,,。;;::!?!?\n]/;

/** Start of the clause holding `at` (looking back at most `reach` characters). */
function clauseStart(text: string, at: number, reach = 40): number {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) if (CLAUSE_MARK.test(text[i]!)) return i + 1;
  return Math.max(0, at - reach);
}

/** End of the clause that starts at `from` (at most `reach` characters on). */
function clauseEnd(text: string, from: number, reach = 40): number {
  for (let i = from; i < Math.min(text.length, from + reach); i++) if (CLAUSE_MARK.test(text[i]!)) return i;
  return Math.min(text.length, from + reach);
}

/** Words that open a clause about a source, an approval or someone speaking for a body. */
const CITING_OPENER = /根据|按照|依据|遵照|参照|依照|遵循|受(?!益)|代表|转发|上报|报送|收到|接到/;

/** Bodies listed with the one in hand (`县委、县政府…`, `县人社局、县教育局…`). */
const CO_BODIES = '(?:[、和及与]+[\\u4e00-\\u9fa5()（）]{1,12}?(?:局|委|办|政府|院|所|室|处|站|中心|部门|单位|学校|会|组|队|长|任|员|记|人|师))*';
const ADVERB = '(?:专门|亲自|多次|先后|分别|均|都|也|还|曾|已|一直|始终|近日|日前|近期)?';

/** Visits, inspections and praise from outside (督导组来校视导, 对我校…给予肯定, 进行了报道): news of the body, no charge. */
const VISIT = '(?:(?:来|到)我?[县区市镇乡校园](?![长委])|莅临|深入我校|在我[校园](?:召开|举办|举行)|对我校|对[^,,。;;]{1,12}?给予|给予|进行了报道|报道了)';

/** `曾于2024年对我校…`: a date between the body and what it did. */
const WHEN = '(?:于?\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?)?';

/** People a body sends (`镇派出所民警到校…`, `县教研室教研员多次来校…`): what they do is the body's. */
const STAFF = '(?:民警|干警|专家|领导|干部|工作人员|医生|教研员|同志)';
/** `校长、教导主任共200余人参加会议`: the count of those who attend. */
const HEADCOUNT = '(?:等|共|等共)?[\\d一二三四五六七八九十百千余多]+(?:人|名)';

/** After the body (and its co-bodies): it leads, approves, hosts, speaks or attends rather than works. */
const BACKGROUND = new RegExp(
  `^${CO_BODIES}${STAFF}?(?:${HEADCOUNT})?${ADVERB}${WHEN}(?:的(?:坚强|正确|大力|亲切|统一|精心)?(?:领导|带领|关心|关怀|支持|帮助|部署|安排|要求|规定|指示|精神|文件|通知|名义)|对[^,,。;;]{1,12}?(?:高度|十分|非常)?重视|高度重视|十分重视|${VISIT}|同意|批准|批示|审定|审议|作出|作了|讲话|致辞|主持|在会上|在讲话中|在[^,,。;;]{1,16}?(?:会上|会议上|讲话中)|指出|强调|表示|要求\\s*(?:[,,::]|$)|通报|传达|宣布|出席|参加|陪同|莅临|组成|由[^,,。;;]{1,20}组成|成立|(?:研究)?决定|印发|下发|发布|出台|颁布|《|多次|曾经?|先后|[\u4e00-\u9fa5]{1,3}(?<![为除])了(?![解结]))`,
);

/** What a body outside the school does when a plan charges it (要, 将, 负责, 牵头, 会同…, or a dated task). */
const CHARGE = new RegExp(
  `^${CO_BODIES}(?:要(?!求)|将|应|须|必须|需|负责|牵头|配合|协助|会同|联合|统筹|具体|切实|积极|认真|全面|加快|履行|落实|确保|做好|加强|加大|建立|健全|完善|制定|编制|安排|保障|督促|指导|组织|开展|实施|推进|列入|纳入|承担|对|把|每年|每学期|每月|每季度|定期|及时|适时|于|在|年内|年底前)`,
);

/** True when the clause before the mention cites a source or speaks for someone (根据X…, 经X同意, 代表X). */
export function citedBefore(text: string, start: number): boolean {
  return CITING_OPENER.test(text.slice(clauseStart(text, start), start));
}

/** True when what follows shows the body leads, approves, hosts, speaks or attends rather than works. */
export function backgroundAfter(text: string, end: number): boolean {
  return BACKGROUND.test(text.slice(end, clauseEnd(text, end)));
}

/** The plainest charges, the only ones a national or provincial body gets in a plan below it. */
const STRONG_CHARGE = new RegExp(`^${CO_BODIES}(?:要(?!求)|应|须|必须|负责|牵头|配合|会同|统筹)`);

/** True when the clause charges the body with something (`县财政局要确保…`, `县人社局、县教育局每年招聘…`). */
export function chargedAfter(text: string, end: number, strong = false): boolean {
  return (strong ? STRONG_CHARGE : CHARGE).test(text.slice(end, clauseEnd(text, end)));
}

/** Page credits and metadata (来源:, 供稿:, 审核:, 主办单位:, 联系人:): a body named there wrote, hosts or answers for the page. */
const CREDIT_LABEL = /(?:来源|信息来源|发布机构|发文机关|发文单位|发布单位|供稿|作者|撰稿|编辑|责任编辑|审核|审稿|初审|复审|终审|主办|主办单位|承办单位|主管单位|技术支持|版权所有|通讯员|摄影|上传人?|联系人|联系电话|联系方式|咨询电话)\s*[::]\s*$/;

export function creditedBefore(text: string, start: number): boolean {
  return CREDIT_LABEL.test(text.slice(Math.max(0, start - 10), start));
}

/** Marks a complete personal name ends at (`校长汪建平,`, `校长汪建平的带领下`, `组长王明同志`). */
const NAME_END = /^(?:[,,、。;;::\s((及和与等]|同志|在|的|作|代表|参加|出席|指出|强调|表示|讲|就|主持|带领|到|来|一行|带队|率队|前往|深入|赴|从|通报|介绍|汇报|宣读|(?:任|担任|兼任|为)(?:组长|副组长|成员|组员|办公室主任|副?主任)|兼?担?任[,,。;;]|(?:副组长|组长|成员|组员|办公室主任)\s*[::]|$)/;

/** `校长汪明聪作为…`: a position that titles a named person is how the text names him, not a charge. */
export function titlesPerson(text: string, end: number): boolean {
  for (const len of [4, 3, 2]) {
    const name = text.slice(end, end + len);
    if (looksLikeName(name) && NAME_END.test(text.slice(end + len, end + len + 8))) return true;
  }
  return false;
}

/** The line around `at`, looked for at most `reach` characters each way (a flattened page is one long line). */
function lineAround(text: string, at: number, reach = 130): { from: number; to: number } | null {
  let from = at;
  while (from > 0 && text[from - 1] !== '\n') if (at - --from > reach) return null;
  let to = at;
  while (to < text.length && text[to] !== '\n') if (++to - at > reach) return null;
  return { from, to };
}

/** The end of a body's name, as an addressee list gives it (各乡镇人民政府, 县直各单位, 各中小学). */
const ADDRESSEE = /(?:单位|部门|政府|局|委|办|校|学|园|室|处|构|会|所|站|院|厅|部|组|村|区|社区|中心|[))])$/;

/** `各乡镇人民政府、县直各单位,各中小学:` on a line of its own: the notice's addressees. */
export function onAddresseeLine(text: string, start: number): boolean {
  const around = lineAround(text, start);
  if (!around) return false;
  const { from, to } = around;
  const line = text.slice(from, to).trim();
  if (line.length > 120 || !/[::]$/.test(line)) return false;
  const items = line.slice(0, -1).split(/[、,,;;]/);
  if (!items.every((item) => item.trim().length <= 20 && ADDRESSEE.test(item.trim()))) return false;
  return !/^\s*(?:负责|牵头|配合)/.test(text.slice(to + 1, to + 8));
}

const DATE_TAIL = /\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)\s*$/;

/** A line holding nothing but the body (a signature or the issuer above the title): it signs, it is not charged. */
export function onSignatureLine(text: string, end: number): boolean {
  const around = lineAround(text, end - 1, 60);
  if (!around) return false;
  const { from, to } = around;
  const line = text.slice(from, to).replace(DATE_TAIL, '');
  return /^[\u4e00-\u9fa5 \u3000]{2,40}$/.test(line) && text.slice(end, from + line.length).trim() === '';
}

/** `抄送:县人大、县政协`, `主送:各乡镇中心幼儿园`: a notice's copy and address lines name no party. */
const COPY_LABEL = /(?:抄送|主送|抄报|分送|报送|印送)\s*[::]/g;

/** True when `start` lies in the value of a 抄送/主送 label (up to the line's or sentence's end). */
export function inCopyList(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  const label = [...before.matchAll(COPY_LABEL)].at(-1);
  return label !== undefined && !/[\n。]/.test(before.slice(label.index + label[0].length));
}

/**
 * What a unit given work does next: a duty verb, maybe after an adverb (具体组织, 率先建成), a charge
 * word, a recurring schedule, or a plan's `对…进行/开展` (县融媒体中心对…进行宣传报道).
 */
const DUTY_ADVERB = '(?:具体|主要|率先|共同|积极|认真|全面|切实|分别)';
/** Plain action verbs (开展, 推进) open titles too (`X小学推进…工作方案`): they charge only after an adverb. */
export const DUTY = new RegExp(
  `^(?:${DUTY_ADVERB}?(?:要|应|须|必须|将|负责(?!制(?![定订])|人)|牵头|承担|组织|配合|协助|做好|落实|发挥|统筹|选派|提供|保障|确保|每(?:学年|学期|年|季度|月|周)|定期|对[^,,。;;]{1,20}?(?:进行|开展|实施)(?!了))|${DUTY_ADVERB}(?:建成|建立|开展|实施|推进|完成|制定))`,
);

/** The duty may follow the co-agents listed with the one in hand (`保健医生和保育员共同做好…`). */
const DUTY_AFTER_CO_AGENTS = new RegExp(`^(?:[、和及与][\\u4e00-\\u9fa5]{2,8}?)*${DUTY.source.slice(1)}`);

export function dutyAfter(text: string, end: number): boolean {
  return DUTY_AFTER_CO_AGENTS.test(text.slice(end, end + 40));
}

const TITLE_END = /(?:方案|计划|总结|措施|报告|规划|意见|通知|细则|办法|成效|要点|汇报|纲要)(?:[((][^))]*[))])?$/;

/** True when `at` lies on a title line (`红旗小学推进均衡发展工作方案`): the school there authors the plan. */
export function onTitleLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(from, to < 0 ? text.length : to).trim();
  return line.length <= 60 && !/[。;;]/.test(line) && TITLE_END.test(line);
}
