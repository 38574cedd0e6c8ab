import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, readFile } from '../src/readers/index.js';

const CORPUS = new URL('../corpus/docs/', import.meta.url);
const corpusFile = (name: string) => new Uint8Array(readFileSync(new URL(name, CORPUS)));

describe('format detection', () => {
  it('trusts signatures over file names', () => {
    expect(detectFormat(corpusFile('hebei-handan-xiaoxue.pdf'), 'plan.html')).toBe('pdf');
    expect(detectFormat(corpusFile('zhejiang-shaoxing-chuzhong.docx'), 'plan.bin')).toBe('docx');
    expect(detectFormat(Buffer.from('<!DOCTYPE html><html><body>方案</body></html>'), 'plan.docx')).toBe('html');
  });

  it('falls back to the extension and to text, and gives up on unsigned binary names', () => {
    expect(detectFormat(Buffer.from('学校工作计划'), 'plan.txt')).toBe('text');
    expect(detectFormat(Buffer.from('学校工作计划'), 'plan')).toBe('text');
    expect(detectFormat(Buffer.from('学校工作计划'), 'plan.pdf')).toBeNull();
  });

  it('sends OLE2 compound files (Word 97) to the .doc reader, not to "not text: binary data"', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    expect(detectFormat(ole2, 'download.bin')).toBe('doc');
    await expect(readFile(ole2, 'download.bin')).rejects.toThrow(/Word file .*save it as \.docx/);
  });

  it('explains a .pdf that is not a PDF', async () => {
    await expect(readFile(Buffer.from('学校工作计划'), 'plan.pdf')).rejects.toThrow('not a PDF');
  });
});

describe('compilation page as text', () => {
  it('keeps both article markers and the chrome around them for the structure stage', async () => {
    const result = await readFile(corpusFile('jingxuan-2pian.txt'), 'jingxuan-2pian.txt');
    const lines = result.text.split('\n');
    expect(result.format).toBe('text');
    expect(lines).toContain('第1篇');
    expect(lines).toContain('第2篇');
    expect(lines.indexOf('第1篇')).toBeLessThan(lines.indexOf('第2篇'));
    expect(lines.some((line) => line.includes('精选2篇'))).toBe(true);
  });
});
