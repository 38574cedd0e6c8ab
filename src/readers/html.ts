// HTML: decode by declared or detected charset, keep the main content block, render it as lines.
import * as cheerio from 'cheerio';
import type { ReadResult } from '../types.js';
import { NoTextError } from '../errors.js';
import { removeChromeLines } from './chrome.js';
import { decodeHtml } from './html-charset.js';
import { removeChrome, selectMainContent } from './html-content.js';
import { renderLines } from './html-render.js';
import { titleBefore } from './html-title.js';
import type { Reader } from './reader.js';

export interface HtmlToTextOptions {
  /** Pages need the main block chosen; converted documents (DOCX) are all content. */
  selectMain: boolean;
}

/** Text of an HTML document as reader lines; also the back half of the DOCX reader. */
export function htmlToText(html: string, options: HtmlToTextOptions): string {
  const $ = cheerio.load(html);
  const root = $.root()[0];
  if (!root) return '';
  removeChrome(root);
  const body = $('body')[0] ?? root;
  if (!options.selectMain) return removeChromeLines(renderLines(body)).join('\n');
  const content = selectMainContent(body);
  const lines = removeChromeLines(renderLines(content));
  const title = content === body ? null : titleBefore(content);
  // Many pages repeat the title as the first line of the body: keep one.
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  if (title && !squeeze(lines[0] ?? '').startsWith(squeeze(title))) lines.unshift(title);
  return lines.join('\n');
}

const HTML_SIGNATURE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|title)\b/i;

/** Looks at the first KB as Latin-1 (every charset we meet keeps ASCII markup as is, UTF-16 aside). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('\xef\xbb\xbf')) head = head.slice(3);
  return HTML_SIGNATURE.test(head) || /<html[\s>]/i.test(head);
}

export function readHtml(bytes: Uint8Array, path: string): ReadResult {
  const { decoded, messages } = decodeHtml(bytes);
  const text = htmlToText(decoded.text, { selectMain: true });
  if (text.trim() === '') throw new NoTextError('no text in the HTML page', path);
  return { format: 'html', encoding: decoded.encoding, text, messages };
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.shtml', '.xhtml', '.asp', '.aspx', '.php', '.jsp'],
  sniff: looksLikeHtml,
  read: async (bytes, path) => readHtml(bytes, path),
};
