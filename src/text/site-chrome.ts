// Two kinds of line a site prints above every page, shared by the structure stage (page header)
// and the document facts (title finder): a navigation bar and the site's banner. Neither is ever
// an article's title, author or sentence.

const SEPARATOR = /\s*[|丨｜]\s*/u;
/** Words of a site's menus: account, upload and download links, the home page, accessibility switches. */
const MENU_WORD = /登录|登陆|注册|会员|VIP|上传|下载|首页|主页|帮助|客服|收藏|手机版|无障碍|网站地图|退出|个人中心|充值|投稿|English|繁体|简体|欢迎/iu;
const MAX_ITEM = 20;

/**
 * `XX文库|登录|注册| VIP会员|上传文档`, `首页 | 教育动态 | 通知公告 | 学校风采`: three or more short
 * items between `|` separators, one of them a menu word, or four or more bare section names. A
 * title carries one `|` at most (a column tag before it: `质量立校|…方案`), and a table row of a
 * text dump opens and closes with one, so neither is a bar.
 */
export function isNavigationBar(line: string): boolean {
  const text = line.trim();
  if (/^[|丨｜]|[|丨｜]$/u.test(text)) return false;
  const items = text.split(SEPARATOR).filter((item) => item.length > 0);
  if (items.length < 3 || items.some((item) => item.length > MAX_ITEM || /[。;?,,]/u.test(item))) return isSpacedMenu(text);
  return items.some((item) => MENU_WORD.test(item)) || (items.length >= 4 && items.every((item) => item.length <= 6 && !/\d/u.test(item)));
}

/** Items of a menu a scraper kept with the spaces between its links for separators. */
const SPACED_ITEMS = /\s{2,}|\u3000+/u;
const HOME_LINK = /^(?:网站首页|首页|主页|学校首页)$/u;

/**
 * `首页  学校概况  党建工作  教育教学  德育之窗`: four or more short section names set apart by two
 * spaces or more, led by the home page. A table row in a text dump has no home-page link.
 */
function isSpacedMenu(text: string): boolean {
  const items = text.split(SPACED_ITEMS).filter((item) => item.length > 0);
  return items.length >= 4 && HOME_LINK.test(items[0]!) && items.every((item) => item.length <= 8 && !/[\d。;?,,::]/u.test(item));
}

/** `某某教育网 某某县教育和体育局主办`: the banner naming a site and who runs it. */
const BANNER = /^[^。,,;;::!?]{2,40}(?:网|网站|门户|平台|在线)[^。,,;;::!?]{0,30}(?:主办|承办|主管)$/u;

export function isSiteBanner(line: string): boolean {
  return BANNER.test(line.trim());
}

/** A web address printed on a page (`www.hxzx.cn`, `http://jyj.nanshan.gov.cn`). */
export const WEB_ADDRESS = /(?:https?:\/\/|www\.)[\w.\/-]+|\b[\w-]+\.(?:com|cn|net|org)(?:\.cn)?\b/iu;
/** `南山县教育信息网`, `红星中学官网`, `好范文网`: a site's own name, alone on its line. */
const SITE_NAME = /^[\p{Script=Han}A-Za-z\d·]{2,20}?(?:网站|官网|官方网站|门户网站|门户|文库|网)$/u;
/** Networks a plan may build (校园网, 城域网), which are no site's name. */
const NETWORK = /(?:校园|局域|城域|互联|物联|因特|广域|光纤|宽带|监控|电|管|渔|蛛|天)网$/u;

/**
 * The name of the site a page was saved from, printed on a line of its own over the article
 * (`南山县教育信息网`, `好范文网 www.haofanwen.com`, a bare address): a scraper's text keeps the site's
 * header, and the article's title lines start under it.
 */
export function isSiteNameLine(line: string): boolean {
  const text = line.trim();
  const name = text.replace(WEB_ADDRESS, '').trim();
  if (name === '') return WEB_ADDRESS.test(text);
  return SITE_NAME.test(name) && !NETWORK.test(name);
}

/** The site a breadcrumb opens with (`某某县人民政府门户网站>政务公开>…`); null for a lead-in or the home page. */
export function breadcrumbSite(line: string): string | null {
  if (!isBreadcrumb(line)) return null;
  const head = line.trim().split(CRUMB_SEPARATOR)[0]!.replace(/^(?:您当前的位置|您的位置|当前位置|你的位置|您现在的位置|所在位置)[::]?\s*/u, '');
  return head && !/^(?:首页|主页|网站首页)$/u.test(head) ? head : null;
}

