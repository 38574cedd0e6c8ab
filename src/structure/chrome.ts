// Recognizes page chrome: the portal furniture around the articles of a scraped page.
import { parseDate } from '../text/dates.js';

/** Lines that belong to the page header: navigation, contact, counters, publication metadata, blurbs. */
const LEADING = [
  /^(当前位置|您的位置|你的位置|您现在的位置|所在位置)/u,
  /^首页\s*(>|»|\/)/u,
  /^(联系电话|电话|联系方式|联系我们)[:]/u,
  /^(所属分类|分类|栏目|阅读次数|浏览次数|点击次数|阅读量|浏览量|访问量|发布时间|发布日期|更新时间|时间|日期|来源|作者|编辑|字号)[:]/u,
  /^简介[:]/u,
  /(阅读次数|浏览次数|点击次数|发布时间)[:]/u,
  /^(打印本页|关闭窗口|收藏本页|分享到)/u,
];

/** Lines after which nothing belongs to an article: pager links, downloads, legal footers. */
const TRAILING = [
  /^(上一篇|下一篇|上一页|下一页)[:]?/u,
  /^下载.*(word|doc|pdf|文档)/iu,
  /^(将本文档下载|点此处下载|点击下载|文档为doc格式)/iu,
  /(ICP备|ICP证|公网安备)/iu,
  /^(copyright|版权所有|©)/iu,
  /^(声明|免责声明)[:]/u,
  /^(相关范文推荐|相关文章|相关推荐|猜你喜欢|热门推荐)/u,
  /^(左侧|右侧|顶部|底部)?(悬浮|浮动|漂浮)?广告(位)?$/u,
];

export function isLeadingChrome(line: string): boolean {
  return LEADING.some((rule) => rule.test(line));
}

export function isTrailingChrome(line: string): boolean {
  return TRAILING.some((rule) => rule.test(line));
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
