// Traditional → simplified conversion and detection of the source script.
import * as OpenCC from 'opencc-js';
import type { Normalized, Script } from '../types.js';
import { isHan } from './chars.js';
import { identityMap, MappedTextBuilder } from './offsets.js';

// Taiwan-standard input also covers plain OpenCC traditional; built once, it holds large tries.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hongKongToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Share of Han characters that must change under conversion before a text counts as traditional. */
export const HANT_RATIO = 0.05;
/** …and at least this many: a simplified text quoting a few traditional names stays simplified. */
export const HANT_MIN_CHARS = 5;

function convert(text: string): string {
  return hongKongToSimplified(toSimplified(text));
}

/** The conversion ingest applies to text, for inputs that must meet stored text (search queries). */
export const simplifiedText = convert;

/** Per code point, for the rare line where phrase conversion changed the length. */
function convertByCodePoint(line: string, from: number, out: MappedTextBuilder): void {
  let at = from;
  for (const ch of line) {
    out.push(convert(ch), at);
    at += ch.length;
  }
}

export function toSimplifiedChinese(text: string): Normalized {
  const converted = convert(text);
  if (converted.length === text.length) return { text: converted, map: identityMap(text.length) };
  const out = new MappedTextBuilder();
  let from = 0;
  for (const line of text.split('\n')) {
    const simplified = convert(line);
    if (simplified.length === line.length) out.copy(simplified, from);
    else convertByCodePoint(line, from, out);
    from += line.length;
    if (from < text.length) out.copy('\n', from++);
  }
  return out.build(text.length);
}

/** `hant` when clearly more Han characters change under conversion than a simplified text would show. */
export function detectScript(text: string): Script {
  const converted = convert(text);
  let han = 0;
  let changed = 0;
  const sameLength = converted.length === text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!isHan(ch)) continue;
    han++;
    if (sameLength ? converted[i] !== ch : convert(ch) !== ch) changed++;
  }
  return changed >= HANT_MIN_CHARS && changed >= han * HANT_RATIO ? 'hant' : 'hans';
}
