// Real-page classes the article splitter must survive: footer words in the middle of a plan,
// document-sharing wrappers, compilation markers beyond 第N篇. Every text here is invented.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

const build = (lines: readonly string[], path = 'p/031_abc.html') => {
  const n = normalizeText(lines.join('\n'));
  return buildArticles({ text: n.text, sourcePath: path, script: n.script });
};

/** A plan body of `n` paragraphs, each a distinct sentence with a figure. */
function planBody(n: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) out.push(`第${i}项工作由青溪镇中心小学负责,年底前覆盖率达到${50 + (i % 40)}%,每月检查一次落实情况。`);
  return out;
}

describe('footer-like lines inside a plan (issue 14 item 3)', () => {
  const body = planBody(30);
  for (const line of ['声明:本方案由学校办公室负责解释。', '上一页的表格列出了各年级安排。', '版权所有的校本教材由教研组统一编印。', 'Copyright 意识教育纳入信息技术课。', '学校网站已完成ICP备案并公开办学信息。', '校园网按要求办理公网安备手续。']) {
    it(`keeps the body after "${line.slice(0, 8)}…" in the middle of the page`, () => {
      const [article, ...rest] = build(['青溪镇中心小学数字校园建设方案', ...body.slice(0, 10), line, ...body.slice(10)]);
      expect(rest).toHaveLength(0);
      expect(article!.text).toContain(body[29]!);
      expect(article!.text).toContain(line.replace(/ /g, ''));
    });
  }
  it('still drops the page footer at the end, and records a cut of several lines with its span', () => {
    const footer = ['上一篇:秋季运动会方案', '下一篇:安全工作计划', '版权所有:青溪镇教育网', '网站备案号:某ICP备00000000号', '地址:青溪镇学府路1号'];
    const [article] = build(['青溪镇中心小学数字校园建设方案', ...body, ...footer]);
    expect(article!.text.endsWith(body[29]!)).toBe(true);
    const cut = article!.messages.find((m) => m.origin === 'structure:trailing-chrome');
    expect(cut?.reason).toMatch(/5 lines/);
    expect(cut?.span?.start).toBe(article!.text.length);
  });
  it('keeps a plan\'s own closing statement and signature, drops a site disclaimer', () => {
    const ending = ['声明:本方案由学校办公室负责解释。', '青溪镇中心小学', '2024年2月26日'];
    const disclaimer = '声明:本站部分文章来源于网络,如有侵权请联系删除。';
    const [article] = build(['青溪镇中心小学数字校园建设方案', ...body, ...ending, disclaimer]);
    expect(article!.text.endsWith(ending.join('\n'))).toBe(true);
  });
  it('drops a related-articles list that follows the article', () => {
    const related = ['相关推荐', '学校安全工作计划范文', '某某小学读书节活动方案。本方案旨在提高学生阅读兴趣。', '班主任工作总结'];
    const [article] = build(['青溪镇中心小学数字校园建设方案', ...body, ...related]);
    expect(article!.text.endsWith(body[29]!)).toBe(true);
  });
});

