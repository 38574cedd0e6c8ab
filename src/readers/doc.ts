// Word 97-2003 binary files (.doc, and .wps/.dot saved in that format) through word-extractor, a
// maintained pure-JS reader of the format that takes a Buffer; the text then goes the way of DOCX.
import type { ReadResult } from '../types.js';
import { NoTextError, UnreadableFileError } from '../errors.js';
import { hasOle2Signature, ole2Streams, wordDocumentEncrypted } from './ole2.js';
import type { Reader } from './reader.js';

/** What a researcher can do with any Word-family file planmine cannot read. */
export const CONVERT_ADVICE = 'open it in WPS, Word or LibreOffice and save it as .docx (or run `libreoffice --headless --convert-to docx FILE`)';

/** The container holds no Word document: say what it probably is, then how to get a readable file. */
function notWord(names: readonly string[]): string {
  if (names.includes('EncryptedPackage')) return `password-protected Word file (encrypted DOCX): ${CONVERT_ADVICE} without a password`;
  if (names.includes('Workbook') || names.includes('Book')) return 'an Excel workbook (.xls), not a Word document';
  if (names.includes('PowerPoint Document')) return 'a PowerPoint file (.ppt), not a Word document';
  return `legacy Word file could not be read (no WordDocument stream: a Kingsoft-only .wps or a damaged file): ${CONVERT_ADVICE}`;
}

/** Word 97 keeps a cell's end as U+0007 and a page break as U+000C; the pipeline wants tabs and lines. */
function plainText(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/\x07(?=\n)/g, '').replace(/\x07/g, '\t').replace(/\x0c/g, '\n');
}

export async function readDoc(bytes: Uint8Array, path: string): Promise<ReadResult> {
  if (!hasOle2Signature(bytes)) throw new UnreadableFileError('not a Word 97 file: OLE2 signature missing', path);
  const streams = ole2Streams(bytes);
  const names = streams.map((s) => s.name);
  if (streams.length > 0 && !names.includes('WordDocument')) throw new UnreadableFileError(notWord(names), path);
  if (wordDocumentEncrypted(bytes, streams)) {
    throw new UnreadableFileError(`password-protected Word file: ${CONVERT_ADVICE} without a password`, path);
  }
  let body: string;
  try {
    // Loaded on the first .doc: a worker that never meets one starts without it.
    const { default: WordExtractor } = await import('word-extractor');
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    throw new UnreadableFileError(`legacy Word file could not be read (${(error as Error).message}): ${CONVERT_ADVICE}`, path);
  }
  const text = plainText(body);
  if (text.trim() === '') throw new NoTextError('Word file holds no text', path);
  return { format: 'doc', encoding: null, text, messages: [] };
}

export const docReader: Reader = {
  format: 'doc',
  extensions: ['.doc', '.dot', '.wps'],
  sniff: hasOle2Signature,
  read: readDoc,
};
