// The normalization stage: raw reader text → normalized simplified Chinese with an offset map.
import type { Normalized, Script } from '../types.js';
import { nfkc } from './nfkc.js';
import { removeControlCharacters } from './controls.js';
import { chain, composeMaps } from './offsets.js';
import { removePinyinGlosses } from './pinyin.js';
import { detectScript, toSimplifiedChinese } from './script.js';
import { normalizeWhitespace } from './whitespace.js';
import { removePageCounters, removePageFooterLines, removePagePrefixes } from './page-markers.js';
import { breakRunOnMarkers } from './run-on-markers.js';

export { composeMaps, identityMap } from './offsets.js';

/**
 * `map[i]` of the result is the offset in `raw` of output character i. Whitespace goes before the
 * pinyin step so letter-spaced glosses (`學 (xué)`) still sit right after their character.
 */
export function normalizeText(raw: string): Normalized & { script: Script } {
  const folded = chain(raw, [removeControlCharacters, nfkc, normalizeWhitespace, removePinyinGlosses, removePageCounters, removePageFooterLines, removePagePrefixes, breakRunOnMarkers]);
  const script = detectScript(folded.text);
  // converting simplified text would misread shared characters (显著 → 显着)
  if (script === 'hans') return { ...folded, script };
  const simplified = chain(folded.text, [toSimplifiedChinese]);
  return {
    text: simplified.text,
    map: composeMaps(folded.map, simplified.map),
    script,
  };
}
