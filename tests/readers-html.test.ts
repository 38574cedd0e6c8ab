import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/readers/html.js';
import { detectFormat, readFile } from '../src/readers/index.js';

const CORPUS = new URL('../corpus/docs/', import.meta.url);
const SEEDS = '/work/shared/seeds';
const corpusFile = (name: string) => new Uint8Array(readFileSync(new URL(name, CORPUS)));

const PORTAL = `<html><head><title>t</title><script>var a = "脚本里的字";</script></head><body>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/a">学校概况</a></li></ul>
<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 正文</div>
<h1>某某县实验小学教学质量提升方案</h1>
<div class="text"><p>学校各学科合格率达到百分之九十八&nbsp;以上，优秀率不低于百分之四十，力争全县前三名。</p>
<p>阅读次数：256 发布时间：2023-09-01</p>
<table><tr><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr><tr><td>集体备课</td><td>教导处</td><td>2023年10月</td></tr></table>
<p>第一段<br>第二段</p><p>上一篇：关于开学的通知</p></div></div>
<div id="footer">京ICP备00000000号</div></body></html>`;

describe('HTML rendering', () => {
  const text = htmlToText(PORTAL, { selectMain: true });
  const lines = text.split('\n');

  it('keeps the content and its title, drops nav, scripts, breadcrumbs and footer', () => {
    expect(lines[0]).toBe('某某县实验小学教学质量提升方案');
    expect(text).toContain('力争全县前三名');
    for (const chrome of ['网站首页', '脚本里的字', '当前位置', 'ICP', '上一篇']) expect(text).not.toContain(chrome);
  });

  it('removes a visit counter but keeps the date beside it', () => {
    expect(lines).toContain('发布时间：2023-09-01');
  });

  it('writes table rows as tab-separated cells and <br> as a line break', () => {
    expect(lines).toContain('工作任务\t牵头单位\t完成时限');
    expect(lines).toContain('集体备课\t教导处\t2023年10月');
    expect(lines).toContain('第一段');
    expect(lines).toContain('第二段');
  });

  it('decodes entities', () => {
    expect(text).toContain('百分之九十八 以上');
  });
});

describe('HTML corpus pages', () => {
  it('reads the UTF-8 portal page without its chrome', async () => {
    const result = await readFile(corpusFile('hunan-changsha-xiaoxue.html'), 'x.html');
    expect(result.encoding).toBe('utf-8');
    expect(result.text.split('\n')[0]).toContain('育英小学');
    for (const chrome of ['网站首页', '最新动态', '阅读次数', 'ICP', '公网安备', '下一篇', '当前位置']) {
      expect(result.text).not.toContain(chrome);
    }
  });

  it('reads the GBK page declared gb2312', async () => {
    const result = await readFile(corpusFile('sichuan-mianyang-zhongxue.html'), 'x.html');
    expect(result.encoding).toBe('gbk');
    expect(result.text).toContain('生师比约为1:11.8');
  });

  it('reads the Big5 page in traditional script', async () => {
    const result = await readFile(corpusFile('jiangxi-ganzhou-xiaoxue-big5.html'), 'x.html');
    expect(result.encoding).toBe('big5');
    expect(result.text).toContain('課堂教學達標率');
  });

  it('reads HTML saved under a .pdf name as HTML', () => {
    expect(detectFormat(corpusFile('hunan-changsha-xiaoxue.html'), 'download.pdf')).toBe('html');
  });
});

describe.runIf(existsSync(`${SEEDS}/html-gbk`))('HTML seeds', () => {
  it('detects GBK and Big5 seeds by their declarations and keeps the headings', async () => {
    for (const [dir, encoding] of [['html-gbk', 'gbk'], ['html-big5', 'big5']] as const) {
      const name = '000_6a7843488500aee0.html';
      const result = await readFile(new Uint8Array(readFileSync(`${SEEDS}/${dir}/${name}`)), name);
      expect(result.encoding).toBe(encoding);
      expect(result.text).toMatch(/^[一二]、/m);
      expect(result.text).not.toMatch(/网站首页|網站首頁/);
      expect(result.text).not.toContain('ICP备');
    }
  });
});

describe('document-site pages', () => {
  const paragraph = (i: number) => `<p>第${i}条 红岭小学将课后服务纳入年度考核，参与率力争达到${80 + i}%，由教导处每月通报一次。</p>`;
  const body = Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('\n');
  const page = `<html><body><div class="nav"><a href="/">首页</a></div>
<div class="doc-share-main"><h2>红岭小学课后服务实施方案.docx</h2><div class="info">格式：DOCX 页数：4</div>${body}</div>
<div class="share"><a>微信</a><a>微博</a></div><div class="footer">某某文库 版权所有</div></body></html>`;

  it('keeps a document served inside a block named like chrome', () => {
    const text = htmlToText(page, { selectMain: true });
    expect(text).toContain('第12条 红岭小学');
    expect(text).not.toContain('微博');
  });
  it('keeps a page wrapped whole in one form, as ASP.NET pages are, without its search box', () => {
    const aspx = `<html><body><form id="form1" method="post"><div class="top search"><p>站内搜索</p><input name="q"></div>
<div class="content">${body}</div></form></body></html>`;
    const text = htmlToText(aspx, { selectMain: true });
    expect(text).toContain('第12条 红岭小学');
    expect(text).not.toContain('站内搜索');
  });
  it('keeps a short served document too', () => {
    const short = page.replace(body, Array.from({ length: 3 }, (_, i) => paragraph(i + 1)).join('\n'));
    expect(htmlToText(short, { selectMain: true })).toContain('第3条 红岭小学');
  });
  it('keeps plan sentences that mention a registration or copyright, drops the footer lines', () => {
    const html = `<html><body><div class="text">${body}<p>学校网站已完成ICP备案并公开办学信息。</p><p>版权所有的校本教材由教研组统一编印。</p>${body}
<p>版权所有：红岭小学</p><p>粤ICP备12345678号</p></div></body></html>`;
    const text = htmlToText(html, { selectMain: true });
    expect(text).toContain('已完成ICP备案');
    expect(text).toContain('版权所有的校本教材');
    expect(text).not.toContain('粤ICP备');
    expect(text).not.toContain('版权所有：红岭小学');
  });
});
