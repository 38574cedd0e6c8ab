// MinHash signatures of an article's shingles, computed by bloom-filters' MinHash. Its factory
// draws the hash functions at random per process, so signatures from two worker threads (or two
// runs) could not be compared; planmine passes the same fixed functions to the MinHash
// constructor everywhere instead, which keeps every signature in the database comparable.
import bloomFilters, { type MinHash as MinHashSketch } from 'bloom-filters';
import { shingleIds } from './shingles.js';
import { seededRandom } from './random.js';

const { MinHash } = bloomFilters;

/** Hash functions per signature: the similarity estimate's standard error is about 0.03 near 0.9. */
export const PERMUTATIONS = 128;
/** The largest prime below 2^32: every hash fits an unsigned 32-bit slot. */
const PRIME = 4294967291;
/** a < 2^21 and ids < 2^32 keep a·x + b below 2^53, where JavaScript's arithmetic is exact. */
const MAX_MULTIPLIER = 2 ** 21;
/** Fewer sampled shingles (about a quarter of the content characters) than this is too little text to call anything a copy of it. */
export const MIN_SHINGLES = 8;

/** Drawn once from a fixed seed: the hash functions are part of the stored format, never redrawn. */
function fixedHashFunctions(count: number, seed: number): { a: number; b: number; c: number }[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => ({ a: 1 + Math.floor(next() * (MAX_MULTIPLIER - 1)), b: Math.floor(next() * PRIME), c: PRIME }));
}

const HASH_FUNCTIONS = fixedHashFunctions(PERMUTATIONS, 0x706c616e);

/** The article's MinHash signature, or null when it has too little content to compare. */
export function copySignature(text: string): Uint32Array | null {
  const ids = shingleIds(text);
  if (ids.length < MIN_SHINGLES) return null;
  const sketch: MinHashSketch = new MinHash(PERMUTATIONS, HASH_FUNCTIONS);
  for (const id of ids) sketch.add(id);
  return Uint32Array.from(sketch._signature);
}

/** Share of equal slots: MinHash's estimate of the two shingle sets' Jaccard similarity (as MinHash.compareWith). */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) equal++;
  return equal / PERMUTATIONS;
}
