// Recognizes page chrome: the portal furniture around the articles of a scraped page, and the
// wrapper a document-sharing or 范文 site puts around the document it serves.
import { parseDate } from '../text/dates.js';
import { isBreadcrumb, isNavigationBar, isSiteBanner, isSiteNameLine, isWechatChrome } from '../text/site-chrome.js';

/** Lines that belong to the page header: navigation, contact, counters, publication metadata, blurbs. */
const LEADING = [
  /^(当前位置|您的位置|你的位置|您现在的位置|所在位置)/u,
  /^首页\s*(>|»|\/)/u,
  /^(联系电话|电话|联系方式|联系我们)[:]/u,
  /^(所属分类|分类|栏目|阅读次数|浏览次数|点击次数|阅读量|浏览量|访问量|发布时间|发布日期|更新时间|时间|日期|来源|作者|编辑|字号)[:]/u,
  /^简介[:]/u,
  /(阅读次数|浏览次数|点击次数|发布时间)[:]/u,
  /^(打印本页|关闭窗口|收藏本页|分享到)/u,
  /^欢迎(?:来到|访问|光临)/u,
  // the caption of a contents block printed before the text (文库 previews, Word templates): the block's
  // entries stay in the article, where the heading finder tells them from the sections they list
  /^(?:目\s*录|目\s*次)[:]?$/u,
  // a category and a stamp, `年终工作报告时间:2021-06-28 10:42:45`: the ISO stamp is the site's
  /^.{0,30}(?:时间|日期)[:]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u,
  // counters left without their labels (`1580 1580 112638`)
  /^\d+(?:\s+\d+)+$/u,
];

/** `….docx-文档编号:2093…`: a file name the site ran into its upload card on one line. */
const CARD_AFTER_FILE_NAME = /\.(?:docx?|wps|pdf|txt)(?=\s*[-•·*|]?\s*(?:文档编号|文档格式|格式|页数|大小|上传人|上传时间|上传日期)[:])/iu;

/**
 * Lines of a document site's wrapper: the served file's name, its card (格式, 页数, 上传人…), the
 * preview stub, the site's disclaimers and the editor's blurb. None of them is ever a plan's sentence.
 */
const WRAPPER = [
  /\.(?:docx?|wps|pdf|txt|pptx?|xlsx?)$/iu,
  CARD_AFTER_FILE_NAME,
  /^[-•·*]?\s*(?:文档编号|文档格式|文件格式|格式|大小|文件大小|页数|文档页数|上传人|上传者|上传用户|上传时间|上传日期|贡献者|下载次数|下载积分|下载券|所需积分|收藏次数|小编|文档分类|文档标签)[:]/u,
  /(?:上传人|上传者|上传时间|上传日期|文档页数|下载积分)[:]/u,
  /^(?:文档介绍|文档简介|内容简介|内容预览|文档预览|内容提要|资料简介|文档描述|本文简介)[:]?$/u,
  /由会员分享|请在.{1,16}上搜索|珍藏版\)?》|下载文档前|仅部分预览|侵犯(?:了)?您的(?:合法)?权益|不提供额外的编辑|^版权说明[:]|本文档由用户提供|收益归属内容提供方/u,
  /_第\d+页$/u,
  /^已阅读\d+页|还剩\d+页未读|继续(?:免费)?阅读$/u,
  /^\(未完|全文共\d+字|当前显示\d+字|请认真阅读下面的提示/u,
  /^(?:download\b|you are on page|save to library|share this document|report this document|sign in\b|log in\b)/iu,
  /小编(?:精心|用心)?(?:整理|收集|为大家|给大家|带来)|仅供参考|希望(?:能够|可以|能|会)?(?:帮助|帮到|对)(?:到)?(?:大家|你|您)|供大家参考|欢迎(?:大家)?(?:阅读|参考|借鉴|分享)|一起来看看吧/u,
];

/** A line made of nothing but buttons and menu words: `下载 收藏 举报`, `无障碍 手机版 字号:大 中 小 打印`. */
const BUTTON_WORD = /下载本文档|下载文档|立即下载|免费下载|付费下载|点击下载|开通VIP|VIP|会员中心|会员|举报|收藏本页|加入收藏|收藏|分享到|分享|打印本页|打印|纠错|全文阅读|注册|登录|登陆|无障碍|手机版|字号|关闭窗口|关闭|返回顶部|我要投稿|投稿|合集下载|下载|微信|微博|QQ空间|QQ|复制链接|评论|点赞|上传文档|首页|[大中小]/gu;
const MAX_BUTTON_LINE = 60;

