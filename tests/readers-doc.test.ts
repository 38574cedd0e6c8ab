import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readFile } from '../src/readers/index.js';
import { ole2Streams } from '../src/readers/ole2.js';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';

// Made once with LibreOffice from invented text (MS Word 97 filter); tests never need LibreOffice.
const DOC = new Uint8Array(readFileSync(new URL('./fixtures/doc/qinghe-xiaoxue-2024.doc', import.meta.url)));
const CONVERT = 'libreoffice --headless --convert-to docx';

/** A copy of the fixture with one stream renamed in the directory (same length, so the layout holds). */
function renameStream(from: string, to: string): Uint8Array {
  const copy = new Uint8Array(DOC);
  const needle = Buffer.from(from, 'utf16le');
  const at = Buffer.from(copy).indexOf(needle);
  expect(at).toBeGreaterThan(0);
  copy.set(Buffer.from(to.padEnd(from.length, '_').slice(0, from.length), 'utf16le'), at);
  return copy;
}

/** A copy with bit 8 of the FIB flags set, as Word writes it for a password-protected document. */
function markEncrypted(): Uint8Array {
  const copy = new Uint8Array(DOC);
  const word = ole2Streams(copy).find((s) => s.name === 'WordDocument')!;
  const at = (word.startSector + 1) * 512 + 0x0a;
  copy[at + 1] = copy[at + 1]! | 0x01;
  return copy;
}

describe('Word 97 (.doc)', () => {
  it('is recognised by its OLE2 signature whatever the name, .wps included', () => {
    expect(detectFormat(DOC, 'plan.doc')).toBe('doc');
    expect(detectFormat(DOC, 'plan.wps')).toBe('doc');
    expect(detectFormat(DOC, 'download.bin')).toBe('doc');
  });

  it('reads paragraphs as lines, with the figures and headings intact', async () => {
    const result = await readFile(DOC, 'plan.wps');
    const lines = result.text.split('\n');
    expect(result.format).toBe('doc');
    expect(lines[0]).toBe('青禾县实验小学课后服务质量提升实施方案');
    expect(lines).toContain('一、工作目标');
    expect(lines).toContain('组长：林晓东（校长）');
    expect(result.text).toContain('学生课后服务参与率达到95%以上');
  });

  it('tells how to convert a password-protected file', async () => {
    await expect(readFile(markEncrypted(), 'plan.doc')).rejects.toThrow(/password-protected Word file: .*save it as \.docx/);
  });

  it('tells how to convert an OLE2 file without a Word document (Kingsoft-only .wps)', async () => {
    await expect(readFile(renameStream('WordDocument', 'WpsContent'), 'plan.wps')).rejects.toThrow(/no WordDocument stream.*libreoffice --headless --convert-to docx/);
  });

  it('tells how to convert a damaged file', async () => {
    await expect(readFile(DOC.subarray(0, 1536), 'plan.doc')).rejects.toThrow(CONVERT);
  });

  it('tells how to convert a .wps that is not in the Word 97 format', async () => {
    const kingsoft = Buffer.concat([Buffer.from([0x57, 0x50, 0x53, 0x00, 0x01, 0x00]), Buffer.alloc(600, 0x13)]);
    await expect(readFile(kingsoft, 'plan.wps')).rejects.toThrow(/not a Word 97 file.*save it as \.docx/);
  });
});

describe('ingesting a .doc', () => {
  it('stores its article, facts and targets like any other format', async () => {
    const dir = tempDir('planmine-doc-');
    mkdirSync(join(dir, 'school'));
    writeFileSync(join(dir, 'school', 'qinghe.doc'), DOC);
    const { db } = await freshDatabase();
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ ingested: 1, failed: 0 });
    expect(await db.get('SELECT format FROM files')).toEqual({ format: 'doc' });
    const document = await db.get<{ title: string; organization: string }>('SELECT title, organization FROM documents');
    expect(document?.title).toBe('青禾县实验小学课后服务质量提升实施方案');
    expect(await count(db, "SELECT count(*) AS n FROM targets WHERE value = 95 AND unit = '%'")).toBe(1);
    expect(await count(db, 'SELECT count(*) AS n FROM phases')).toBe(3);
    await db.close();
  });
});
