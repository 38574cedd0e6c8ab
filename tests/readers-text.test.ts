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

describe('text saved from a PDF, with the page’s line breaks', () => {
  const read = async (text: string) => (await readFile(new Uint8Array(Buffer.from(text, 'utf8')), 'saved.txt')).text;
  const WRAPPED = [
    '某镇中心小学劳动教育实施方案',
    '一、工作目标',
    '1.劳动课程每周不少于 1 课时,劳动课程开齐开足率达到 100%,每学期组织劳动',
    '技能展示不少于 2 次。',
    '2.学生每天家务劳动时间:低年级不少于 10 分钟,中年级不少于 20 分钟,高年',
    '级不少于 30 分钟。',
    '二、课程安排',
    '(一)劳动必修课。三至六年级每周安排 1 节劳动课,全年劳动课不少于 34 课时,',
    '由专兼职教师任教。',
    '(二)校园劳动岗。每班设立劳动岗位不少于 10 个,做到人人有岗,学生参与率',
    '第 1 页 共 2 页',
    '某镇中心小学劳动教育实施方案',
    '100%。',
    '三、组织保障',
    '学校成立领导小组。',
  ].join('\n');

  it('joins the lines the margin cut, and keeps a footer and the running title between two halves as lines of their own', async () => {
    const lines = (await read(WRAPPED)).split('\n');
    expect(lines).toContain('1.劳动课程每周不少于 1 课时,劳动课程开齐开足率达到 100%,每学期组织劳动技能展示不少于 2 次。');
    expect(lines).toContain('(二)校园劳动岗。每班设立劳动岗位不少于 10 个,做到人人有岗,学生参与率100%。');
    expect(lines).toContain('第 1 页 共 2 页');
    expect(lines.filter((l) => l === '某镇中心小学劳动教育实施方案')).toHaveLength(2);
    // headings stay on their own lines
    expect(lines).toContain('二、课程安排');
    expect(lines).toContain('三、组织保障');
  });

  it('leaves text with one paragraph a line, a flattened page and a contents block as they are', async () => {
    const paragraphs = ['某校方案', '一、目标', `${PLAN}`, `${PLAN}${PLAN}`, `${PLAN.slice(0, 40)}。`, '二、措施', PLAN].join('\n');
    expect(await read(paragraphs)).toBe(paragraphs);
    const flattened = `某县方案.doc\n格式:doc\n某县方案\n${PLAN.replace(/。/g, '.')}${PLAN.replace(/。/g, '.')}一、总体目标${PLAN.replace(/。/g, '.')}`;
    expect(await read(flattened)).toBe(flattened);
    const contents = ['目录', ...[1, 2, 3, 4].map((n) => `HYPERLINK \\l "_Toc15342000${n}" ${'一二三四'[n - 1]}、工作目标与主要任务 PAGEREF _Toc15342000${n} \\h ${n}`), '某校劳动教育实施方案', '一、工作目标', PLAN].join('\n');
    expect(await read(contents)).toBe(contents);
  });
});
