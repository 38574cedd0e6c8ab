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
  if (items.length < 3 || items.some((item) => item.length > MAX_ITEM || /[。;?,,]/u.test(item))) return false;
  return items.some((item) => MENU_WORD.test(item)) || (items.length >= 4 && items.every((item) => item.length <= 6 && !/\d/u.test(item)));
}

/** `某某教育网 某某县教育和体育局主办`: the banner naming a site and who runs it. */
const BANNER = /^[^。,,;;::!?]{2,40}(?:网|网站|门户|平台|在线)[^。,,;;::!?]{0,30}(?:主办|承办|主管)$/u;

export function isSiteBanner(line: string): boolean {
  return BANNER.test(line.trim());
}
