// Plain text: decode only. Chrome and layout are left to the structure stage, which sees every format alike.
import type { ReadResult } from '../types.js';
import { NoTextError } from '../errors.js';
import { decodeText } from './encoding.js';
import type { Reader } from './reader.js';

export function readText(bytes: Uint8Array, path: string): ReadResult {
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new NoTextError('empty text file', path);
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
