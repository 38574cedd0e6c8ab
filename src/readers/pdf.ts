// PDF: text per page through pdf-parse (pdf.js) with the CJK character maps, then layout clean-up.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// First, so it sees the built-ins before pdf-parse's polyfills replace them.
import { restoreNativeBuiltins } from './native-builtins.js';
import { PDFParse } from 'pdf-parse';
import type { ReadResult } from '../types.js';
import { LimitExceededError, NoTextError, UnreadableFileError } from '../errors.js';
import { removeChromeLines } from './chrome.js';
import { cleanPdfPages } from './pdf-layout.js';
import { checkPdfInflation } from './pdf-inflation.js';
import type { Reader, ReadOptions } from './reader.js';

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

// pdf.js loads its worker half (with the same polyfills) at the first PDF; load it now, so that
// the built-ins are restored once, before any file is read.
// @ts-expect-error pdfjs-dist ships no types for its worker module
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
restoreNativeBuiltins();

/**
 * Without the character maps, text in a predefined CJK encoding (UniGB-UCS2-H and kin, no
 * ToUnicode) comes back empty and pdf.js reports no error.
 */
export const PDF_LOAD_OPTIONS = {
  cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
  verbosity: 0,
};

export function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (a BOM, whitespace) within the first KB.
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

function hasEndMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf('%%EOF') !== -1;
}

function explain(error: unknown, path: string): Error {
  const name = (error as Error | undefined)?.name ?? '';
  if (name === 'PasswordException') return new UnreadableFileError('encrypted PDF', path);
  if (name === 'InvalidPDFException') return new UnreadableFileError('damaged PDF: no readable structure', path);
  return new UnreadableFileError(`damaged PDF: ${(error as Error).message}`, path);
}

export async function readPdf(bytes: Uint8Array, path: string, options: ReadOptions): Promise<ReadResult> {
  if (!looksLikePdf(bytes)) throw new UnreadableFileError('not a PDF: %PDF- signature missing', path);
  // pdf.js rebuilds a cut file silently; a missing end marker is the sign of a partial download.
  if (!hasEndMarker(bytes)) throw new UnreadableFileError('truncated PDF', path);
  await checkPdfInflation(bytes, options.maxUncompressedBytes, path);
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), ...PDF_LOAD_OPTIONS });
  try {
    let pages: number;
    try {
      pages = (await parser.getInfo()).total;
    } catch (error) {
      throw explain(error, path);
    }
    if (pages > options.maxPages) {
      throw new LimitExceededError(`PDF has ${pages} pages, more than the limit of ${options.maxPages}`, path);
    }
    let texts: string[];
    try {
      texts = (await parser.getText({ pageJoiner: '' })).pages.map((page) => page.text);
    } catch (error) {
      throw explain(error, path);
    }
    // PDFs printed from portal pages carry the same breadcrumbs and counters as the pages.
    const text = removeChromeLines(cleanPdfPages(texts).split('\n')).join('\n');
    if (text.replace(/\s/g, '') === '') throw new NoTextError('no text layer (scanned?)', path);
    return { format: 'pdf', encoding: null, text, pages, messages: [] };
  } finally {
    await parser.destroy();
  }
}

export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  sniff: looksLikePdf,
  read: readPdf,
};
