// A full stop that lost its Chinese form: `.` between words of Chinese text (`…为指导思想.学校…`).

const HAN = /\p{Script=Han}/u;
/** `一.`, `十二.`: a Chinese list number, not the end of a sentence. */
const NUMERAL = /[一二三四五六七八九十]/u;

/** Whether the `.` at `i` ends a sentence: a Han word or `%` before it, no digit after it, and not a list number. */
export function isAsciiStop(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (!(HAN.test(before) || before === '%') || /[\d.]/u.test(after)) return false;
  if (!NUMERAL.test(before)) return true;
  // walk back over the numeral: a list number stands at a line start or after a stop
  let j = i - 1;
  while (j > 0 && NUMERAL.test(text[j - 1]!)) j--;
  const opener = text[j - 1];
  return !(opener === undefined || opener === '\n' || /[。!?;:,(.%]/u.test(opener));
}
