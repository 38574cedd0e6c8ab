// A full stop that lost its Chinese form: `.` between words of Chinese text (`…为指导思想.学校…`),
// also after a bracketed aside that closes a heading (`动员部署阶段(2025年3月).成立领导小组…`).

const HAN = /\p{Script=Han}/u;
/** `一.`, `十二.`: a Chinese list number, not the end of a sentence. */
const NUMERAL = /[一二三四五六七八九十]/u;
/** How far back the opening bracket of an aside is looked for. */
const ASIDE_REACH = 40;

/**
 * Whether a `)` at `i` closes an aside with words or a date in it (`(2025年3月)`, `(2025.3)`, `(试行)`),
 * not a list number (`(1)`, `(三)`), so a `.` after it ends the heading or sentence it belongs to.
 */
function closesAside(text: string, i: number): boolean {
  if (text[i] !== ')') return false;
  const open = text.lastIndexOf('(', i);
  if (open < 0 || i - open > ASIDE_REACH) return false;
  const inside = text.slice(open + 1, i);
  return !/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/u.test(inside) && (HAN.test(inside) || /(?:19|20)\d{2}/u.test(inside));
}

/** Whether the `.` at `i` ends a sentence: a Han word or `%` before it and no digit after it, or a closed aside before it; never a list number. */
export function isAsciiStop(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  // `(2025年3月).3月上旬召开…`: after an aside a digit opens the next sentence
  if (closesAside(text, i - 1)) return HAN.test(after) || /\d/u.test(after);
  if (/[\d.]/u.test(after)) return false;
  if (!(HAN.test(before) || before === '%')) return false;
  if (!NUMERAL.test(before)) return true;
  // walk back over the numeral: a list number stands at a line start or after a stop
  let j = i - 1;
  while (j > 0 && NUMERAL.test(text[j - 1]!)) j--;
  const opener = text[j - 1];
  return !(opener === undefined || opener === '\n' || /[。!?;:,(.%]/u.test(opener));
}
