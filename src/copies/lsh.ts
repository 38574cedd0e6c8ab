// Locality-sensitive banding of a MinHash signature: the signature is cut into bands of a few
// slots, and two articles become candidates when one whole band agrees. With 21 bands of 6 rows
// a pair at resemblance 0.75 shares a band with probability 0.98, a pair at 0.3 with 0.015: the
// index finds copies while unrelated plans of one genre seldom meet.
import { PERMUTATIONS } from './minhash.js';

export const BANDS = 21;
export const ROWS = 6;
if (BANDS * ROWS > PERMUTATIONS) throw new Error('bands need more slots than the signature has');

/** One key per band: the band's number in the high bits, a hash of its slots below (fits SQLite's and JavaScript's integers). */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5;
    for (let row = 0; row < ROWS; row++) {
      hash ^= signature[band * ROWS + row]!;
      hash = Math.imul(hash, 0x01000193);
      hash ^= hash >>> 15;
    }
    keys.push(band * 2 ** 32 + (hash >>> 0));
  }
  return keys;
}

/** Eight hex digits per slot, big-endian: SQLite's unhex() stores it as a 512-byte blob. */
export function signatureToHex(signature: Uint32Array): string {
  let hex = '';
  for (const slot of signature) hex += slot.toString(16).padStart(8, '0');
  return hex;
}

export function signatureFromBlob(blob: Uint8Array): Uint32Array {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return Uint32Array.from({ length: blob.byteLength / 4 }, (_, i) => view.getUint32(4 * i));
}
