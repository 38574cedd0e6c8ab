// Scraping turns a decimal point into the ideographic full stop between digits (`61。3%`, `12。5分`).
// The article text keeps the `。` as printed (evidence quotes what the page shows); readers of figures
// and sentence bounds ask here whether a `。` is such a decimal point.

/**
 * A `。` is a decimal point when digits stand right before it and, right after it, one to three digits
 * run into a percent sign or a unit word: `61。3%`, `12。5分`, `2。5小时`. A sentence end before a
 * numbered item (`…90%。2.加强…`, `…3。4、…`) or a date (`…68。2025年…`, `…3。5月…`) is not.
 */
const DECIMAL_STOP = /(?<=\d)。(?=\d{1,3}(?:%|个百分点|(?![年月日号时点])[\u4e00-\u9fff]))/gu;
/** The same, tried at one offset only: a page of many stops costs one test each. */
const DECIMAL_STOP_AT = new RegExp(DECIMAL_STOP.source, 'uy');

export function isDecimalStop(text: string, at: number): boolean {
  if (text[at] !== '。') return false;
  DECIMAL_STOP_AT.lastIndex = at;
  return DECIMAL_STOP_AT.test(text);
}

/** The text with each decimal `。` read as `.`: the same length, so every offset holds for the original. */
export function readDecimalStops(text: string): string {
  if (!text.includes('。')) return text;
  return text.replace(DECIMAL_STOP, '.');
}
