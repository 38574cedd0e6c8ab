// The article's own title: the short line(s) before the body that end in a genre word (方案, 总结…),
// or the head of a first line that runs on into the body (`…实施方案为贯彻落实…`). Wrapper lines a
// page leaves above it (a sharing site's file name and buttons, a portal's stamps) are passed over;
// a notice's addressees and signature, when its own title is missing, lead to the plan's title.
import type { Article, Span } from '../../src/types.js';
import { GENRE_WORD, NOTICE_TITLE, TITLE_END, TITLE_NOTE_AFTER } from './keywords.js';
import { linesOf, type Line } from './lines.js';
import { isOrgName, ORG_SUFFIX } from './org-names.js';
import { gluedBreadcrumbLength, WEB_ADDRESS } from '../../src/text/site-chrome.js';
import { GLUED_PREFIX, isWrapperLine, titleOfFileName, wrapperLineFlags } from './wrapper.js';

export interface FoundTitle {
  title: string;
  /** Null when the title was printed above the article's text (the page's title). */
  span: Span | null;
  /** Where the title's lines end when a subtitle under it (a speech's occasion) is no part of it; a byline may follow on its line. */
  linesEnd?: number;
}

const NUMBERED = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十\d]+[章节部分条])/;
const SENTENCE_PUNCT = /[。;!?]/;
const CHROME = /^(?:所属分类|阅读次数|浏览次数|发布时间|发布日期|时间|来源|作者|编辑|点击)[::]/;
/** Lines between a title and the body that are not part of either: a period `2011-2013`, a date. */
const TITLE_NOTE = /^[((]?\d{4}(?:年)?(?:\s*[-—~至到]+\s*\d{4}年?)?[))]?$|^\d{4}[.年-]\d{1,2}(?:[.月-]\d{1,2}日?)?$/;
/** How the body of a plan or report opens; what follows a run-on title. */
const BODY_OPENER = /^(?:[、,]|为|根据|按照|依据|遵照|近年来|近几年|多年来|一年来|本学期|本学年|本年度|今年|去年|随着|当前|目前|我校|我们|在|自|从|经|[一二三四五六七八九十]+、)/;
const MAX_TITLE = 60;
const MAX_NOTICE_TITLE = 100;
const REPEATED_TAIL = 6;
const MIN_BARE_TITLE = 8;
/** Lines read for a title: wrapper lines and a notice's preamble can push it a dozen lines down. */
const HEAD_LINES = 24;
/** `各乡镇中心学校,县直各学校:`: the addressees of a notice. */
const ADDRESSEES = /^(?:各|全体|全县|全市|全区|县直|市直|区直|局属|本校各)[^。!?]{0,60}[::]$/;
/** The notice's one-sentence body that hands the plan over. */
const HANDS_OVER = /印发给你们|现予印发|现印发|予以印发|请(?:认真)?(?:结合实际)?(?:认真)?(?:贯彻|遵照|组织|抓好|参照)(?:执行|落实|实施)/;
/** A notice's file number (`黟教〔2023〕12号`). */
/** `——在全县教育工作会议上的讲话`: the subtitle that names the occasion of a speech, not its title. */
/** The speaker's byline may follow on the same line (`——在…上的讲话 蒲城县教育局局长 王某`). */
/** The speaker may stand before the occasion (`——红星中学校长李某某在开学典礼上的讲话`); the byline is then read from there. */
const SPEECH_SUBTITLE = /^[—–-]{1,3}\s*(?<speaker>[^\s。;!?,,:在]{4,30}?\s*)?在(?:.{2,60}?上的|.{2,60}?)(?:讲话|报告|发言|致辞|讲稿)(?=[^。;!?,,]{0,30}$)/u;
/** `在…上的讲话——红星中学校长 李某某`: a speaker's byline after a dash on the title's own line. */
const DASHED_BYLINE = /\s*[—–-]{1,3}\s*(?<byline>[^—–\-。;!?,,]{4,30}?(?:校长|园长|院长|局长|所长|书记|主任|主席|处长|科长|股长|老师|教师)\s*[^—–\-。;!?,,\s]{0,6})$/u;
const FILE_NUMBER = /^[\p{Script=Han}]{1,8}[〔\[(【]\s*(?:19|20)\d{2}\s*[〕\])】]\s*\d+\s*号$/u;