describe('document-sharing wrappers', () => {
  const plan = ['白杨镇中学课后服务实施方案', '为落实减负要求,结合我校实际,制定本方案。', '一、指导思想', '坚持学生为本,全面提升课后服务质量。', '二、工作目标', '参与率达到90%以上。', '白杨镇中学', '2022年9月1日'];
  const wrapper = [
    '首页 > 教育文档 > 学校管理',
    '白杨镇中学课后服务实施方案.docx',
    '文档编号:88812345',
    '上传人:zhangwei2020 上传时间:2023-04-22',
    '格式:DOCX 页数:6 大小:25.3KB',
    '下载本文档',
    '《白杨镇中学课后服务实施方案.docx》由会员分享,可在线阅读,更多相关文档请在本站上搜索。',
    '1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。',
    '2、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。',
    '文档介绍:',
  ];
  const footer = ['已阅读6页,还剩0页未读 继续免费阅读', '下载文档到电脑,查找使用更方便', '相关推荐', '白杨镇中学安全管理制度.docx', '无障碍 手机版 字号:大 中 小 打印 分享到:微信 微博'];

  it('keeps the article, without the wrapper, and never rejects it as chrome', () => {
    const articles = build([...wrapper, ...plan, ...footer]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toBe(plan.join('\n'));
    expect(articles[0]!.sections.map((s) => s.title)).toEqual(['指导思想', '工作目标']);
  });
  it('offers the document title, not a file name, and not the upload date', () => {
    const [article] = build([...wrapper, ...plan, ...footer]);
    expect(article!.pageContext.title).toBe('白杨镇中学课后服务实施方案');
    expect(article!.pageContext.date).toBeNull();
    expect(article!.pageContext.documentSite).toBe(true);
  });
  it('takes the article from an English wrapper with a page counter', () => {
    const english = ['Download as pdf or txt', 'Download as pdf or txt', 'You are on page 1of 6', 'Save to library', ...plan, 'Share this document', 'Report this document'];
    const [article] = build(english);
    expect(article!.text).toBe(plan.join('\n'));
  });
  it('skips a preview stub listing the document pages and a blurb before the text', () => {
    const stub = ['白杨镇中学课后服务实施方案_第1页', '白杨镇中学课后服务实施方案_第2页', '白杨镇中学课后服务实施方案_第3页', '已阅读3页,还剩3页未读 继续免费阅读', '版权说明:本文档由用户提供并上传,若内容存在侵权,请进行举报', '文档简介'];
    const [article] = build([...stub, ...plan]);
    expect(article!.text).toBe(plan.join('\n'));
    expect(article!.pageContext.title).toBe('白杨镇中学课后服务实施方案');
  });
  it('strips a site name from the page title', () => {
    const [article] = build(['白杨镇中学课后服务实施方案 - 某某文库', '上传时间:2023-04-22', ...plan]);
    expect(article!.pageContext.title).toBe('白杨镇中学课后服务实施方案');
  });
});

describe('pages whose layout leaves no article', () => {
  it('fall back to the whole page with a message rather than an empty article', () => {
    const lines = ['下载文档', ...planBody(8)];
    const articles = build(lines);
    expect(articles.map((a) => a.text.length).reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
  });
});

describe('compilation markers beyond 第N篇', () => {
  const plan = (school: string) => [`${school}读书节活动方案`, '为营造书香校园,制定本方案。', '一、活动目标', `${school}学生人均阅读量达到10本。`, '二、活动安排', '分三个阶段进行。'];
  const firstTitles = (lines: readonly string[]) => build(lines).map((a) => a.text.split('\n')[0]);

  it('splits at 篇一: markers under a (通用N篇) title and leaves the page title and blurb to no article', () => {
    const lines = ['小学读书节活动方案(通用3篇)', '2024-03-02', '读书节活动方案怎么写?下面是小编整理的范文,仅供参考。', '篇一:', ...plan('松林小学'), '篇二:', ...plan('柏树小学'), '篇三:', ...plan('杉木小学')];
    const articles = build(lines);
    expect(articles.map((a) => a.text.split('\n')[0])).toEqual(['松林小学读书节活动方案', '柏树小学读书节活动方案', '杉木小学读书节活动方案']);
    expect(articles[0]!.pageContext).toEqual({ title: '小学读书节活动方案', date: '2024-03-02', compilation: true });
    expect(articles.some((a) => a.text.includes('小编'))).toBe(false);
  });
  it('reads 【N篇】, 锦集N篇 and 精选N篇 titles and 【篇N】, 篇N markers glued to the text', () => {
    for (const header of ['读书节活动方案【3篇】', '读书节活动方案锦集3篇', '读书节活动方案精选3篇']) {
      const lines = [header, '读书节活动方案【篇1】为营造书香校园,松林小学制定本方案。', ...plan('松林小学').slice(2), '读书节活动方案篇2为营造书香校园,柏树小学制定本方案。', ...plan('柏树小学').slice(2), '读书节活动方案 篇3', ...plan('杉木小学')];
      expect(firstTitles(lines)).toEqual(['为营造书香校园,松林小学制定本方案。', '为营造书香校园,柏树小学制定本方案。', '杉木小学读书节活动方案']);
    }
  });
  it('splits at the page title repeated with an index digit', () => {
    const lines = ['农村小学读书节活动方案(3篇)', '农村小学读书节活动方案1松林小学为营造书香校园,制定本方案。', ...plan('松林小学').slice(2), '农村小学读书节活动方案2', ...plan('柏树小学'), '农村小学读书节活动方案3', ...plan('杉木小学')];
    expect(firstTitles(lines)).toEqual(['松林小学为营造书香校园,制定本方案。', '柏树小学读书节活动方案', '杉木小学读书节活动方案']);
  });
  it('splits successive whole-line titles with index digits without a page title', () => {
    const lines = ['读书节活动方案1', ...plan('松林小学'), '读书节活动方案2', ...plan('柏树小学')];
    expect(build(lines)).toHaveLength(2);
  });
  it('is not fooled by 千篇一律, attachments or a count of articles in a sentence', () => {
    const lines = ['松林小学读书节活动方案', '本学期共发表论文6篇,避免千篇一律。', '附件1', ...plan('松林小学'), '附件2', '篇一律的写法要改。'];
    expect(build(lines)).toHaveLength(1);
  });
});

describe('page titles a header splits over lines (docfacts notes)', () => {
  const plan = ['各乡镇人民政府,县直各单位:', '现将《某方案》印发给你们,请认真贯彻执行。', '白沙县推进学前教育普及普惠实施方案', '为办好人民满意的学前教育,结合我县实际,制定本方案。', '一、工作目标', '到2026年,全县学前三年毛入园率达到95%以上。'];
  it('joins the issuer line to the notice title under it', () => {
    const [a] = build(['首页 > 政务公开', '白沙县人民政府办公室', '关于印发《白沙县推进学前教育普及普惠实施方案》的通知', '发布日期:2024-05-06', ...plan]);
    expect(a!.pageContext.title).toBe('白沙县人民政府办公室关于印发《白沙县推进学前教育普及普惠实施方案》的通知');
  });
  it('keeps a single title line over a date alone', () => {
    const [a] = build(['白沙县人民政府办公室', '发布日期:2024-05-06', ...plan]);
    expect(a!.pageContext.title).toBe('白沙县人民政府办公室');
  });
  it('reads the file name a document site ran into its upload card', () => {
    const [a] = build(['东湖小学阅读推进方案.docx-文档编号:5530127', '-上传时间:2023-03-02 -页数:4', '为提高学生阅读素养,结合我校实际,特制定本方案。', '一、工作目标', '学生人均年阅读量达到30本以上。']);
    expect(a!.pageContext.title).toBe('东湖小学阅读推进方案');
    expect(a!.pageContext.documentSite).toBe(true);
  });
});

