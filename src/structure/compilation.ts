// Finds the article markers of a compilation page: a header announcing a count (`…(精选6篇)`,
// `【6篇】`, `锦集5篇`) and markers numbered 1, 2, 3… (`… 第1篇`, `第一篇:标题`, `篇一:`, `【篇1】`,
// `…方案【第一篇】正文`, or the page title repeated with an index digit, `…方案1正文`).
import type { Line } from './lines.js';
import { CHINESE_NUMERAL, parseSmallNumber } from './numerals.js';

const N = `(\\d{1,3}|${CHINESE_NUMERAL}{1,3})`;
/** Words a 范文 site puts beside the count: 精选, 通用, 锦集, 最新… */
const COLLECTION = '(?:精选|共|合集|通用|最新|热门|优秀|经典|推荐|实用|优选|汇编|大全|集锦|锦集|范文|模板|精编|精品|必备)';
const COUNT_BRACKETED = new RegExp(`[(【\\[]${COLLECTION}?\\s*${N}\\s*篇[)】\\]]`, 'u');
const COUNT_AT_END = new RegExp(`(?<!第)${COLLECTION}?\\s*${N}篇$`, 'u');
/** The header is the page title: near the top and a title, not a sentence that counts articles. */
const HEADER_WINDOW = 15;
const MAX_HEADER = 80;
const MAX_MARKER_PREFIX = 40;
const SENTENCE_PUNCT = /[。;!?,]/u;

/** `◎范本一◎`, `★范文2★`, `【例文三】`, `范文1:`: a model text's number, set between ornaments or before a stop. */
const ORNAMENT_OPEN = '[◎★☆●◆■【\\[(]';
const ORNAMENT_CLOSE = '[◎★☆●◆■】\\])]';
const MODEL_MARK = `${ORNAMENT_OPEN}\\s*(?:范文|范本|例文)${N}\\s*${ORNAMENT_CLOSE}|(?:范文|范本|例文)${N}(?=[:.、\\s]|$)`;

/**
 * A marker line: an optional prefix (the page title repeated), the marker `第N篇` or `篇N`,
 * optionally bracketed, then the article's title or text. `篇一` is only a marker when nothing
 * is glued to it, or `千篇一律` would be one.
 */
const MARKER = new RegExp(
  `^(.{0,${MAX_MARKER_PREFIX}}?)(?:[【\\[(]\\s*(?:第${N}篇|篇${N})\\s*[】\\])]|第${N}篇|篇(\\d{1,3})|篇(${CHINESE_NUMERAL}{1,3})(?=[:.、\\s]|$)|${MODEL_MARK})[:.、]?\\s*`,
  'u',
);
/** The page title repeated with an index digit: `农村小学工作计划1`, then the article's text. */
// A digit followed by 篇 is the page's count (`…【精选3篇】`), never an index.
const INDEX_DIGIT = new RegExp(`^(\\D{2,${MAX_MARKER_PREFIX}}?)(\\d{1,2})(?![\\d篇])`, 'u');
/** Without a page title, a repeated title must at least read as one (`附件1`, `附件2` do not). */
const GENRE_END = /(?:方案|计划|总结|报告|规划|意见|措施|办法|制度|细则|要点|安排|范文|讲话|发言稿|发言)$/u;

export interface CompilationHeader {
  line: number;
  declared: number;
  /** The page title without the count. */
  title: string;
}

export interface ArticleMarker {
  line: number;
  index: number;
  /** Offset where the article's text begins: its own title or text after the marker, or the next line. */
  bodyStart: number;
  /** Words before the marker on its line (`小学课后服务工作方案` of `小学课后服务工作方案【篇二】`), which the article's text leaves out. */
  heading?: string;
}

/** The count a page title carries (`(精选6篇)`, `【6篇】`, `…锦集5篇`), or null. */
function countIn(text: string): RegExpExecArray | null {
  return COUNT_BRACKETED.exec(text) ?? COUNT_AT_END.exec(text);
}

export function findCompilationHeader(lines: readonly Line[]): CompilationHeader | null {
  for (const [i, line] of lines.slice(0, HEADER_WINDOW).entries()) {
    const text = line.text;
    if (text.length > MAX_HEADER || /^下载/u.test(text) || SENTENCE_PUNCT.test(text.replace(/[(【\[][^)】\]]*[)】\]]/gu, ''))) continue;
    const m = countIn(text);
    if (!m || MARKER.test(text)) continue;
    const declared = parseSmallNumber(m[1] ?? '');
    if (declared >= 2) return { line: i, declared, title: text.replace(m[0], '').trim() };
  }
  return null;
}

