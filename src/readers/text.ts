// Plain text: decode only. Chrome and layout are left to the structure stage, which sees every format alike.
import type { ReadResult } from '../types.js';
import { NoTextError, UnreadableFileError } from '../errors.js';
import { decodeText } from './encoding.js';
import type { Reader } from './reader.js';
import { isHardWrapped, isPageMarker, joinWrappedLines } from './pdf-layout.js';

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
  return { format: 'text', encoding: decoded.encoding, text: rejoinHardWraps(text), messages };
}

/**
 * PDF text saved as .txt keeps the page's line breaks mid-sentence, which cut clauses from their
 * figures (`…学生参与率` / `100%。`): such text has its wrapped lines joined as the PDF reader joins
 * them. A page footer or a line repeating an earlier one (the running title) between two halves of a
 * sentence is kept as a line of its own. Text with one paragraph a line is returned as it is.
 */
function rejoinHardWraps(text: string): string {
  const lines = text.split('\n');
  if (!isHardWrapped(lines)) return text;
  const seen = new Set<string>();
  const repeats = new Set<string>();
  for (const line of lines) {
    const key = line.trim();
    if (key.length >= MIN_REPEATED_LINE && seen.has(key)) repeats.add(key);
    seen.add(key);
  }
  return joinWrappedLines(lines, (line) => isPageMarker(line) || repeats.has(line.trim())).join('\n');
}

/** A running title repeated on every page is at least this long; shorter repeats are ordinary lines. */
const MIN_REPEATED_LINE = 6;

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text', '.md', '.csv'],
  // Text has no signature: it is the fallback, never claimed by sniffing.
  sniff: () => false,
  read: async (bytes, path) => readText(bytes, path),
};
