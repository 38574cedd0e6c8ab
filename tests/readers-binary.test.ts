import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LimitExceededError, NoTextError, UnreadableFileError } from '../src/errors.js';
import { readFile } from '../src/readers/index.js';
import { cleanPdfPages, collapseLetterSpacing } from '../src/readers/pdf-layout.js';

const CORPUS = new URL('../corpus/docs/', import.meta.url);
const SEEDS = '/work/shared/seeds';
const corpusFile = (name: string) => new Uint8Array(readFileSync(new URL(name, CORPUS)));

describe('DOCX', () => {
  it('restores heading numbers by level, list numbers from numbering.xml, and table rows', async () => {
    const result = await readFile(corpusFile('zhejiang-shaoxing-chuzhong.docx'), 'plan.docx');
    const lines = result.text.split('\n');
    expect(result.format).toBe('docx');
    expect(lines).toContain('一、指导思想');
    expect(lines).toContain('（二）学业质量目标');
    expect(lines).toContain('五、组织领导');
    expect(lines.some((line) => line.startsWith('2. 开展课后服务'))).toBe(true);
    expect(lines).toContain('工作任务\t牵头单位\t完成时限');
  });

  it('refuses bytes without the zip signature', async () => {
    await expect(readFile(Buffer.from('这不是压缩包'), 'plan.docx')).rejects.toThrow('not a DOCX: zip signature missing');
  });

  it('refuses a zip without word/document.xml', async () => {
    const zip = new JSZip().file('readme.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readFile(bytes, 'plan.docx')).rejects.toThrow('word/document.xml missing');
  });

  it('refuses an archive over the entry or size limit before expanding it', async () => {
    const bytes = corpusFile('zhejiang-shaoxing-chuzhong.docx');
    await expect(readFile(bytes, 'plan.docx', { maxZipEntries: 3 })).rejects.toBeInstanceOf(LimitExceededError);
    await expect(readFile(bytes, 'plan.docx', { maxUncompressedBytes: 1000 })).rejects.toThrow(/zip bomb/);
  });

  it('reports a cut-off archive as damaged', async () => {
    const bytes = corpusFile('zhejiang-shaoxing-chuzhong.docx');
    await expect(readFile(bytes.subarray(0, bytes.length - 40), 'plan.docx')).rejects.toBeInstanceOf(UnreadableFileError);
  });
});

describe('PDF layout', () => {
  it('collapses letter spacing on spaced lines only', () => {
    expect(collapseLetterSpacing('一 、 教 学 常 规 管 理')).toBe('一、教学常规管理');
    expect(collapseLetterSpacing('合格率达到 98% 以上')).toBe('合格率达到 98% 以上');
  });

  it('drops running headers and page markers and joins lines wrapped at the margin', () => {
    const first = '学校各学科合格率达到百分之九十八以上优秀率不低于百分之四十并且力争';
    const second = '领导小组由校长任组长分管副校长任副组长成员由各处室主任和年级组长';
    const pages = [
      `某某小学工作计划\n一、工作目标\n${first}\n全县前三名。\n第一阶段准备。\n第 1 页 共 2 页`,
      `某某小学工作计划\n二、组织领导\n${second}\n组成。\n第二阶段实施。\n第 2 页 共 2 页`,
    ];
    expect(cleanPdfPages(pages).split('\n')).toEqual([
      '一、工作目标',
      `${first}全县前三名。`,
      '第一阶段准备。',
      '二、组织领导',
      `${second}组成。`,
      '第二阶段实施。',
    ]);
  });

  it('joins a number cut by the margin even on a short line, but not a list item that starts with a number', () => {
    const pages = ['巩固率达到 1\n00% 以上,辍学率为 0。\n优秀率达到 9\n2.加强教研。'];
    expect(cleanPdfPages(pages).split('\n')).toEqual(['巩固率达到 100% 以上,辍学率为 0。', '优秀率达到 9', '2.加强教研。']);
  });

  it('joins a full line with a next line that starts with a quantity rather than an item number', () => {
    const full = '学校投入资金改造校舍和运动场地并购置了一批教学仪器设备累计投入';
    const pages = [`${full}\n13.6 万元。\n3.加强管理。\n${full}\n4.2 万元。`];
    expect(cleanPdfPages(pages).split('\n')).toEqual([`${full}13.6 万元。`, '3.加强管理。', `${full}4.2 万元。`]);
  });
});

describe('PDF', () => {
  it('reads the two-page corpus PDF through the CJK cMaps without header or page numbers', async () => {
    const result = await readFile(corpusFile('hebei-handan-xiaoxue.pdf'), 'plan.pdf');
    expect(result.pages).toBe(2);
    expect(result.text).toContain('一、指导思想');
    expect(result.text).not.toContain('内部资料');
    expect(result.text).not.toMatch(/第 ?\d+ ?页/);
    // The long target paragraph was wrapped over several lines and comes back as one.
    expect(result.text.split('\n')).toContain('学校预算安排教学研究经费8万元，新建科学实验室1间，面积约120平方米；图书馆新增图书2000册。');
  });

  it('fails over the page limit', async () => {
    await expect(readFile(corpusFile('hebei-handan-xiaoxue.pdf'), 'plan.pdf', { maxPages: 1 })).rejects.toBeInstanceOf(LimitExceededError);
  });

  it('calls a PDF cut short truncated', async () => {
    const bytes = corpusFile('hebei-handan-xiaoxue.pdf');
    await expect(readFile(bytes.subarray(0, Math.floor(bytes.length / 2)), 'plan.pdf')).rejects.toThrow('truncated PDF');
  });

  it('calls a PDF with a user password encrypted', async () => {
    const pdf = minimalPdf('/Encrypt 4 0 R', '4 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <' + 'ab'.repeat(32) + '> /U <' + 'cd'.repeat(32) + '> /P -4 >>\nendobj\n');
    await expect(readFile(pdf, 'plan.pdf')).rejects.toThrow('encrypted PDF');
  });

  it('calls a PDF without text a scan', async () => {
    const error = await readFile(minimalPdf('', ''), 'scan.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoTextError);
    expect((error as NoTextError).reason).toBe('no text layer (scanned?)');
  });
});

/** A one-page PDF with an empty page; `trailerExtra` and `extraObject` (number 4) add e.g. an /Encrypt dictionary. */
function minimalPdf(trailerExtra: string, extraObject: string): Uint8Array {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n',
    ...(extraObject ? [extraObject] : []),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object) => {
    const at = pdf.length;
    pdf += object;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe.runIf(existsSync(`${SEEDS}/edge`))('PDF seeds', () => {
  it('reads Chinese text from a PDF with a predefined CJK encoding and no ToUnicode', async () => {
    const name = 'cmap_UniGB-UCS2-H_noToUnicode.pdf';
    const result = await readFile(new Uint8Array(readFileSync(`${SEEDS}/edge/${name}`)), name);
    expect(result.text).toMatch(/[\u4e00-\u9fff]{5}/);
  });

  it('collapses the letter spacing of the spaced seed PDF', async () => {
    const name = '003_832b4409fccc2f70.pdf';
    const result = await readFile(new Uint8Array(readFileSync(`${SEEDS}/pdf-spaced/${name}`)), name);
    expect(result.text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });
});

describe.runIf(existsSync(`${SEEDS}/docx`))('DOCX seeds', () => {
  it('restores the Word numbering of headings', async () => {
    const name = '000_6a7843488500aee0.docx';
    const result = await readFile(new Uint8Array(readFileSync(`${SEEDS}/docx/${name}`)), name);
    const lines = result.text.split('\n');
    expect(lines).toContain('一、指导思想');
    expect(lines).toContain('（一）有利条件');
  });
});
