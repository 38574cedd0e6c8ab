// Offset maps let evidence found in normalized text be traced back to the raw text a reader gave.
import type { Normalized } from '../types.js';

/** The map of a step that changed nothing: output character i came from input character i. */
export function identityMap(length: number): Int32Array {
  const map = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return map;
}

/**
 * Chains two steps: `inner` maps the middle text to the original, `outer` maps the final text to
 * the middle one; the result maps the final text straight to the original.
 */
export function composeMaps(inner: Int32Array, outer: Int32Array): Int32Array {
  const map = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) map[i] = inner[outer[i]!] ?? inner[inner.length - 1]!;
  return map;
}

/** Runs normalizers in order and keeps one map from the last output back to the first input. */
export function chain(text: string, steps: readonly ((text: string) => Normalized)[]): Normalized {
  let current: Normalized = { text, map: identityMap(text.length) };
  for (const step of steps) {
    const next = step(current.text);
    current = { text: next.text, map: composeMaps(current.map, next.map) };
  }
  return current;
}

/** Builds an output text piece by piece while remembering where each piece came from. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];

  /** Appends `piece`; every one of its characters points at input offset `from`. */
  push(piece: string, from: number): void {
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) this.offsets.push(from);
  }

  /** Appends input text unchanged, character for character, starting at input offset `from`. */
  copy(piece: string, from: number): void {
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) this.offsets.push(from + i);
  }

  get length(): number {
    return this.offsets.length;
  }

  /** The result; the end sentinel points at the end of the input. */
  build(inputLength: number): Normalized {
    const map = new Int32Array(this.offsets.length + 1);
    map.set(this.offsets);
    map[this.offsets.length] = inputLength;
    return { text: this.parts.join(''), map };
  }
}
