// Control characters from damaged or mislabelled files: SQLite's text functions stop at a NUL, so
// stored offsets and substr() would disagree, and none of them is ever part of a plan's text.
import type { Normalized } from '../types.js';
import { MappedTextBuilder } from './offsets.js';

/** C0 controls except tab and line breaks, DEL, lone surrogates and U+FFFE/U+FFFF. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function removeControlCharacters(text: string): Normalized {
  const out = new MappedTextBuilder();
  let last = 0;
  for (const match of text.matchAll(CONTROL)) {
    out.copy(text.slice(last, match.index), last);
    last = match.index + match[0].length;
  }
  out.copy(text.slice(last), last);
  return out.build(text.length);
}
