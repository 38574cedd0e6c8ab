// Clause, sentence and paragraph bounds around an offset of an article's normalized text.
// Every lookup is bounded or indexed: a page of one endless line (`90%,90%,…`) or a run of digits
// must cost time in proportion to its length, not its square.

// Clause ends. `:` and `,` between digits belong to numbers (1:8.98, 1,000).
const CLAUSE_DELIMITER = /[,;。!?\n\t:()\[\]，；：！？（）]/;
const SENTENCE_DELIMITER = /[。!?\n！？]/g;

/** A clause longer than this is no clause but run-on text: its bounds are cut here. */
export const MAX_CLAUSE = 200;

function isDelimiter(text: string, i: number, delimiter: RegExp): boolean {
  const ch = text[i] ?? '';
  if (!delimiter.test(ch)) return false;
  if (ch === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) return false;
  return true;
}

/** Start of the clause holding offset `at` (first character after the delimiter). */
export function clauseStart(text: string, at: number, floor = 0): number {
  const limit = Math.max(floor, at - MAX_CLAUSE);
  let i = at - 1;
  while (i >= limit && !isDelimiter(text, i, CLAUSE_DELIMITER)) i--;
  return i + 1;
}

/** End of the clause holding offset `at` (the delimiter's offset, exclusive end). */
export function clauseEnd(text: string, at: number, ceiling = text.length): number {
  const limit = Math.min(ceiling, at + MAX_CLAUSE);
  let i = at;
  while (i < limit && !isDelimiter(text, i, CLAUSE_DELIMITER)) i++;
  return i;
}

/** The delimiter that ends the clause before `start`, or '' at the start of the text. */
export function delimiterBefore(text: string, start: number): string {
  return text[start - 1] ?? '';
}

/** Sentence and paragraph bounds of one text, found once and then looked up by binary search. */
export class Bounds {
  private readonly sentenceEnds: number[] = [];
  private readonly newlines: number[] = [];
  private readonly tabs: number[] = [];

  constructor(private readonly text: string) {
    for (const m of text.matchAll(SENTENCE_DELIMITER)) this.sentenceEnds.push(m.index);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.newlines.push(i);
    for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) this.tabs.push(i);
  }

  sentenceStart(at: number): number {
    return (lastBefore(this.sentenceEnds, at) ?? -1) + 1;
  }

  paragraphStart(at: number): number {
    return (lastBefore(this.newlines, at) ?? -1) + 1;
  }

  paragraphEnd(at: number): number {
    return firstFrom(this.newlines, at) ?? this.text.length;
  }

  /** True when the line holding `at` has a tab: a table row. */
  inTableRow(at: number): boolean {
    const tab = firstFrom(this.tabs, this.paragraphStart(at));
    return tab !== undefined && tab < this.paragraphEnd(at);
  }
}

/** Index of the first value in sorted `values` at or after `at` (values.length when none is). */
function lowerBound(values: number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The largest value in sorted `values` below `at`. */
function lastBefore(values: number[], at: number): number | undefined {
  const i = lowerBound(values, at);
  return i > 0 ? values[i - 1] : undefined;
}

/** The smallest value in sorted `values` at or after `at`. */
function firstFrom(values: number[], at: number): number | undefined {
  return values[lowerBound(values, at)];
}
