// Reads a ZIP's central directory without inflating anything, so that a DOCX can be refused
// before mammoth expands it (zip bombs: huge declared sizes or a flood of entries).
import { inflateRawSync } from 'node:zlib';
import { LimitExceededError, UnreadableFileError } from '../errors.js';

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function hasZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && readU32(bytes, 0) === LOCAL_HEADER;
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (readU16(bytes, at) | (readU16(bytes, at + 2) << 16)) >>> 0;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (readU32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

export function listZipEntries(bytes: Uint8Array, path?: string): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw new UnreadableFileError('truncated or damaged ZIP: central directory not found', path);
  const count = readU16(bytes, end + 10);
  const offset = readU32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new UnreadableFileError('ZIP64 archives are not supported', path);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || readU32(bytes, at) !== CENTRAL_HEADER) {
      throw new UnreadableFileError('damaged ZIP: central directory entry out of place', path);
    }
    const nameLength = readU16(bytes, at + 28);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    entries.push({
      name,
      uncompressedSize: readU32(bytes, at + 24),
      compressedSize: readU32(bytes, at + 20),
      method: readU16(bytes, at + 10),
      localHeaderOffset: readU32(bytes, at + 42),
    });
    at += 46 + nameLength + readU16(bytes, at + 30) + readU16(bytes, at + 32);
  }
  return entries;
}

/** Throws unless the archive is within both limits; returns its entries. */
export function checkZipLimits(
  bytes: Uint8Array,
  limits: { maxZipEntries: number; maxUncompressedBytes: number },
  path?: string,
): ZipEntry[] {
  const entries = listZipEntries(bytes, path);
  if (entries.length > limits.maxZipEntries) {
    throw new LimitExceededError(`ZIP holds ${entries.length} entries, more than the limit of ${limits.maxZipEntries}`, path);
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new LimitExceededError(
      `ZIP expands to ${total} bytes, more than the limit of ${limits.maxUncompressedBytes} (zip bomb?)`,
      path,
    );
  }
  checkInflatedSizes(bytes, entries, path);
  return entries;
}

/** How far past its declared size an entry may inflate before it counts as a bomb rather than damage. */
const BOMB_MARGIN = 1024 * 1024;

/**
 * The directory may understate sizes: each deflated entry is inflated with its declared size as a
 * cap (plus a margin), so a lying archive is stopped there instead of filling memory.
 */
function checkInflatedSizes(bytes: Uint8Array, entries: ZipEntry[], path?: string): void {
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || readU32(bytes, at) !== LOCAL_HEADER) {
      throw new UnreadableFileError(`damaged ZIP: local header of ${entry.name} out of place`, path);
    }
    const start = at + 30 + readU16(bytes, at + 26) + readU16(bytes, at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    let inflated: number;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + BOMB_MARGIN }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new LimitExceededError(`ZIP entry ${entry.name} expands far beyond its declared ${entry.uncompressedSize} bytes (zip bomb?)`, path);
      }
      throw new UnreadableFileError(`damaged ZIP: ${entry.name} cannot be inflated (${(error as Error).message})`, path);
    }
    // A few bytes off is a damaged file, not an attack.
    if (inflated !== entry.uncompressedSize) {
      throw new UnreadableFileError(`damaged ZIP: ${entry.name} inflates to ${inflated} bytes, not the declared ${entry.uncompressedSize}`, path);
    }
  }
}
