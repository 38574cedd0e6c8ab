// First: loading planmine's PDF reader puts back the built-ins that pdf-parse's polyfills replace,
// so the floor runs pdf.js as fast as planmine does.
import { PDF_LOAD_OPTIONS } from '../readers/pdf.js';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import nodejieba from 'nodejieba';
import { PDFParse } from 'pdf-parse';

/**
 * The floor: each file through its bare parser (pdf-parse with the same CJK maps planmine gives it,
 * mammoth, cheerio after iconv) and the text through nodejieba, with no normalization, structure,
 * extraction or database.
 */
export async function timeBareParsers(files: string[]): Promise<{ ms: number; cpuMs: number; byFormat: Record<string, number> }> {
  nodejieba.load();
  const byFormat: Record<string, number> = {};
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const path of files) {
    const t0 = performance.now();
    const bytes = readFileSync(path);
    const ext = extname(path).toLowerCase();
    let text = '';
    if (ext === '.pdf') {
      const parser = new PDFParse({ data: new Uint8Array(bytes), ...PDF_LOAD_OPTIONS });
      text = (await parser.getText()).text;
      await parser.destroy();
    } else if (ext === '.docx') {
      text = (await mammoth.extractRawText({ buffer: bytes })).value;
    } else if (ext === '.html' || ext === '.htm') {
      const charset = /charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1] ?? 'utf-8';
      text = cheerio.load(iconv.decode(bytes, iconv.encodingExists(charset) ? charset : 'utf-8'))('body').text();
    } else {
      text = bytes.toString('utf8');
    }
    nodejieba.cut(text);
    byFormat[ext] = (byFormat[ext] ?? 0) + performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, byFormat };
}