export function findTitle(article: Article): FoundTitle | null {
  const lines = linesOf(article.text).slice(0, HEAD_LINES);
  const page = article.pageContext;
  const compilationTitle = page.compilation ? bare(stripCount(page.title ?? '')) : null;
  const blocks: FoundTitle[] = [];
  let fileTitle: string | null = null;
  let preamble = false;
  const wrapper = wrapperLineFlags(lines.map((l) => l.text));
  let i = 0;
  while (i < lines.length && blocks.length < 3) {
    const line = withoutGluedPrefix(lines[i]!);
    // the compilation's own title, repeated as the first article's heading, is not this article's
    if (CHROME.test(line.text) || TITLE_NOTE.test(line.text) || SPEECH_SUBTITLE.test(line.text) || bare(withoutMarker(line).text) === compilationTitle) {
      i++;
      continue;
    }
    if (wrapper[i] || isWrapperLine(line.text)) {
      fileTitle ??= titleOfFileName(line.text);
      i++;
      continue;
    }
    if (blocks.length === 0 && isPreamble(line.text, preamble)) {
      preamble = true;
      i++;
      continue;
    }
    const block = titleBlock(lines, i);
    if (block) {
      blocks.push(block.found);
      i = block.next;
      continue;
    }
    const runOn = runOnTitle(line) ?? (blocks.length === 0 ? bareTitleLine(line, lines[i + 1]) : null);
    if (runOn) blocks.push(runOn);
    break;
  }
  const own = blocks.filter((b) => bare(b.title) !== compilationTitle);
  // a notice whose title the page printed above its text: the plan after its preamble is not the article's title
  if (preamble && page.title && NOTICE_TITLE.test(page.title)) return { title: page.title, span: null };
  const found = own.at(-1) ?? null;
  if (found) return found;
  if (fileTitle) return { title: fileTitle, span: null };
  // `小学课后服务工作方案【篇二】`: a heading printed on the marker's line is the article's, unless it
  // only repeats the compilation's own title (`学校教育质量提升行动总结 第2篇` under that page title)
  const heading = page.markerHeading;
  if (heading && TITLE_END.test(heading) && bare(heading) !== compilationTitle) return { title: heading, span: null };
  return pageTitle(page.title, page.compilation);
}

/** The page's title as a fallback: never a compilation's, and a file name only for the name inside it. */
function pageTitle(raw: string | null, compilation: boolean): FoundTitle | null {
  const title = raw?.replace(SITE_NAME_AFTER, '') ?? null;
  if (!title || compilation || isWrapperLine(title)) {
    const fromFile = title && !compilation ? titleOfFileName(title) : null;
    return fromFile ? { title: fromFile, span: null } : null;
  }
  return { title, span: null };
}

/** `…实施方案 - 百度文库`, `…计划_好范文网`: the site's name a page's title carries after the document's. */
const SITE_NAME_AFTER = /\s*[-_|–—]+\s*[^-_|–—]{0,16}(?:网|文库|文档|范文|首页|官网|平台|门户)[^-_|–—]{0,6}$/;

/**
 * A notice's preamble when its title is missing: addressees, the sentence handing the plan over,
 * the file number, then the issuer and date. Issuer and date count only once addressees were seen,
 * or a two-line title (`某某小学` / `…方案`) would be skipped as a signature.
 */
function isPreamble(text: string, seen: boolean): boolean {
  if (ADDRESSEES.test(text) || FILE_NUMBER.test(text)) return true;
  if (!seen) return false;
  return HANDS_OVER.test(text) || (text.length <= 30 && isOrgName(text.replace(/\s+/g, ''))) || /^[((]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[))]?$/.test(text);
}

/** A flattened first line may open with boilerplate or a breadcrumb (`某文库首页>公文范文>实施方案某县…`) glued to the title. */
function withoutGluedPrefix(line: Line): Line {
  const cut = GLUED_PREFIX.exec(line.text)?.[0].length ?? gluedBreadcrumbLength(line.text);
  return cut ? { start: line.start + cut, end: line.end, text: line.text.slice(cut) } : line;
}

