// Portal chrome that survives inside a page's content block: removed line by line, or only the
// offending fragment when the rest of the line is useful (a date beside a visit counter).

/** Lines that are chrome as a whole; a footer's registration carries its number. */
const CHROME_LINES: readonly RegExp[] = [
  /ICP\s*[备證证]\s*\d|ICP\s*[备證证]\s*[:：]|(?:公网安备|公網安備)\s*\d/i,
  /^\s*[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上一頁|下一頁)/,
  /^\s*(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|當前位置|您的位置)\s*[:：]/,
  /^\s*(?:分享到|打印本页|关闭窗口|返回顶部|打印本頁|關閉窗口)/,
  /^\s*(?:版权所有|版權所有|copyright\b|©)[^。；！？;!?]*$/i,
];

/** A breadcrumb is short; a long line starting with 当前位置 is kept in case it holds content. */
const MAX_CHROME_LINE = 120;

/** Visit counters (阅读次数:1636, 点击: 12 次) and font-size switches, removed from inside a line. */
const CHROME_FRAGMENTS: readonly RegExp[] = [
  /(?:阅读次数|浏览次数|点击次数|访问次数|閱讀次數|瀏覽次數|點擊次數|点击量|阅读量|浏览量|点击|瀏覽|浏览)\s*[:：]\s*(?:\d+\s*次?)?/g,
  /[【\[]?\s*字[体號号]\s*[:：]\s*大\s*中\s*小\s*[】\]]?/g,
];

/** Floating-ad captions and lines of bare symbols (`+`, `——`) that float widgets leave behind. */
const AD_CAPTION = /^.{0,10}广告\s*$/;
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

export function isChromeLine(line: string): boolean {
  if (NO_WORDS.test(line) || AD_CAPTION.test(line)) return true;
  return line.length <= MAX_CHROME_LINE && CHROME_LINES.some((pattern) => pattern.test(line));
}

export function stripChromeFragments(line: string): string {
  let result = line;
  for (const pattern of CHROME_FRAGMENTS) result = result.replace(pattern, ' ');
  return result === line ? line : result.replace(/[ \t]{2,}/g, ' ').trim();
}

export function removeChromeLines(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (isChromeLine(line)) continue;
    const stripped = stripChromeFragments(line);
    if (stripped !== '') kept.push(stripped);
  }
  return kept;
}
