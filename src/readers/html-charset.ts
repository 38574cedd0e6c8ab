// Which charset an HTML page is in: BOM, then what the page declares, then detection only when it says nothing.
import type { Message } from '../types.js';
import { bomEncoding, canonicalEncoding, decodeAs, detectEncoding, type Decoded } from './encoding.js';

/** The declaration must sit near the top; scanning 4 KB keeps a huge page cheap. */
const DECLARATION_WINDOW = 4096;

/** `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`, read as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  const xml = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml?.[1] ?? null;
}

/** Western single-byte labels never fail to decode, so on a Chinese page they prove nothing. */
function isSingleByteWestern(label: string): boolean {
  return /^(iso-?8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/i.test(label.trim());
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

export function decodeHtml(bytes: Uint8Array): { decoded: Decoded; messages: Message[] } {
  const bom = bomEncoding(bytes);
  if (bom) return { decoded: decodeAs(bytes, bom.encoding), messages: [] };

  const label = declaredCharset(bytes);
  if (label === null) return { decoded: decodeAs(bytes, detectEncoding(bytes)), messages: [] };

  const declared = canonicalEncoding(label);
  if (declared) {
    const decoded = decodeAs(bytes, declared);
    if (decoded.replacements === 0) return { decoded, messages: [] };
    const alternative = decodeAs(bytes, detectEncoding(bytes));
    if (alternative.replacements < decoded.replacements) {
      return { decoded: alternative, messages: [mismatch(label, alternative)] };
    }
    return { decoded, messages: [] };
  }
  if (isSingleByteWestern(label) && !hasHighBytes(bytes)) return { decoded: decodeAs(bytes, 'utf-8'), messages: [] };
  const detected = decodeAs(bytes, detectEncoding(bytes));
  return { decoded: detected, messages: [mismatch(label, detected)] };
}

function mismatch(label: string, used: Decoded): Message {
  const name = used.encoding.toUpperCase();
  return {
    severity: 'warning',
    origin: 'html:charset-mismatch',
    reason: `declared charset ${label.toLowerCase()} but bytes are ${name}: decoded as ${name}`,
  };
}
