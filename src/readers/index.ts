// Reader registry: the bytes decide the format (a page saved as .pdf is still HTML), the name only breaks ties.
import { extname } from 'node:path';
import type { Format, ReadResult } from '../types.js';
import { NoTextError, UnreadableFileError } from '../errors.js';
import { docxReader } from './docx.js';
import { CONVERT_ADVICE, docReader } from './doc.js';
import { htmlReader } from './html.js';
import { pdfReader } from './pdf.js';
import { DEFAULT_READ_OPTIONS, type Reader, type ReadOptions } from './reader.js';
import { hasZipSignature } from './zip.js';
import { textReader } from './text.js';
import { detectUtf16 } from './encoding.js';

export type { Reader, ReadOptions } from './reader.js';
export { DEFAULT_READ_OPTIONS } from './reader.js';

/** Sniffing order: binary signatures before markup, text last (it has no signature). */
export const READERS: readonly Reader[] = [pdfReader, docxReader, docReader, htmlReader, textReader];

function byExtension(path: string): Reader | undefined {
  const extension = extname(path).toLowerCase();
  return READERS.find((reader) => reader.extensions.includes(extension));
}

export function detectFormat(bytes: Uint8Array, path: string): Format | null {
  const sniffed = READERS.find((reader) => reader.sniff(bytes));
  if (sniffed) return sniffed.format;
  const named = byExtension(path);
  // A file named .pdf/.docx without the signature is not one; text is the only safe guess left.
  if (named && (named.format === 'text' || named.format === 'html')) return named.format;
  if (named) return null;
  return looksBinary(bytes) ? null : 'text';
}

/** NUL bytes do not occur in text in the encodings we read, UTF-16 aside (with a BOM or without). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const zeros = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  return zeros > sample.length / 4 && !(sample[0] === 0xff || sample[0] === 0xfe) && detectUtf16(bytes) === null;
}

function explainUnknown(bytes: Uint8Array, path: string): UnreadableFileError {
  const named = byExtension(path);
  if (named?.format === 'docx') {
    return new UnreadableFileError(hasZipSignature(bytes) ? 'not a DOCX: word/document.xml missing' : 'not a DOCX: zip signature missing', path);
  }
  if (named?.format === 'pdf') return new UnreadableFileError('not a PDF: %PDF- signature missing', path);
  if (named?.format === 'doc') return new UnreadableFileError(`not a Word 97 file: OLE2 signature missing (a Kingsoft-only .wps?): ${CONVERT_ADVICE}`, path);
  return new UnreadableFileError('unknown format: neither PDF, DOCX, DOC, HTML nor text', path);
}

export async function readFile(bytes: Uint8Array, path: string, options: Partial<ReadOptions> = {}): Promise<ReadResult> {
  // Whatever its name promises, a zero-byte file is a failed download, not a damaged PDF or DOCX.
  if (bytes.length === 0) throw new NoTextError('empty file (0 bytes)', path);
  const format = detectFormat(bytes, path);
  const reader = READERS.find((candidate) => candidate.format === format);
  if (!reader) throw explainUnknown(bytes, path);
  return reader.read(bytes, path, { ...DEFAULT_READ_OPTIONS, ...options });
}