/** Han characters and letters only, without collection words and years: what two titles share. */
function titleCore(title: string): string {
  return title
    .replace(/[【\[(][^】\])]*[】\])]/gu, '')
    .replace(new RegExp(COLLECTION, 'gu'), '')
    .replace(/\d{4}年?/gu, '')
    .replace(/[^\p{Script=Han}\p{L}]/gu, '');
}

function sharesTitle(prefix: string, header: CompilationHeader): boolean {
  const a = titleCore(prefix);
  const b = titleCore(header.title);
  return a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a));
}

interface MarkerMatch {
  number: number;
  /** Characters of the line before the article's own text. */
  length: number;
  prefix: string;
}

function markerIn(text: string, header: CompilationHeader | null, firstPrefix: string | null): MarkerMatch | null {
  const m = MARKER.exec(text);
  if (m) {
    const prefix = m[1] ?? '';
    const numeral = m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? '';
    // without the page's title to compare with, a marker must open its line
    if (SENTENCE_PUNCT.test(prefix) || (!header && prefix !== '')) return null;
    return { number: parseSmallNumber(numeral), length: m[0].length, prefix };
  }
  const d = INDEX_DIGIT.exec(text);
  if (!d) return null;
  const prefix = d[1]!;
  if (SENTENCE_PUNCT.test(prefix)) return null;
  const known = header ? sharesTitle(prefix, header) : prefix === firstPrefix || (firstPrefix === null && d[0].length === text.length && GENRE_END.test(prefix));
  return known ? { number: Number(d[2]), length: d[0].length, prefix } : null;
}

/**
 * Markers numbered 1, 2, 3… in order after the header; a marker out of sequence is body text.
 * Without a header (a PDF may drop the page title) a marker must open its line (`第一篇:标题`,
 * `篇一:`), or be a whole line repeating one title with successive index digits: the trailing
 * form `… 第1篇` is too easily an ordinary sentence end.
 */
export function findMarkers(lines: readonly Line[], header: CompilationHeader | null): ArticleMarker[] {
  const markers: ArticleMarker[] = [];
  let firstPrefix: string | null = null;
  for (let i = header ? header.line + 1 : 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = markerIn(line.text, header, firstPrefix);
    if (!found || found.number !== markers.length + 1) continue;
    if (!header && found.prefix !== '' && markers.length === 0) firstPrefix = found.prefix;
    const rest = line.text.length - found.length;
    const bodyStart = rest > 0 ? line.end - rest : (lines[i + 1]?.start ?? line.end);
    const heading = found.prefix.trim();
    markers.push({ line: i, index: markers.length + 1, bodyStart, ...(heading ? { heading } : {}) });
  }
  return markers;
}

/** `株洲市某幼儿园2025年春季学期保教工作计划`, `…总结(2024—2025学年)`: a whole document's title on a line of its own. */
const DOCUMENT_TITLE_LINE = /^(?![一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、])[^。;;!?!?,,::]{6,48}?(?:方案|计划|总结|报告|规划|细则|要点)(?:[((][^()()]{1,16}[))])?$/u;
const TOP_LEVEL_ONE = /^一、/u;
/** A 范文 page: its title or blurb says it serves model texts, which it strings together. */
const MODEL_TEXT_PAGE = /范文|精选|合集|汇编|大全|小编|\d+篇/u;

/**
 * A 范文 page of several documents set one after another with nothing but their titles between them:
 * each title line whose next line opens the top-level numbering again (`一、`) starts an article. Two
 * such lines at least, on a page that says it serves model texts; a plan with an attachment on a
 * school's or bureau's page is one article.
 */
export function findTitleMarkers(lines: readonly Line[]): ArticleMarker[] {
  const starts: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (!DOCUMENT_TITLE_LINE.test(line.text.trim())) continue;
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    if (next && TOP_LEVEL_ONE.test(next.text.trim())) starts.push(i);
  }
  if (starts.length < 2) return [];
  const before = lines.slice(0, starts[0]).map((l) => l.text).join('\n');
  if (!MODEL_TEXT_PAGE.test(before)) return [];
  return starts.map((line, k) => ({ line, index: k + 1, bodyStart: lines[line]!.start }));
}

/**
 * A line repeating the page's compilation title with its count (`…方案【精选3篇】`), as 范文 sites print
 * it beside every article marker: chrome of the page, never an article's title or text. Without a
 * header, a short line that carries a count and is no marker is taken as such a repeat.
 */
export function isTitleRepeat(text: string, header: CompilationHeader | null): boolean {
  if (text.length === 0 || text.length > MAX_HEADER || MARKER.test(text)) return false;
  const m = countIn(text);
  if (!m || SENTENCE_PUNCT.test(text.replace(m[0], ''))) return false;
  if (!header) return true;
  return sharesTitle(text.replace(m[0], ''), header);
}