/** Up to three short lines, joined, that end in a genre word. */
function titleBlock(lines: Line[], from: number): { found: FoundTitle; next: number } | null {
  let joined = '';
  let start = -1;
  for (let j = from; j < Math.min(lines.length, from + 3); j++) {
    const line = withoutMarker(lines[j]!);
    // the title ends over a speech's subtitle
    const subtitle = SPEECH_SUBTITLE.exec(line.text);
    if (subtitle) {
      if (!joined) return null;
      const speaker = subtitle.groups?.speaker;
      const linesEnd = line.start + (speaker ? subtitle[0].indexOf(speaker) : subtitle[0].length);
      return { found: { title: joined, span: { start, end: lines[j - 1]!.end }, linesEnd }, next: j + 1 };
    }
    // a notice names the whole plan it carries, so its title runs longer
    const limit = NOTICE_TITLE.test(line.text) ? MAX_NOTICE_TITLE : MAX_TITLE;
    if (!line.text || line.text.length > limit || SENTENCE_PUNCT.test(line.text) || NUMBERED.test(line.text) || CHROME.test(line.text)) return null;
    // a motto or slogan over the plan (`厚德笃行 博雅致远` / `——某中学三年发展规划(…)`, or over a title
    // that names its school): the title is the line naming the plan, the motto names nothing
    const named = namesPlan(line.text);
    if (joined && named && isMotto(joined)) {
      joined = '';
      start = -1;
    }
    const text = named ?? line.text;
    // `南山县红星中学` over `红星中学教学质量提升计划`: the header line names the unit the title names again
    if (joined && repeatsUnitOf(joined, text)) {
      joined = '';
      start = -1;
    }
    if (start < 0) start = line.end - text.length;
    joined += text;
    if (joined.length > limit + (limit === MAX_NOTICE_TITLE ? MAX_TITLE : 0)) return null;
    if (TITLE_END.test(joined)) return { found: { title: joined, span: { start, end: line.end } }, next: j + 1 };
    const byline = DASHED_BYLINE.exec(joined);
    if (byline && TITLE_END.test(joined.slice(0, byline.index))) {
      const end = line.end - byline[0].length;
      return { found: { title: joined.slice(0, byline.index), span: { start, end }, linesEnd: line.end - byline.groups!.byline!.length }, next: j + 1 };
    }
  }
  return null;
}

/** Whether `next` opens with a unit's name that `header` ends with (`南山县红星中学` / `红星中学…`). */
function repeatsUnitOf(header: string, next: string): boolean {
  for (let length = Math.min(header.length, next.length); length >= 4; length--) {
    const name = header.slice(-length);
    if (next.startsWith(name) && isOrgName(name)) return true;
  }
  return false;
}

/** `——某中学三年发展规划(…)` or `某某小学…行动计划(…)`: a line that is a whole plan title by itself, without its dash. */
function namesPlan(text: string): string | null {
  const dash = /^[—–-]{1,3}\s*/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(dash);
  if (!TITLE_END.test(rest) || NOTICE_TITLE.test(rest)) return null;
  return dash || ORG_HEAD.test(rest) ? rest : null;
}

/** A line over a title that names no one and no genre: no unit name, no genre word, no date. */
function isMotto(text: string): boolean {
  return !isOrgName(text) && !ORG_HEAD.test(text) && !GENRE_WORD_IN.test(text) && !/\d/.test(text) && !/^关于/.test(text);
}

/** A title's head naming its organization: `松溪县实验小学…`. */
const ORG_HEAD = new RegExp(`^[\\p{Script=Han}A-Za-z]{2,20}?${ORG_SUFFIX}`, 'u');
const GENRE_WORD_IN = new RegExp(GENRE_WORD.source);

/** A short line standing alone over the body (`…质量提升年活动`): a title without a genre word. */
function bareTitleLine(line: Line, next: Line | undefined): FoundTitle | null {
  const text = line.text;
  // a line opening with a dash is a subtitle or a byline (`——某中学校长 李某某`) under a title printed above
  if (/^[—–-]/u.test(text)) return null;
  if (!next || text.length < MIN_BARE_TITLE || text.length > MAX_TITLE || /[。;!?::,,]/.test(text) || NUMBERED.test(text)) return null;
  if (isOrgName(text) || BODY_OPENER.test(text) || /\d{4}\s*[年.\-/]\s*\d{1,2}/.test(text)) return null;
  return { title: text, span: { start: line.start, end: line.end } };
}

