// The section titles of summaries and self-check reports (基本情况, 主要做法及成效, 存在的问题,
// 下一步工作打算, 今后努力方向) as a grammar: a time or a modifier, then a head noun, perhaps joined
// to a second one. Such titles are often printed without numbering, and on flattened pages glued
// to the paragraph after them.

/** When the title looks forward: 下一步, 今后, 下学期… (`下一步工作打算`, `今后努力方向`). */
const TIME = '(?:下一步|今后|下(?:学期|学年|阶段|半年|一年|一阶段)|明年|来年|新学期|新学年)';
/**
 * What the head noun is about: 主要做法, 存在的问题, 取得的成绩, 整改措施, 工作亮点, 原因分析, and the
 * work reported on (开展情况, 整改落实情况, 自评情况, 改进措施).
 */
const MODIFIER = '(?:主要|工作|基本|存在|取得|努力|整改|自查|自评|具体|几点|原因|目前|今后|开展|落实|完成|执行|推进|达标|创建|改进)';
/** What a report's section is: its situation, work, results, problems, plans. */
const HEAD = '(?:情况|做法|成效|成绩|问题|不足|困难|措施|打算|方向|设想|思路|体会|经验|亮点|收获|建议|计划|举措|反思|启示|分析|重点|工作)';
const MODIFIED = `(?:${MODIFIER}的?){1,3}`;
/** A head noun on its own is too common a word; with a time or a modifier before it, it titles a section. */
const FULL = `(?:${TIME}的?(?:${MODIFIER}的?){0,3}|${MODIFIED})${HEAD}`;
const PARTIAL = `(?:${MODIFIER}的?){0,2}${HEAD}`;
const JOIN = '(?:以及|及|和|与|、)';
const SECTION_PHRASE = new RegExp(`^(?:${FULL}(?:${JOIN}${PARTIAL})?|${HEAD}${JOIN}${PARTIAL})`, 'u');

/** The longest a section title of this grammar runs (`下一步工作的努力方向和具体措施` is 14). */
export const MAX_SECTION_PHRASE = 16;

/** Length of the section title that opens `text` (`存在的问题部分教师…` → 5), or null. */
export function sectionPhraseLength(text: string): number | null {
  const m = SECTION_PHRASE.exec(text);
  if (!m || m[0].length > MAX_SECTION_PHRASE) return null;
  // 工作 heads a title only after a modifier that makes it a section (主要工作), never `工作工作`
  if (m[0].endsWith('工作') && !/^(?:主要|具体|基本|下一步|今后)/u.test(m[0])) return null;
  return m[0].length;
}

/**
 * Words a report's paragraph opens with when its section title lost the break before it
 * (`存在的不足部分教师…`, `今后打算下半年我园将…`, `存在的问题家长参与…`): its subject, time or
 * frame. A title that goes on any other way (`存在的问题主要集中在…`, `基本情况与上学期相近`,
 * `今后打算继续…`, `工作重点在于…`) is a sentence.
 * Words that also go on a sentence (在, 继续, 进一步, 首先) are left out.
 */
const PARAGRAPH_START =
  /^(?:我校|我园|我们|我局|我镇|我乡|学校|教师|老师|学生|幼儿|家长|师生|全体|各班|各年级|各校|有的|一些|全校|全园|全镇|全乡|全县|全区|本校|本园|本学期|本学年|本年度|今年|一年来|半年来|一学期来|近年来|部分|个别|少数|下学期|下学年|下半年|明年|目前|当前|虽然|由于|通过|经过|根据|按照|针对|一是|[一二三四五六七八九十]、|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))/u;

/** Whether the text after a section title starts the section's paragraph. */
export function startsParagraph(rest: string): boolean {
  return PARAGRAPH_START.test(rest);
}
