// Builds the sample corpus from the sources in src/: one document per format planmine reads.
// Run once with `node corpus/make.mjs`; the outputs are committed, CI never regenerates them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import * as OpenCC from 'opencc-js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'docs');
mkdirSync(OUT, { recursive: true });

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Source convention: first line title; `# ` level-1 heading; `## ` level 2; `a|b|c` table row. */
function parse(name) {
  const [title, ...lines] = readFileSync(join(HERE, 'src', name), 'utf8').trim().split('\n');
  return { title, blocks: lines.map((line) => {
    if (line.startsWith('## ')) return { kind: 'h2', text: line.slice(3) };
    if (line.startsWith('# ')) return { kind: 'h1', text: line.slice(2) };
    if (line.includes('|')) return { kind: 'row', cells: line.split('|') };
    return { kind: 'p', text: line };
  }) };
}

/** Headings as printed: 一、 at level 1, （一） at level 2, restarting under each level-1 heading. */
function numbered(blocks) {
  let major = 0;
  let minor = 0;
  return blocks.map((block) => {
    if (block.kind === 'h1') {
      minor = 0;
      return { ...block, text: `${NUMERALS[++major]}、${block.text}` };
    }
    if (block.kind === 'h2') return { ...block, text: `（${NUMERALS[++minor]}）${block.text}` };
    return block;
  });
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlBody(blocks) {
  const out = [];
  let table = [];
  const flush = () => {
    if (table.length) out.push(`<table border="1">${table.join('')}</table>`);
    table = [];
  };
  for (const block of numbered(blocks)) {
    if (block.kind === 'row') {
      table.push(`<tr>${block.cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`);
      continue;
    }
    flush();
    if (block.kind === 'p') out.push(`<p style="text-indent:2em">${escape(block.text)}</p>`);
    else out.push(`<p><strong>${escape(block.text)}</strong></p>`);
  }
  flush();
  return out.join('\n');
}

/** A county-portal article page: nav, breadcrumb, counter, related links, footer with ICP. */
function portalPage({ title, blocks }, { charset, site, date }) {
  return `<!DOCTYPE html>
<html><head><meta charset="${charset}"><title>${escape(title)} - ${site}</title>
<script>var visits = 0; function count(){ visits++; }</script><style>.nav li{display:inline}</style></head>
<body><div class="header"><img src="/logo.png" alt="${site}"><div class="search"><input value="请输入关键字"></div></div>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/gk/">学校概况</a></li><li><a href="/jy/">教育教学</a></li><li><a href="/dj/">党建工作</a></li><li><a href="/gk/">信息公开</a></li></ul>
<div class="wrap"><div class="side"><h3>最新动态</h3><ul><li><a href="/a/101.html">我校开展秋季运动会</a></li><li><a href="/a/102.html">关于做好防溺水安全教育的通知</a></li><li><a href="/a/103.html">教师节表彰大会顺利召开</a></li></ul></div>
<div class="article"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jy/">教育教学</a> &gt; 正文</div>
<h1>${escape(title)}</h1>
<div class="info">发布时间：${date} 来源：教导处 阅读次数：<span id="hits">1024</span></div>
<div class="content">
${htmlBody(blocks)}
</div>
<div class="prenext">上一篇：<a href="/a/98.html">关于开展读书节活动的通知</a><br>下一篇：<a href="/a/100.html">期中教学工作总结</a></div>
</div></div>
<div id="footer"><p>版权所有 © ${site} 地址：学府路8号</p><p><a href="https://beian.miit.gov.cn">湘ICP备20000000号-1</a> 公网安备43012102000000号</p></div>
</body></html>
`;
}

function plainText({ title, blocks }) {
  return [title, ...numbered(blocks).map((block) => (block.kind === 'row' ? block.cells.join('　') : block.text))].join('\n');
}

// ---- DOCX: minimal hand-written OOXML, heading styles without numbering, a decimal list, a table.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text) => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
const paragraph = (text, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${run(text)}</w:p>`;
const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paragraph(text)}</w:tc>`;

function docxDocument({ title, blocks }) {
  const body = [paragraph(title, '<w:pStyle w:val="Title"/>')];
  let rows = [];
  const flush = () => {
    if (rows.length) body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.join('')}</w:tbl>`);
    rows = [];
  };
  for (const block of blocks) {
    if (block.kind === 'row') {
      rows.push(`<w:tr>${block.cells.map(cell).join('')}</w:tr>`);
      continue;
    }
    flush();
    if (block.kind === 'h1') body.push(paragraph(block.text, '<w:pStyle w:val="Heading1"/>'));
    else if (block.kind === 'h2') body.push(paragraph(block.text, '<w:pStyle w:val="Heading2"/>'));
    else if (/^\d+\. /.test(block.text)) {
      // Typed numbers become Word list numbering: the text itself no longer holds them.
      body.push(paragraph(block.text.replace(/^\d+\. /, ''), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'));
    } else body.push(paragraph(block.text));
  }
  flush();
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
}

const style = (id, name, extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`;

async function writeDocx(source, file) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${style('Normal', 'Normal')}${style('Title', 'Title')}${style('Heading1', 'heading 1', '<w:basedOn w:val="Normal"/>')}${style('Heading2', 'heading 2', '<w:basedOn w:val="Normal"/>')}</w:styles>`);
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
  zip.file('word/document.xml', docxDocument(source));
  writeFileSync(join(OUT, file), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

// ---- PDF: hand-written, text in the predefined CJK encoding UniGB-UCS2-H with the non-embedded
// STSong-Light font (as many Chinese office PDFs do), so reading it needs pdf.js's character maps.

const FONT_SIZE = 11;
const LINE_EM = 40;
const LINES_PER_PAGE = 30;
const emWidth = (char) => (char.charCodeAt(0) < 0x80 ? 0.5 : 1);

function wrap(text, indent) {
  const lines = [];
  let line = indent ? '\u3000\u3000' : '';
  let width = indent ? 2 : 0;
  for (const char of text) {
    if (width + emWidth(char) > LINE_EM) {
      lines.push(line);
      [line, width] = ['', 0];
    }
    line += char;
    width += emWidth(char);
  }
  return [...lines, line];
}

const hex = (text) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

function writePdf(source, file, header) {
  const lines = [...wrap(source.title, false), ''];
  for (const block of numbered(source.blocks)) lines.push(...wrap(block.kind === 'row' ? block.cells.join('　') : block.text, block.kind === 'p'));
  const pages = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  const objects = [];
  const add = (body) => objects.push(body) + 2; // object numbers start after catalog (1) and pages (2)
  const font = add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>');
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const pageIds = [];
  pages.forEach((pageLines, index) => {
    const ops = [`BT /F1 9 Tf 72 800 Td <${hex(header)}> Tj ET`];
    pageLines.forEach((line, row) => ops.push(`BT /F1 ${FONT_SIZE} Tf 72 ${760 - row * 22} Td <${hex(line)}> Tj ET`));
    ops.push(`BT /F1 9 Tf 270 40 Td <${hex(`第 ${index + 1} 页 共 ${pages.length} 页`)}> Tj ET`);
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  });
  const all = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    ...objects,
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(join(OUT, file), Buffer.from(pdf, 'latin1'));
}

// ---- The compilation page: chrome, the page title (精选2篇), 第1篇/第2篇, chrome after.

function compilationText() {
  const [crumb, pageTitle, pageInfo, ...rest] = readFileSync(join(HERE, 'src', 'compilation.txt'), 'utf8').trim().split('\n');
  const articles = [];
  let current = null;
  const tail = [];
  for (const line of rest) {
    if (/^第\d+篇$/.test(line)) articles.push((current = { marker: line, lines: [] }));
    else if (/^(上一篇|下一篇|相关推荐)/.test(line)) tail.push(line);
    else current.lines.push(line);
  }
  const body = articles.flatMap(({ marker, lines }) => {
    const [title, ...blocks] = lines;
    return [marker, plainText(parse.fromLines(title, blocks))];
  });
  return [crumb, pageTitle, pageInfo, ...body, ...tail].join('\n') + '\n';
}

parse.fromLines = (title, lines) => ({ title, blocks: lines.map((line) => (line.startsWith('# ') ? { kind: 'h1', text: line.slice(2) } : { kind: 'p', text: line })) });

const changsha = parse('changsha-xiaoxue.txt');
writeFileSync(join(OUT, 'hunan-changsha-xiaoxue.html'), portalPage(changsha, { charset: 'utf-8', site: '育英小学', date: '2023-08-28' }));

const mianyang = parse('mianyang-zhongxue.txt');
writeFileSync(join(OUT, 'sichuan-mianyang-zhongxue.html'), iconv.encode(portalPage(mianyang, { charset: 'gb2312', site: '东林中学', date: '2022-02-21' }), 'gbk'));

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const ganzhou = parse('ganzhou-xiaoxue.txt');
writeFileSync(join(OUT, 'jiangxi-ganzhou-xiaoxue-big5.html'), iconv.encode(toTraditional(portalPage(ganzhou, { charset: 'big5', site: '水东小学', date: '2023-09-01' })), 'big5'));

await writeDocx(parse('shaoxing-chuzhong.txt'), 'zhejiang-shaoxing-chuzhong.docx');

const handan = parse('handan-xiaoxue.txt');
writePdf(handan, 'hebei-handan-xiaoxue.pdf', `${handan.title}（内部资料）`);

writeFileSync(join(OUT, 'jingxuan-2pian.txt'), compilationText());
console.log('corpus written to', OUT);
