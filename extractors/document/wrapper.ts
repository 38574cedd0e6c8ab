// What a scraped page wraps around an article and may leave in its text: a document-sharing
// site's file name, upload stamp, buttons and page counters, a 范文 site's blurb, a portal's
// breadcrumb and print buttons. None of it is the article's title, author or date.
import { isBreadcrumb, isNavigationBar, isSiteBanner, isSiteNameLine, isWechatAccountName, isWechatChrome } from '../../src/text/site-chrome.js';

/** A document's file name as a sharing site prints it (`…方案.docx`, `…规划_第1页`). */
const FILE_NAME = /\.(?:docx?|pdf|pptx?|xlsx?|txt|wps|rtf)\s*(?:VIP|免费|原创|精品)?\s*$|_第\d+页$/i;
/** A file name quoted in a sharing site's blurb: `《….docx》由会员分享`. */
const QUOTED_FILE_NAME = /《([^《》\n]{4,80}?\.(?:docx?|pdf|pptx?|wps))》/i;
/** A 范文 site's page title over the piece it serves: `2021幼儿园园务工作计划范文大全`. */
const SITE_TITLE = /(?:范文|例文|模板|大全|汇编|精选|通用|参考)(?:大全|精选|参考|模板|通用)*(?:[((]?(?:精选|通用|共)?\d+篇[))]?)?$/;

