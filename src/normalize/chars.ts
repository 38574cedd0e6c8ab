// Character classes shared by the normalizers and the structure stage.

const HAN = /\p{Script=Han}/u;
/** CJK punctuation that survives NFKC (、。“”《》…) plus the ASCII forms NFKC folds full-width ones into. */
const CJK_PUNCT = /[\u3000-\u303F\u2010-\u206F\uFE10-\uFE6F\u300A-\u300F]/u;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

export function isCjkPunct(ch: string): boolean {
  return CJK_PUNCT.test(ch);
}

export function isAsciiPunct(ch: string): boolean {
  return ASCII_PUNCT.test(ch);
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Spaces inside a line: everything that is whitespace except the paragraph and cell separators. */
export function isInlineSpace(ch: string): boolean {
  return ch !== '\n' && ch !== '\t' && /\s/u.test(ch);
}
