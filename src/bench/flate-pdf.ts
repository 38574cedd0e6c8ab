// A one-page PDF whose Flate content stream inflates to any size: a decompression bomb at 1.5 GB,
// an ordinary PDF at a few KB. The stream is deflated chunk by chunk from one reused buffer of
// blanks, so building a 1.5 GB bomb costs the bench a few MB, not the 1.5 GB it inflates to.
import { createDeflate, constants } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { writeFileSync } from 'node:fs';

/** An invented plan, printed in a predefined CJK font as office printers do (no embedded font). */
const PAGE_TEXT = ['甲市第七实验小学教育质量提升实施方案', '一、工作目标', '到2027年，学生体质健康合格率达到97%以上，优秀率不低于30%。', '二、组织保障', '成立工作领导小组，校长任组长，教导处具体负责。'];

const FILL = Buffer.alloc(1024 * 1024, 0x20);

/** The page's drawing operators: the text, in UTF-16BE hex strings for the UniGB-UCS2-H CMap. */
export function pageContent(): Buffer {
  const hex = (line: string): string => Buffer.from(line, 'utf16le').swap16().toString('hex');
  return Buffer.from(`BT /F1 12 Tf 72 760 Td ${PAGE_TEXT.map((line) => `<${hex(line)}> Tj 0 -20 Td`).join(' ')} ET\n`, 'latin1');
}

/** Deflates `head` followed by blanks up to `total` bytes, never holding more than one chunk of input. */
export async function deflateWithBlanks(head: Buffer, total: number): Promise<Buffer> {
  if (total < head.length) throw new RangeError(`a stream of ${total} bytes cannot hold its ${head.length}-byte content`);
  async function* input(): AsyncGenerator<Buffer> {
    yield head;
    for (let left = total - head.length; left > 0; left -= FILL.length) yield left >= FILL.length ? FILL : FILL.subarray(0, left);
  }
  const parts: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      done();
    },
  });
  // Z_RLE finds the same 258-byte runs as a full search over blanks, many times faster.
  await pipeline(Readable.from(input()), createDeflate({ level: 9, strategy: constants.Z_RLE }), collect);
  return Buffer.concat(parts);
}

/** A PDF of `objects` (object i + 1 is `objects[i]`) with a byte-exact cross-reference table. */
export function assemblePdf(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (part: Buffer): void => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n`, 'latin1'));
    push(object);
    push(Buffer.from('\nendobj\n', 'latin1'));
  });
  const xrefAt = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * Writes a one-page PDF whose content stream (the page's text, then blanks) inflates to exactly
 * `inflatedBytes`; returns the file's size.
 */
export async function writeFlatePdf(path: string, inflatedBytes: number): Promise<number> {
  const data = await deflateWithBlanks(pageContent(), inflatedBytes);
  const dictionary = (text: string): Buffer => Buffer.from(text, 'latin1');
  const pdf = assemblePdf([
    dictionary('<< /Type /Catalog /Pages 2 0 R >>'),
    dictionary('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    dictionary('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([dictionary(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, dictionary('\nendstream')]),
    dictionary('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>'),
    dictionary('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>'),
    dictionary('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'),
  ]);
  writeFileSync(path, pdf);
  return pdf.length;
}
