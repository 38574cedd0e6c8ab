// What two copies of one article share: overlapping runs of its content characters. Spaces,
// punctuation and line breaks differ between a page, its PDF and its Word file; Han characters,
// digits and Latin letters do not. Digits stay: two schools that filled in one county template
// differ mostly in their figures, and those must count.

/** Content characters per shingle: long enough that a shared shingle means shared wording, short enough that an edit costs few. */
export const SHINGLE_SIZE = 5;

/**
 * Broder's MOD-m sampling: only shingles whose id falls in one residue class go into the
 * signature. The kept shares of two texts estimate the same resemblance as all their shingles,
 * and MinHash has a quarter of the values to hash.
 */
export const SAMPLE_MODULUS = 4;

/** Han (BMP and, through surrogates, the extensions), ASCII digits and letters, % and the decimal point. */
function isContentUnit(unit: number): boolean {
  return (
    (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0xf900 && unit <= 0xfaff) ||
    (unit >= 0xd800 && unit <= 0xdfff) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a) ||
    unit === 0x25 || unit === 0x2e
  );
}

/** The text's content as UTF-16 units, Latin letters lowercased. */
export function contentUnits(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let unit = text.charCodeAt(i);
    if (unit >= 0x41 && unit <= 0x5a) unit += 0x20;
    if (isContentUnit(unit)) out[n++] = unit;
  }
  return out.subarray(0, n);
}

/** FNV-1a over the shingle's units: a stable 32-bit id, the same on every thread and in every run. */
function fnv1a(units: Uint16Array, from: number, size: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < from + size; i++) {
    hash ^= units[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The distinct ids (unsigned 32-bit) of the text's shingles that fall in the sample. */
export function shingleIds(text: string, size = SHINGLE_SIZE, modulus = SAMPLE_MODULUS): number[] {
  const units = contentUnits(text);
  const ids = new Set<number>();
  for (let i = 0; i + size <= units.length; i++) {
    const id = fnv1a(units, i, size);
    // FNV's low bits mix poorly: the residue is taken from the high ones.
    if ((id >>> 24) % modulus === 0) ids.add(id);
  }
  return [...ids];
}
