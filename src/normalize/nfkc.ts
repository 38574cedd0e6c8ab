// NFKC, applied one base character (with its combining marks) at a time so the offset map holds.
import type { Normalized } from '../types.js';
import { MappedTextBuilder } from './offsets.js';

/**
 * Circled and parenthesized numbers are list markers in Chinese plans (① … ⑳); NFKC would fold
 * ① into a bare `1` that runs into the text, so they stay as printed.
 */
const KEEP = /[\u2460-\u2473\u24EA\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]/u;
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export function nfkc(text: string): Normalized {
  const out = new MappedTextBuilder();
  for (const match of text.matchAll(CLUSTER)) {
    const cluster = match[0];
    const at = match.index;
    if (KEEP.test(cluster)) {
      out.copy(cluster, at);
      continue;
    }
    const folded = cluster.normalize('NFKC');
    if (folded === cluster) out.copy(cluster, at);
    else out.push(folded, at);
  }
  return out.build(text.length);
}
