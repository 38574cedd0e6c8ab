// Clause, sentence and paragraph bounds around an offset of an article's normalized text.

// Clause ends. `:` and `,` between digits belong to numbers (1:8.98, 1,000).
const CLAUSE_DELIMITER = /[,;。!?\n\t:()\[\]，；：！？（）]/;
const SENTENCE_DELIMITER = /[。!?\n！？]/;

function isDelimiter(text: string, i: number, delimiter: RegExp): boolean {
  const ch = text[i] ?? '';
  if (!delimiter.test(ch)) return false;
  if (ch === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) return false;
  return true;
}

/** Start of the clause holding offset `at` (first character after the delimiter). */
export function clauseStart(text: string, at: number, floor = 0): number {
  let i = at - 1;
  while (i >= floor && !isDelimiter(text, i, CLAUSE_DELIMITER)) i--;
  return i + 1;
}

/** End of the clause holding offset `at` (the delimiter's offset, exclusive end). */
export function clauseEnd(text: string, at: number, ceiling = text.length): number {
  let i = at;
  while (i < ceiling && !isDelimiter(text, i, CLAUSE_DELIMITER)) i++;
  return i;
}

export function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !SENTENCE_DELIMITER.test(text[i] ?? '')) i--;
  return i + 1;
}

export function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SENTENCE_DELIMITER.test(text[i] ?? '')) i++;
  return i < text.length && text[i] !== '\n' ? i + 1 : i;
}

export function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

export function paragraphEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

/** The delimiter that ends the clause before `start`, or '' at the start of the text. */
export function delimiterBefore(text: string, start: number): string {
  return text[start - 1] ?? '';
}
