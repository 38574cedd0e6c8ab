import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, detectEncoding } from '../src/readers/encoding.js';
import { declaredCharset, decodeHtml } from '../src/readers/html-charset.js';
import { readFile } from '../src/readers/index.js';

const PLAN = '为进一步提高教育教学质量，学校制定本方案。各年级合格率达到百分之九十八，优秀率不低于四成。教导处负责组织实施，落实时间为每月最后一周。';

describe('text encodings', () => {
  it('reads GBK bytes without a BOM as GBK', () => {
    const decoded = decodeText(iconv.encode(PLAN, 'gbk'));
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text).toBe(PLAN);
  });

  it('reads Big5 bytes as Big5', () => {
    const traditional = '為進一步提高教育教學質量，學校制定本方案。各年級合格率達到百分之九十八，優秀率不低於四成。教導處負責組織實施，落實時間為每月最後一週。';
    const bytes = iconv.encode(traditional, 'big5');
    expect(detectEncoding(bytes)).toBe('big5');
    expect(decodeText(bytes).text).toBe(traditional);
  });

  it('takes the encoding from a UTF-8 BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN, 'utf8')]);
    const result = decodeText(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(PLAN);
  });

  it('reads UTF-16LE with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PLAN, 'utf-16le')]);
    const result = await readFile(bytes, 'plan.txt');
    expect(result).toMatchObject({ format: 'text', encoding: 'utf-16le', text: PLAN });
  });

  // Lines and figures are ASCII: without a BOM they put a NUL byte on one side of each pair.
  const LINES = `一、工作目标\n到2025年，全校学生体质健康合格率达到96%以上。\n二、保障措施\n${PLAN}\n`;

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s without a BOM as text, not as binary data', async (encoding) => {
    const bytes = iconv.encode(LINES, encoding);
    expect(bytes[0] === 0xff || bytes[0] === 0xfe).toBe(false);
    expect(detectEncoding(bytes)).toBe(encoding);
    const result = await readFile(bytes, 'plan.txt');
    expect(result).toMatchObject({ format: 'text', encoding, text: LINES });
  });

  it('still rejects binary data with NUL bytes that is not UTF-16', async () => {
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = i % 3 === 0 ? 0 : (i * 7919) % 256;
    await expect(readFile(noise, 'photo.bin')).rejects.toThrow(/unknown format|not text/);
  });
});

describe('HTML charset', () => {
  it('finds the charset in meta charset and in http-equiv', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="gb2312">'))).toBe('gb2312');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=big5" />'))).toBe('big5');
  });

  it('decodes a page that declares utf-8 but holds GBK as GBK, with a warning', () => {
    const page = iconv.encode(`<html><head><meta charset="utf-8"></head><body><p>${PLAN}</p></body></html>`, 'gbk');
    const { decoded, messages } = decodeHtml(page);
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text).toContain(PLAN);
    expect(messages[0]?.reason).toBe('declared charset utf-8 but bytes are GBK: decoded as GBK');
  });

  it('trusts a declared charset that decodes cleanly and warns about nothing', () => {
    const page = iconv.encode(`<html><head><meta charset="gbk"></head><body><p>${PLAN}</p></body></html>`, 'gbk');
    const { decoded, messages } = decodeHtml(page);
    expect(decoded.encoding).toBe('gbk');
    expect(messages).toEqual([]);
  });
});
