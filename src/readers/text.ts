// Plain text: decode only. Chrome and layout are left to the structure stage, which sees every format alike.
import type { ReadResult } from '../types.js';
import { NoTextError, UnreadableFileError } from '../errors.js';
import { decodeText } from './encoding.js';
import type { Reader } from './reader.js';

/** Above this share of undecodable or control characters the bytes are not text in any encoding we read. */
const MAX_GARBAGE_SHARE = 0.1;

function garbageShare(text: string): number {
  const garbage = text.match(/[\uFFFD\x00-\x08\x0E-\x1F\x7F]/g)?.length ?? 0;
  return text.length === 0 ? 0 : garbage / text.length;
}

export function readText(bytes: Uint8Array, path: string): ReadResult {
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new NoTextError('empty text file', path);
  // Random bytes, images or archives without a known signature decode to noise, not to a document.
  const share = garbageShare(text);
  if (share > MAX_GARBAGE_SHARE) {
    throw new UnreadableFileError(`not text: binary data (${Math.round(share * 100)}% of characters undecodable or control codes)`, path);
  }
  const messages: ReadResult['messages'] = [];
  if (decoded.replacements > 0) {
    messages.push({
      severity: 'warning',
      origin: 'text:undecodable',
      reason: `${decoded.replacements} byte sequences are not valid ${decoded.encoding}: replaced with U+FFFD`,
    });
  }
  return { format: 'text', encoding: decoded.encoding, text, messages };
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text', '.md', '.csv'],
  // Text has no signature: it is the fallback, never claimed by sniffing.
  sniff: () => false,
  read: async (bytes, path) => readText(bytes, path),
};