const WRAPPER_LINES = [
  FILE_NAME,
  SITE_TITLE,
  /^[•·\s]*约?\s*[\d.]+\s*(?:千字|万字|字|页)$|^\d{4}-\d{2}-\d{2}\s*发布于/,
  // upload metadata: 上传人 / 上传时间 / 格式 / 页数 / 大小 / 文档编号, alone or several on a line
  /^[-•·*\s]*(?:上传人|上传者|上传时间|上传日期|上传于|文档编号|资源ID|资源大小|资源格式|格式|页数|文档页数|全文页数|大小|下载积分|下载次数|贡献者|分享者)\s*[::]/,
  /(?:上传时间|上传日期|上传于|文档页数|页数)\s*[::]?\s*\d/,
  /^(?:文档介绍|文档简介|内容简介|内容预览|资料简介|文档描述|简介|摘要预览)\s*[::]?$/,
  /^(?:版权说明|版权声明|免责声明)[::]/,
  /由(?:会员|用户)分享|可在线阅读|请在.{1,12}上搜索|本文档由用户提供并上传/,
  /已阅读\d+页|还剩\d+页|继续(?:免费)?阅读|免费预览已结束|下载文档到电脑|下载本文档|下载后可任意编辑/,
  /^(?:下载|付费|收藏|举报|分享|打印|纠错|评论|点赞|阅读|在线阅读|立即下载|免费下载)(?:\s*(?:下载|付费|收藏|举报|分享|打印|纠错|评论|点赞))*$/,
  // a paid document site's numbered terms above the preview (`3、成为VIP后,下载本文档将扣除1次下载权益…`)
  /(?:本站|本文档|该文档|VIP).{0,40}(?:付费|下载|上传|版权|退款|权益)|(?:付费|下载|上传).{0,20}(?:本站|VIP)/i,
  /^download\s+as\b|^you\s+are\s+on\s+page\b|^(?:upload|view|download)\s*\d*$|^page\s*\d*$|^page\s*\d+\s*[::]|^citation\s+preview$/i,
  /^\d{1,3}\s*-?$/,
  // page markers of a paged preview: 第1页 共5页, 1/5
  /^第\s*\d+\s*页\s*[,,]?\s*(?:共\s*\d+\s*页)?$|^共\s*\d+\s*页$|^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(?:研究报告|精选文档|精品文档|合集下载|word文档|文档)$/i,
  // portal furniture
  /^(?:您当前的位置|您的位置|当前位置|你的位置|您现在的位置|所在位置)|^首页\s*[>»/]/,
  /^(?:发布时间|发布日期|更新时间|时间|日期|来源|作者|编辑|点击|浏览次数|阅读次数|文章来源|信息来源|字号|字体|发布单位|发布机构|发布部门|供稿单位|供稿|稿源|发文单位)\s*[::]/,
  /(?:浏览次数|阅读次数|点击次数|浏览量|阅读量)\s*[::]/,
  /【?(?:打印本页|关闭窗口|收藏本页|打印)】|^分享到/,
  /^(?:(?:无障碍(?:浏览|阅读)?|手机版|繁体版?|简体版?|English|登录|注册|设为首页|加入收藏|网站地图|长者模式)\s*[|丨]?\s*){1,6}$/i,
  // Word field codes a converter left as text (`TOC \o "1-3" \h`, `HYPERLINK \l "_Toc…"`, `PAGEREF _Toc…`,
  // `INCLUDEPICTURE "…" \* MERGEFORMAT`): instructions to Word, never the article's words, and the
  // table of contents they build (under its `目录` line) repeats headings, not a title
  /^(?:TOC|HYPERLINK|PAGEREF|INCLUDEPICTURE|INCLUDETEXT|SEQ|REF|EQ|FORMTEXT|FORMCHECKBOX|FORMDROPDOWN|EMBED|SHAPE|PAGE|NUMPAGES)\b\s*[\\"]|\\\*\s*MERGEFORMAT|PAGEREF\s*_Toc|HYPERLINK\s*\\l/,
  /^(?:目\s*录|CONTENTS)$/i,
  // a WeChat (公众号) article's chrome: the follow prompt, the account header (`原创 作者 账号 2025年11月12日
  // 08:30 河北`: a publishing time, which no signature carries) and the reader's buttons under the text
  // a 范文 site's blurb about the text it serves
  /小编|仅供参考|欢迎(?:大家)?(?:阅读|借鉴|参考|分享)|希望(?:能|可以|对)?.{0,8}(?:帮助|有所帮助)/,
];

/** A line that belongs to the page around the article, not to the article. */
export function isWrapperLine(line: string): boolean {
  const trimmed = line.trim();
  // boilerplate glued to the front of a flattened line wraps only itself: the rest is the article
  const text = trimmed.replace(GLUED_PREFIX, '');
  if (trimmed && !text) return true;
  return text.length > 0 && (WRAPPER_LINES.some((re) => re.test(text)) || isNavigationBar(text) || isSiteBanner(text) || isSiteNameLine(text) || isBreadcrumb(text) || isWechatChrome(text));
}

/**
 * Which of the lines (read from the top) are wrapper lines: each by its own look, and a WeChat
 * account's name (`某某教育发布`), which looks like any short line and is known by where it stands:
 * under the follow prompt or over the account header.
 */
export function wrapperLineFlags(lines: readonly string[]): boolean[] {
  const flags = lines.map((line, i) => i < WRAPPER_HEAD && isWrapperLine(line));
  for (let i = 0; i < Math.min(lines.length, WRAPPER_HEAD); i++) {
    if (!flags[i] && isWechatAccountName(lines[i - 1] ?? '', lines[i]!, lines[i + 1] ?? '')) flags[i] = true;
  }
  return flags;
}

/** `察…方案Word文档下载推荐.docx` → `察…方案`: the document's own name inside a sharing site's file name. */
export function titleOfFileName(line: string): string | null {
  const quoted = QUOTED_FILE_NAME.exec(line)?.[1];
  const name = (quoted ?? line).trim();
  const isFile = FILE_NAME.test(name);
  if (!isFile && !SITE_TITLE.test(name)) return null;
  const stem = name
    .replace(FILE_NAME, '')
    .replace(/[((]?(?:精选|通用|共)?\d+篇[))]?$/, '')
    .replace(/(?:word|pdf)?(?:格式)?(?:文档|版)?(?:下载|推荐|免费|可编辑|精品|完整版|最新版?|范文|例文|模板|标准模板|优秀|精选|通用|大全|汇编|参考)+$/i, '')
    .replace(/[(\[【](?:\d+页|word版|可编辑|完整版|精品)[)\]】]$/i, '')
    .trim();
  return stem.length >= 4 ? stem : null;
}

/** Boilerplate a sharing site glues onto the front of a flattened first line. */
export const GLUED_PREFIX =
  /^(?:(?:精选优质文档-+倾情为你奉上|下载后可任意编辑|精品文档|优质文档|专业文档|(?:word)?可编辑(?:版)?|[【\[](?:精品|精选|推荐|原创|最新|优质|热门|范文|完整版|word版?|可编辑|免费下载)[^】\]]{0,6}[】\]])[\s\-—–_]*)+/i;

/** A document-sharing or 范文 site: what it stamps on a page is an upload date, not the issue date. */
export function isSharedDocumentPage(pageTitle: string | null, head: string): boolean {
  if (pageTitle && (FILE_NAME.test(pageTitle) || /范文|模板|文档下载|(?:精选|通用|锦集|合集)\d*篇/.test(pageTitle))) return true;
  return /上传(?:人|者|时间|日期|于)|文档(?:编号|介绍|简介|页数)|页数\s*[::]|\.(?:docx?|pdf|pptx?)\b|由(?:会员|用户)分享|下载本文档|小编|仅供参考|范文|download\s+as|you\s+are\s+on\s+page/i.test(head);
}

/** Lines read from the top for wrapper lines: below them the article has begun. */
const WRAPPER_HEAD = 24;

/** The text with the wrapper lines at its top blanked out (same length, so spans still hold). */
export function maskWrapperLines(text: string): string {
  let out = '';
  const lines = text.split('\n');
  const flags = wrapperLineFlags(lines);
  for (const [i, line] of lines.entries()) {
    out += flags[i] ? ' '.repeat(line.length) : line;
    if (i < lines.length - 1) out += '\n';
  }
  return out;
}
