// The heading tree of an article, from its numbering styles.
import type { Section } from '../types.js';
import { findUnnumberedTitles, mergeUnnumbered } from './bare-headings.js';
import { findCandidates, type Candidate } from './candidates.js';
import { dropContents } from './contents.js';
import { STYLE_RANK, type StyleName } from './numbering.js';
import { MAX_TITLE } from './title.js';

const MAX_RESCUED_TITLE = 160;
/** How far along its list a long item looks for siblings: enough to judge, bounded to stay linear. */
const SIBLING_REACH = 40;

/** Candidates of the same style between two candidates of an outer style: one list. */
function siblingsOf(candidates: readonly Candidate[], i: number): Candidate[] {
  const style = candidates[i]!.numbering.style;
  const rank = STYLE_RANK[style];
  const siblings: Candidate[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step, seen = 0; j >= 0 && j < candidates.length && seen < SIBLING_REACH; j += step, seen++) {
      const other = candidates[j]!;
      if (STYLE_RANK[other.numbering.style] < rank) break;
      if (other.numbering.style === style) siblings.push(other);
    }
  }
  return siblings;
}

/**
 * A figure with its measure (`达到95%`, `12次`, `860人次`, `3万元`, `前三名`). Headings name a topic; a
 * list whose items report or promise figures (`1、全校学生体质健康达标率达到95%。`) is body text. Dates
 * and scores in brackets (`(2025年3月)`, `(满分20分)`) and quoted names are no figures of the item;
 * a Chinese numeral counts only without 一 and 个 (一支队伍, 三个到位 name things, they measure nothing).
 */
const FIGURE =
  /\d+(?:\.\d+)?(?:%|个百分点|人次|人|名|次|节|项|所|个|本|册|天|小时|课时|学时|分钟|元|万元|亿元|平方米|亩|篇|场|期|户|台|套|间|班)|[二两三四五六七八九十百千][一二三四五六七八九十百千万]*(?:个百分点|人次|名|次|节|项|所|本|册|小时|课时|万元|元)/u;
const ASIDE = /\([^)]*\)|《[^》]*》|“[^”]*”/gu;

/**
 * Whether an item reads as a list entry rather than a title: it states figures, or it fills its line
 * and ends with a semicolon, which closes an entry of a running list (`1、学生厕所未兴建;`) and never a heading.
 */
function isListEntry(statement: string): boolean {
  return FIGURE.test(statement.replace(ASIDE, '')) || statement.endsWith(';');
}

/** Whether most items of the candidate's list (itself and its siblings) are entries: a list of results, goals or problems. */
function inEntryList(candidates: readonly Candidate[], i: number): boolean {
  const list = [candidates[i]!, ...siblingsOf(candidates, i)];
  const entries = list.filter((c) => isListEntry(c.statement)).length;
  return entries * 2 > list.length;
}

/** Keeps short titles; a long one stays when most of its list are short headings; lists of entries are body. */
function keepHeadings(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((candidate, i) => {
    if (inEntryList(candidates, i)) return false;
    if (candidate.title.length <= MAX_TITLE) return true;
    if (candidate.title.length > MAX_RESCUED_TITLE) return false;
    const siblings = siblingsOf(candidates, i);
    const short = siblings.filter((s) => s.title.length <= MAX_TITLE).length;
    return short > 0 && short >= siblings.length - short + 1;
  });
}

/**
 * Level of each style used: the outermost style used keeps its absolute rank (an article that
 * starts at (一) has (一) at level 2); each deeper style used is one level below the previous,
 * so `1.` directly under `一、` is level 2.
 */
function levelsOf(headings: readonly Candidate[]): Map<StyleName, number> {
  const used = [...new Set(headings.map((h) => h.numbering.style))].sort((a, b) => STYLE_RANK[a] - STYLE_RANK[b]);
  const levels = new Map<StyleName, number>();
  // a template's chapters `1.` over `1.1` sub-headings are the document's top level
  const decimalChapters = used[0] === 'arabic' && used.some((s) => s.startsWith('decimal'));
  used.forEach((style, i) => {
    const previous = used[i - 1];
    // chapters and capital numerals above 一、 are the top level when an article uses them
    if (previous === undefined) levels.set(style, decimalChapters ? 1 : Math.max(1, STYLE_RANK[style]));
    // unnumbered titles stand beside 一、 headings, at their level
    else levels.set(style, levels.get(previous)! + (STYLE_RANK[style] === STYLE_RANK[previous] ? 0 : 1));
  });
  return levels;
}

/** `准备阶段(2025年3月)`, `第二阶段:全面实施`: a stage of the plan's timetable. */
const STAGE_TITLE = /阶段(?:$|[((::])|^第[一二三四五六七八九十\d]+阶段/u;

export function buildSections(text: string): Section[] {
  const headings = keepHeadings(mergeUnnumbered(dropContents(text, findCandidates(text)), findUnnumberedTitles(text)));
  const levels = levelsOf(headings);
  const sections: Section[] = [];
  // the sections still open, each with its numbering style's rank, which closes it
  const open: { section: Section; rank: number }[] = [];
  for (const heading of headings) {
    const rank = STYLE_RANK[heading.numbering.style];
    while (open.length > 0 && open[open.length - 1]!.rank >= rank) {
      open.pop()!.section.body.end = heading.at;
    }
    // a timetable's stage is one level below the heading it stands under (`1.准备阶段(…)` directly under
    // `四、实施步骤` is level 2 where another section puts `(一)` between those styles); other headings keep
    // their style's level, as the seeds' gold reads `1.` items under a `一、` section
    const parent = open[open.length - 1]?.section;
    const level = parent && STAGE_TITLE.test(heading.title) ? parent.level + 1 : levels.get(heading.numbering.style)!;
    const section: Section = {
      level,
      title: heading.title,
      numbering: heading.numbering.text,
      heading: { start: heading.at, end: text.indexOf(heading.title, heading.titleStart) + heading.title.length },
      body: { start: heading.at, end: text.length },
      path: [...open.map((o) => o.section.title), heading.title],
    };
    open.push({ section, rank });
    sections.push(section);
  }
  return sections;
}
