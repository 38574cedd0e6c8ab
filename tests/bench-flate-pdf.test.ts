// The bench's PDF bomb is built by streaming deflate; its figure means something only if the file
// is a PDF whose stream inflates to the stated size and that planmine reads like any other.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { pageContent, writeFlatePdf } from '../src/bench/flate-pdf.js';
import { checkPdfInflation } from '../src/readers/pdf-inflation.js';
import { readFile } from '../src/readers/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'planmine-flate-pdf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function built(name: string, inflatedBytes: number): Promise<Buffer> {
  const path = join(scratch, name);
  const size = await writeFlatePdf(path, inflatedBytes);
  const bytes = readFileSync(path);
  expect(bytes.length).toBe(size);
  return bytes;
}

describe('writeFlatePdf', () => {
  it('writes a content stream that inflates to exactly the stated size, the page text first', async () => {
    const inflated = 3 * 1024 * 1024 + 17;
    const pdf = await built('three.pdf', inflated);
    const text = pdf.toString('latin1');
    const length = Number(/\/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/.exec(text)?.[1]);
    const start = text.indexOf('stream\n') + 'stream\n'.length;
    expect(text.slice(start + length, start + length + '\nendstream'.length)).toBe('\nendstream');
    const data = inflateSync(pdf.subarray(start, start + length));
    expect(data.length).toBe(inflated);
    expect(data.subarray(0, pageContent().length).equals(pageContent())).toBe(true);
    expect(data.subarray(pageContent().length).every((byte) => byte === 0x20)).toBe(true);
    // A bomb is small: blanks deflate about a thousand to one.
    expect(pdf.length).toBeLessThan(inflated / 200);
  });

  it('points every cross-reference entry at its object', async () => {
    const text = (await built('xref.pdf', 64 * 1024)).toString('latin1');
    // The table's own line, not the `startxref` that points at it.
    const xrefAt = text.lastIndexOf('\nxref\n') + 1;
    const xref = text.slice(xrefAt);
    const offsets = [...xref.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, i) => expect(text.startsWith(`${i + 1} 0 obj\n`, offset)).toBe(true));
    expect(Number(/startxref\n(\d+)/.exec(text)?.[1])).toBe(xrefAt);
  });

  it('is refused by the inflation check above its limit and read as a plan below it', async () => {
    const pdf = await built('checked.pdf', 2 * 1024 * 1024);
    await expect(checkPdfInflation(pdf, 1024 * 1024, 'checked.pdf')).rejects.toThrow(/inflate to more than 1 MB \(decompression bomb\?\)/);
    await expect(checkPdfInflation(pdf, 4 * 1024 * 1024, 'checked.pdf')).resolves.toBeUndefined();
    const read = await readFile(await built('plan.pdf', 64 * 1024), 'plan.pdf');
    expect(read.format).toBe('pdf');
    expect(read.text).toContain('学生体质健康合格率达到97%以上');
  });
});