/** Lines after which nothing belongs to an article: pager links, downloads, legal footers. */
const TRAILING = [
  /^(上一篇|下一篇|上一页|下一页)[:]?/u,
  /^下载.*(word|doc|pdf|文档)/iu,
  /^(将本文档下载|点此处下载|点击下载|文档为doc格式)/iu,
  /(ICP备|ICP证|公网安备)/iu,
  /^(copyright|版权所有|©)/iu,
  /^(声明|免责声明)[:]/u,
  /^(相关范文推荐|相关文章|相关推荐|猜你喜欢|热门推荐|相关文档|相关阅读|推荐阅读|更多相关)/u,
  /^(左侧|右侧|顶部|底部)?(悬浮|浮动|漂浮)?广告(位)?$/u,
];

/** Lines that open what the site shows after an article: other articles, not more of this one. */
const END_OF_ARTICLE = /^(?:上一篇|下一篇|相关范文推荐|相关文章|相关推荐|猜你喜欢|热门推荐|相关文档|相关阅读|推荐阅读|更多相关)/u;

export function isLeadingChrome(line: string): boolean {
  return LEADING.some((rule) => rule.test(line)) || isWrapperLine(line) || isButtonLine(line) || isNavigationBar(line) || isSiteBanner(line) || isSiteNameLine(line) || isBreadcrumb(line) || isWechatChrome(line);
}

export function isWrapperLine(line: string): boolean {
  return WRAPPER.some((rule) => rule.test(line));
}

export function isButtonLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_BUTTON_LINE) return false;
  const rest = line.replace(BUTTON_WORD, '');
  return rest.length < line.length && /^[\s:|/·•>»,、\d-]*$/u.test(rest);
}

export function isTrailingChrome(line: string): boolean {
  return TRAILING.some((rule) => rule.test(line)) || isWrapperLine(line) || isButtonLine(line);
}

/** The card a document site prints about an upload: its date is the upload's, not the document's. */
const UPLOAD_CARD = /上传|文档编号|由会员分享|\.(?:docx?|wps|pdf|txt)$/iu;

export function isUploadCard(line: string): boolean {
  return UPLOAD_CARD.test(line) && isWrapperLine(line);
}

export function endsArticle(line: string): boolean {
  return END_OF_ARTICLE.test(line);
}

/** A page stamp's date (`发布时间:2011-03-22`): at least year and month; null when none. */
export function findDate(line: string): string | null {
  const date = parseDate(line);
  return date !== null && date.length >= 7 ? date : null;
}

/** A line that is nothing but a date (the publication stamp under a page title). */
export function isDateLine(line: string): boolean {
  return /^\d{4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u.test(line) && findDate(line) !== null;
}

/** A site's name after the document's (`… - 某某文库`, `…_范文网`): short and naming a site. */
const SITE_SUFFIX = /\s*[-_|–—]+\s*[^-_|–—\s]{0,16}(?:文库|网|文档|文档网|范文|中心|平台|资料|百科|docs?|wenku|网站)\s*$/iu;
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt|pptx?|xlsx?)$/iu;
const PREVIEW_PAGE = /_第\d+页$/u;
/** What a site appends to a served file's name: `…Word文档下载推荐`, `…Word文件下载`, `…word版`. */
const DOWNLOAD_NOTE = /(?:word|doc|docx|pdf)?(?:格式)?(?:文档|文件)?下载(?:推荐|版)?$|(?:word|doc)(?:文档|文件|格式|版)$/iu;

/**
 * The document's own title from a wrapper line: the file name without its extension, a preview
 * page's caption without `_第N页`, a page title without the site's name; null for a line that
 * names no document.
 */
export function documentTitleOf(line: string): string | null {
  const card = CARD_AFTER_FILE_NAME.exec(line);
  if (card) line = line.slice(0, card.index);
  let title = line.replace(FILE_EXTENSION, '').replace(PREVIEW_PAGE, '').replace(DOWNLOAD_NOTE, '');
  // `《X.docx》由会员分享…` carries the name in brackets
  const quoted = /^《([^》]{4,80})》/u.exec(title);
  if (quoted && /由会员分享/u.test(line)) title = quoted[1]!.replace(FILE_EXTENSION, '').replace(DOWNLOAD_NOTE, '');
  else if (isWrapperLine(title) || isButtonLine(title) || LEADING.some((rule) => rule.test(title))) return null;
  const bare = title.replace(SITE_SUFFIX, '').trim();
  return bare.length >= 4 && /\p{Script=Han}/u.test(bare) ? bare : null;
}