/** `>` `›` `»` `/` between breadcrumb items (NFKC has folded `＞` to `>`). */
const CRUMB_SEPARATOR = /\s*[>›»/]\s*/u;
/** The head of a breadcrumb: its lead-in, the home page, or a site that names itself as one. */
const CRUMB_HEAD = /^(?:您当前的位置|您的位置|当前位置|你的位置|您现在的位置|所在位置)[::]?|(?:首页|主页|网站首页|网|网站|门户|门户网站|平台|文库|在线)$|(?:人民政府|教育局|教育和体育局|教育体育局|教体局|学校|中学|小学)$/u;
/** Section names a site files its pages under. */
const CRUMB_SECTION = /政务公开|信息公开|通知公告|公告|文件|正文|动态|新闻|资讯|要闻|工作|范文|公文|计划|方案|总结|专题|栏目|教育|文章/u;
const MAX_CRUMB = 16;

/**
 * `某某县人民政府门户网站>政务公开>部门文件`, `当前位置:首页 > 通知公告 > 正文`, `某市教育局 » 教育动态 »
 * 基层动态`: three or more short items between breadcrumb separators, headed by the site (its home
 * page, a portal, a unit's site) and filed under section names. A title may hold one `>` or a
 * figure (`满意度>95%`), never a chain of section names without figures.
 */
export function isBreadcrumb(line: string): boolean {
  const items = line.trim().split(CRUMB_SEPARATOR).filter((item) => item.length > 0);
  if (items.length < 3 || items.some((item) => item.length > MAX_CRUMB || /[。;?!,,%\d]/u.test(item))) return false;
  const [head, ...sections] = items;
  return CRUMB_HEAD.test(head!) && sections.some((s) => CRUMB_SECTION.test(s));
}

/**
 * How much of a flattened line is a breadcrumb run into the title (`某某文库首页>公文范文>实施方案某县…方案`):
 * the chain from the site to its last section, whose name ends at a filing word. 0 when none.
 */
const CRUMB_CHAIN = /^(?:(?:您当前的位置|您的位置|当前位置|你的位置|您现在的位置|所在位置)[::]?)?[^\s>›»/。,,]{0,16}?(?:首页|主页)(?:\s*[>›»/]\s*[^\s>›»/。,,]{1,12}?){1,4}?\s*[>›»/]\s*/u;
const LAST_SECTION = /^[^\s>›»/。,,]{0,10}?(?:公文|范文|方案|计划|总结|公告|通知|文件|正文|动态|新闻|资讯|要点|报告|大全|文章|心得体会|制度)/u;
export function gluedBreadcrumbLength(line: string): number {
  const chain = CRUMB_CHAIN.exec(line);
  if (!chain) return 0;
  const rest = line.slice(chain[0].length);
  const last = LAST_SECTION.exec(rest);
  // the last section is no section when nothing of a title follows it
  return last && rest.length - last[0].length >= 6 ? chain[0].length + last[0].length : 0;
}

/** `点击上方蓝字关注我们`, `点击上方“蓝字”关注我们`: a WeChat account's prompt over its article. */
const WECHAT_FOLLOW = /^[↑▲☝👆\s]*点击(?:上方|上面|标题下|顶部)?[^。,,;!?]{0,10}关注|^[^。,,;!?]{0,12}关注我们[!!。.]?$/u;
/**
 * The account header (`原创 作者 账号 2025年11月12日 08:30 河北`): optional 原创, author and account,
 * the day with the time of publishing (which no signature carries), the reader's IP place.
 */
const WECHAT_HEADER = /^(?:原创)?[^。,,;!?::]{0,40}?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?:\s*[\p{Script=Han}]{2,3})?$/u;
/** The reader's buttons under a WeChat article. */
const WECHAT_BUTTONS = /^(?:(?:阅读原文|轻触阅读原文|在看|分享|收藏|点赞|赞|写留言|留言|喜欢此内容的人还喜欢|继续滑动看下一个|向上滑动看下一个|微信扫一扫关注该公众号|预览时标签不可点)\s*)+$/u;
const ACCOUNT_NAME_MAX = 20;

/** A line of a WeChat article's chrome: the follow prompt, the account header, the buttons. */
export function isWechatChrome(line: string): boolean {
  const text = line.trim();
  return WECHAT_FOLLOW.test(text) || WECHAT_HEADER.test(text) || WECHAT_BUTTONS.test(text);
}

/** The account header's line, whose day is the article's publication date. */
export function isWechatHeader(line: string): boolean {
  return WECHAT_HEADER.test(line.trim());
}

/**
 * The account's name (`某某教育发布`), which looks like any short line and is known by where it
 * stands: under the follow prompt or over the account header.
 */
export function isWechatAccountName(prev: string, line: string, next: string): boolean {
  const text = line.trim();
  if (!text || text.length > ACCOUNT_NAME_MAX || /[。,,;;!?::]/u.test(text) || WECHAT_HEADER.test(text)) return false;
  return WECHAT_FOLLOW.test(prev.trim()) || WECHAT_HEADER.test(next.trim());
}
