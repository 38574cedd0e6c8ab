// DOCX: zip-bomb guard, numbering written back into the text, mammoth to HTML, then the HTML path.
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { ReadResult } from '../types.js';
import { LimitExceededError, NoTextError, UnreadableFileError } from '../errors.js';
import { inlineNumbering } from './docx-labels.js';
import { parseNumbering } from './docx-numbering.js';
import { restoreHeadingNumbers } from './heading-numbers.js';
import { htmlToText } from './html.js';
import { MAX_DOCX_BODY_BYTES, type Reader, type ReadOptions } from './reader.js';
import { checkZipLimits, hasZipSignature } from './zip.js';

const MAIN_PART = 'word/document.xml';

export function looksLikeDocx(bytes: Uint8Array): boolean {
  if (!hasZipSignature(bytes)) return false;
  // The part name sits in a local header near the start or in the central directory at the end.
  const probe = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1') + Buffer.from(bytes.subarray(-64 * 1024)).toString('latin1');
  return probe.includes(MAIN_PART);
}

/** JSZip reports damage when a part is inflated, not when the archive is opened: both count. */
async function withInlineNumbering(bytes: Uint8Array, path: string): Promise<Buffer> {
  try {
    return await rewriteNumbering(await JSZip.loadAsync(bytes), path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`damaged DOCX: ${(error as Error).message.replace(/^Bug : /, '')}`, path);
  }
}

async function rewriteNumbering(zip: JSZip, path: string): Promise<Buffer> {
  const numbering = await zip.file('word/numbering.xml')?.async('string');
  const document = await zip.file(MAIN_PART)?.async('string');
  if (document === undefined) throw new UnreadableFileError(`not a DOCX: ${MAIN_PART} missing`, path);
  if (numbering !== undefined) {
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    zip.file(MAIN_PART, inlineNumbering(document, parseNumbering(numbering, styles)));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

export async function readDocx(bytes: Uint8Array, path: string, options: ReadOptions): Promise<ReadResult> {
  if (!hasZipSignature(bytes)) throw new UnreadableFileError('not a DOCX: zip signature missing', path);
  const entries = checkZipLimits(bytes, options, path);
  const body = entries.find((entry) => entry.name === MAIN_PART);
  if (!body) throw new UnreadableFileError(`not a DOCX: ${MAIN_PART} missing`, path);
  if (body.uncompressedSize > MAX_DOCX_BODY_BYTES) {
    throw new LimitExceededError(
      `DOCX body is ${megabytes(body.uncompressedSize)} of XML, more than the ${megabytes(MAX_DOCX_BODY_BYTES)} planmine can parse: split the document`,
      path,
    );
  }
  const buffer = await withInlineNumbering(bytes, path);
  let html: string;
  try {
    // Images carry no text: an empty src keeps mammoth from base64-encoding them.
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })).value;
  } catch (error) {
    throw new UnreadableFileError(`damaged DOCX: ${(error as Error).message}`, path);
  }
  const $ = cheerio.load(html);
  restoreHeadingNumbers($);
  const text = htmlToText($.html(), { selectMain: false });
  if (text.trim() === '') throw new NoTextError('DOCX holds no text', path);
  return { format: 'docx', encoding: null, text, messages: [] };
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx', '.docm', '.dotx'],
  sniff: looksLikeDocx,
  read: readDocx,
};
