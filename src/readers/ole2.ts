// Just enough of the OLE2 compound file format (MS-CFB) to tell a Word 97 file from the other
// things stored in that container (Excel, PowerPoint, password-protected DOCX, Kingsoft's own
// .wps) and to see the "encrypted" flag, so each gets its own reason before word-extractor runs.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const HEADER_FAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;
/** A damaged FAT can loop: no real directory needs more sectors than this. */
const MAX_DIRECTORY_SECTORS = 4096;

export function hasOle2Signature(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

export interface Ole2Stream {
  name: string;
  startSector: number;
  size: number;
}

/** The streams named in the file's directory; empty when the header or the directory is damaged. */
export function ole2Streams(bytes: Uint8Array): Ole2Stream[] {
  if (!hasOle2Signature(bytes) || bytes.length < 512) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_FAT_ENTRIES; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  const nextSector = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    const at = fatSector === undefined ? -1 : sectorOffset(fatSector) + 4 * (sector % perSector);
    return at < 0 || at + 4 > bytes.length ? END_OF_CHAIN : view.getUint32(at, true);
  };
  const streams: Ole2Stream[] = [];
  let sector = view.getUint32(0x30, true);
  for (let seen = 0; sector !== END_OF_CHAIN && seen < MAX_DIRECTORY_SECTORS; seen++, sector = nextSector(sector)) {
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) break;
    for (let entry = start; entry < start + sectorSize; entry += DIRECTORY_ENTRY_BYTES) {
      const nameBytes = view.getUint16(entry + 0x40, true);
      if (view.getUint8(entry + 0x42) !== 2 || nameBytes < 2 || nameBytes > 64) continue;
      const name = Buffer.from(bytes.subarray(entry, entry + nameBytes - 2)).toString('utf16le');
      streams.push({ name, startSector: view.getUint32(entry + 0x74, true), size: view.getUint32(entry + 0x78, true) });
    }
  }
  return streams;
}

/** Word's File Information Block starts its WordDocument stream; bit 8 of its flags marks encryption. */
const FIB_MAGIC = 0xa5ec;
const FIB_ENCRYPTED = 0x0100;

/** True when the WordDocument stream's FIB says the document is password-protected. */
export function wordDocumentEncrypted(bytes: Uint8Array, streams: readonly Ole2Stream[]): boolean {
  const word = streams.find((s) => s.name === 'WordDocument');
  if (!word) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  const at = (word.startSector + 1) * sectorSize;
  if (at + 12 > bytes.length || view.getUint16(at, true) !== FIB_MAGIC) return false;
  return (view.getUint16(at + 0x0a, true) & FIB_ENCRYPTED) !== 0;
}
