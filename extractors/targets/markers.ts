// List and heading markers (一、 (一) 1. (1) ①), their depth, and where they sit glued into run-on text.
/**
 * How deep a list marker sits in the usual numbering: 一、 > (一) > 1. > (1) > ① > 一是. A marker of a
 * smaller rank before an item is its parent; of the same or a larger one, a sibling or a sibling's child.
 */
export function markerRank(marker: string): number {
  if (/^[一二三四五六七八九十]{1,3}、/.test(marker)) return 0;
  if (/^[(（][一二三四五六七八九十]/.test(marker)) return 1;
  if (/^\d/.test(marker)) return 2;
  if (/^[(（]\d/.test(marker)) return 3;
  if (/^[①-⑳]/.test(marker)) return 4;
  return 5;
}

// A list or heading marker glued after a full stop, a semicolon, a colon or a space: scraping lost the
// line break before it. A number must be followed by a word (`2.加强`), not by digits (`2.5`). Since
// normalizing drops the space left between words, a marker may also follow a word or a bracket
// directly (`工作目标1.劳动课…`, `近期目标(2024-2025年)1.…`, `实施方案三、保障措施`), but not where the
// numeral belongs to a word (`第1、第2名`, `高二、`, `周三、`, `二、三年级`; 一 after a word is 统一、, 唯一、).
export const GLUED_MARKER = new RegExp(
  '(?:^|[。;；:：!?！？\\s])([一二三四五六七八九十]{1,3}、|[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\\d{1,2}[.、](?=[\\u4e00-\\u9fff])|[①-⑳])' +
    '|(?<=[\\u4e00-\\u9fff)）])(?<![第高初周期])(\\d{1,2}[.、](?=[\\u4e00-\\u9fff])(?!第)|[(（][一二三四五六七八九十]{1,3}[)）]|[二三四五六七八九十][一二三四五六七八九]?、(?![一二三四五六七八九十年级]))' +
    // A title glued to the first heading: `…工作总结一、工作成效`, `…实施方案一、指导思想`.
    '|(?<=(?:总结|方案|计划|规划|报告|要点|意见|细则|汇报))(一、)(?![二三四五六七八九十])',
  'g',
);

/** `raw` after the last marker glued into it (`主要措施1.每年培训经费` → `每年培训经费`). */
export function afterLastMarker(raw: string): string {
  let cut = 0;
  GLUED_MARKER.lastIndex = 0;
  for (let m = GLUED_MARKER.exec(raw); m; m = GLUED_MARKER.exec(raw)) cut = m.index + m[0].length;
  return raw.slice(cut);
}

/** How much of the text after a glued heading marker may be its title (`学校现状`, `下一步工作打算`). */
const GLUED_TITLE_REACH = 8;

/**
 * The opening words of the section heading last glued into `before` (`…一、学校现状我校…` → `学校现状我校`),
 * up to the first punctuation: where a flattened page lost the line that ended the heading, its
 * words still say what the section holds. Empty when no section marker (一、, (一)) is glued there.
 */
export function gluedHeadingWords(before: string): string {
  let start = -1;
  GLUED_MARKER.lastIndex = 0;
  for (let m = GLUED_MARKER.exec(before); m; m = GLUED_MARKER.exec(before)) {
    const marker = m[1] ?? m[2] ?? m[3]!;
    if (markerRank(marker) <= 1) start = m.index + m[0].length;
  }
  if (start < 0) return '';
  const words = before.slice(start, start + GLUED_TITLE_REACH);
  return words.slice(0, words.search(/[,，。;；:：!?！？\s]|$/));
}