/** `学校自查报告范文1`, `…工作计划篇二`: a compilation's index after the genre word, with its 范文 label. */
const INDEX_AFTER_GENRE = new RegExp(`(?<=${GENRE_WORD.source.replace(/^/, '(?:').concat(')')})(?:范文|例文|模板|精选)?\\s*(?:[((]\\d{1,2}[))]|\\d{1,2}|篇[一二三四五六七八九十\\d]+)$`);

/** A web address ending a header line (`红星中学 www.hxzx.cn`): the site's, printed beside its owner's name. */
const ADDRESS_AFTER = new RegExp(`\\s*(?:${WEB_ADDRESS.source})\\s*$`, 'iu');

/** A `第一篇:` marker, should one survive the article split, is not part of the title; nor is a site's address. */
function withoutMarker(line: Line): Line {
  const head = (/^第[一二三四五六七八九十\d]+篇[::]?\s*/.exec(line.text) ?? GLUED_PREFIX.exec(line.text))?.[0].length ?? gluedBreadcrumbLength(line.text);
  const tail = (/\s*第[一二三四五六七八九十\d]+篇$/.exec(line.text) ?? INDEX_AFTER_GENRE.exec(line.text) ?? ADDRESS_AFTER.exec(line.text))?.[0].length ?? 0;
  return { start: line.start + head, end: line.end - tail, text: line.text.slice(head, line.text.length - tail) };
}

/** `关于开展…工作的通知各乡镇中心学校、县直各学校:`: a flattened notice's title run into its addressees. */
const NOTICE_RUN_ON = /^([^。!?;:,,]{0,30}?关于[^。!?;:,,]{2,80}?(?:通知|通报|决定|意见|函))(?=(?:各|全体|全县|全市|全区|县直|市直|区直|局属)[^。!?]{0,60}[::])/;

/** `…活动实施方案为贯彻落实…`: a title glued to the body's first sentence. */
function runOnTitle(line: Line): FoundTitle | null {
  const text = line.text;
  const notice = NOTICE_RUN_ON.exec(text)?.[1];
  if (notice) return { title: notice, span: { start: line.start, end: line.start + notice.length } };
  if (NUMBERED.test(text) || BODY_OPENER.test(text)) return null;
  const head = text.slice(0, MAX_TITLE).split(/[,。;:《!?]/)[0] ?? '';
  let end = -1;
  for (const m of head.matchAll(GENRE_WORD)) end = m.index + m[0].length;
  if (end < 6) return null;
  end += NOTE_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  if (!BODY_OPENER.test(text.slice(end)) && !signedUnder(text.slice(end))) return null;
  const start = repeatedTitleEnd(text.slice(0, end));
  return { title: text.slice(start, end), span: { start: line.start + start, end: line.start + end } };
}

const NOTE_AFTER = new RegExp(`^${TITLE_NOTE_AFTER}`);
/** `…计划(2019-2022)东平县后屯小学2019年9月一、…`: the issuer and date printed under a flattened title. */
const SIGNED_UNDER = /^([\p{Script=Han}A-Za-z]{2,24}?)(?:19|20)\d{2}\s*[年.\-/]/u;
function signedUnder(rest: string): boolean {
  const unit = SIGNED_UNDER.exec(rest)?.[1];
  return unit !== undefined && isOrgName(unit);
}

/**
 * Where the last of two glued titles starts (`…工作方案学生东湖区…工作方案`): a page
 * title run into the article's own title ends the same way, so the repeated ending marks the seam.
 */
function repeatedTitleEnd(title: string): number {
  const tail = title.slice(-REPEATED_TAIL);
  const earlier = title.lastIndexOf(tail, title.length - REPEATED_TAIL - 1);
  return earlier >= 0 && title.length - (earlier + REPEATED_TAIL) >= 8 ? earlier + REPEATED_TAIL : 0;
}

function stripCount(title: string): string {
  return title.replace(/\s*\((?:精选|共)?\s*[\d一二三四五六七八九十]+\s*篇\)\s*$/, '');
}

function bare(s: string): string {
  return s.replace(/[^\p{Script=Han}\p{L}\d]/gu, '');
}
