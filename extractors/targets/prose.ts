// Targets in running text: each quantity that counts (GUIDE (a)-(d)) with its comparator,
// indicator, kind, due year and the clauses it was read from.
import type { Article, Comparator, Span } from '../../src/types.js';
import { Bounds, clauseEnd, clauseStart, delimiterBefore } from './clauses.js';
import { comparatorAfter, comparatorBefore, type Resolved, resolveComparator } from './comparators.js';
import { excludedSpans, insideAny, isArticleOne } from './exclusions.js';
import { indicatorsFor, nounAfter } from './indicator.js';
import { gluedHeadingWords } from './markers.js';
import { isCountUnit } from './units.js';
import { type Kind, kindFromCues, kindFromItemLabel, kindFromSections } from './kind.js';
import type { ArticleKind } from './article-kind.js';
import { findQuantities } from './quantities.js';
import { dueYear, listLeadBefore } from './year.js';

export interface Draft {
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  kind: Kind;
  year: number | null;
  /** The clauses holding the indicator and the quantity. */
  span: Span;
  /** Start of the sentence, to resolve ellipsis among its targets. */
  sentence: number;
}

const ALWAYS_COUNTS = new Set(['percent', 'money', 'area', 'ratio', 'rank']);
/**
 * How far from a quantity its sentence and paragraph are read for cue words and due years: far
 * enough for any real paragraph's lead (`到2025年,…`), and a bound that keeps run-on pages linear.
 */
const CONTEXT_REACH = 600;

/**
 * `taskCells` (sorted, apart): table cells that are clauses (a duty table's tasks), read as running
 * text; every other table cell is left to the table reader.
 */
export function proseTargets(article: Article, articleKind: ArticleKind, sectionTitlesAt: (at: number) => string[], taskCells: Span[] = []): Draft[] {
  const text = article.text;
  const excluded = excludedSpans(text);
  const bounds = new Bounds(text);
  const quantities = findQuantities(text).filter((q) => !insideAny(excluded, q.start) && (!bounds.inTableRow(q.start) || insideAny(taskCells, q.start)));
  const drafts: Draft[] = [];
  interface Previous {
    postEnd: number;
    /** Where its comparator word, or the quantity itself, starts. */
    beforeEnd: number;
    /** The qualifying comparator it was read with, which a bare quantity in the next clause may share. */
    comparator: Comparator | null;
    clause: number;
    /** Its place in a list of values sharing one verb (`分别为95%和93%`): 0 for the first. */
    listIndex: number;
  }
  let previous = null as Previous | null;

  for (const q of quantities) {
    const cs = clauseStart(text, q.start);
    const ce = Math.max(clauseEnd(text, q.start), q.end);
    const sameClause = previous !== null && previous.clause === cs;
    const floor = sameClause ? Math.max(cs, previous!.postEnd) : cs;
    const pre = comparatorBefore(text, floor, q.start);
    const post = comparatorAfter(text, q.end);
    const postEnd = post?.end ?? q.end;
    let resolved: Resolved = resolveComparator(q.formComparator, pre, post, q.percentagePoints);

    // `增加两到三个微机室,170台计算机`: a clause that is only a further quantity shares the verb before it.
    const opensClause: boolean = text.slice(cs, q.start).trim() === '' && /[,、]/.test(delimiterBefore(text, cs));
    const inheritable = previous !== null && previous.clause === clauseStart(text, cs - 1) ? previous.comparator : null;
    // `分别达到55%、50%`, `分别控制在25人、30人、35人以内`: a value listed after another shares its verb.
    const listedAfter = sameClause && previous!.comparator !== null && /^\s*[、和及与或]\s*$/.test(text.slice(previous!.postEnd, q.start));
    const inherited = !resolved.qualifies && ((opensClause && inheritable !== null) || listedAfter);
    if (listedAfter && inherited) resolved = { comparator: previous!.comparator!, qualifies: true };
    if (inherited && !listedAfter && inheritable) resolved = { comparator: inheritable, qualifies: true };

    // 提高 raises a quality: in `提高两支队伍素质`, `提高课堂40分钟效率` the count only describes its object.
    const describesObject = pre !== null && /^提[高升]/.test(text.slice(pre.start, pre.end)) && q.unitClass === 'measure' && /^[\u4e00-\u9fff]/.test(text[postEnd] ?? '');
    const counts = ALWAYS_COUNTS.has(q.unitClass) || (q.unitClass === 'measure' && resolved.qualifies && !describesObject);
    const priorSubject = sameClause ? text.slice(cs, previous!.beforeEnd) : null;
    // Joined by 和 or 、 to the value before, with or without a verb that qualifies (`分别为95%和93%`).
    const joined = sameClause && /^\s*[、和及与或]\s*$/.test(text.slice(previous!.postEnd, q.start));
    const listIndex = joined ? previous!.listIndex + 1 : 0;
    const counted = nounAfter(text.slice(postEnd, ce));
    const isTarget = counts && !isArticleOne(text, q.value, q.chinese, q.end);
    // A count that only qualifies a noun (`三类残疾儿童入学率`) is part of the next indicator; the noun
    // a counted target takes (`12个班`) is its own, not the start of the next one.
    if (isTarget || !counted) {
      const countedEnd = isTarget && isCountUnit(q.unit) ? postEnd + counted.length : postEnd;
      previous = {
        // a value listed after another shares its subject, which ends where the first value's verb starts
        postEnd: countedEnd, beforeEnd: listedAfter || (joined && !pre) ? previous!.beforeEnd : pre ? pre.start : q.start,
        comparator: pre?.qualifies ? pre.comparator : inherited ? resolved.comparator : null, clause: cs, listIndex,
      };
    }
    if (!isTarget) continue;

    // A bracket opens an aside on the clause before it (`位列第4名(上年为第7名)`): that clause is its subject's.
    const prevClauseStart = /[,、(（]/.test(delimiterBefore(text, cs)) ? clauseStart(text, cs - 1) : null;
    const previousClause = prevClauseStart !== null ? text.slice(prevClauseStart, cs - 1) : null;
    const titles = sectionTitlesAt(q.start);
    const found = indicatorsFor({
      text, floor, beforeEnd: pre ? pre.start : q.start, gap: pre ? text.slice(pre.end, q.start) : '',
      gapIsWhole: pre !== null && text.slice(pre.start, pre.end) === '占', priorSubject,
      gapIsObject: pre !== null && (pre.comparator === 'increase' || pre.comparator === 'decrease' || text.slice(pre.start, pre.end) === '新增'),
      afterStart: postEnd, clauseEnd: ce, unit: q.unit, unitClass: q.unitClass, listIndex, previousClause, sectionTitle: titles[0] ?? null,
    });

    const reach = Math.max(0, cs - CONTEXT_REACH);
    const ss = Math.max(bounds.sentenceStart(q.start), reach);
    const ps = Math.max(bounds.paragraphStart(q.start), reach);
    const kind =
      kindFromCues(
        [
          { text: text.slice(cs, q.start), backwards: true },
          { text: text.slice(postEnd, ce), backwards: false },
          { text: text.slice(Math.max(ps, ss), cs), backwards: true },
          { text: text.slice(ps, Math.max(ps, ss)), backwards: true },
        ],
        articleKind.kind,
        articleKind.firm,
      ) ??
      kindFromItemLabel(text.slice(bounds.paragraphStart(q.start), q.start)) ??
      kindFromSections(titles.length ? titles : [gluedHeadingWords(text.slice(ps, q.start))]) ??
      articleKind.kind;
    const taskEnd = Math.min(endOfTask(text, bounds, q.end), postEnd + CONTEXT_REACH);
    const year = kind === 'goal'
      ? dueYear({
          clauseBefore: text.slice(cs, q.start), sentenceBefore: text.slice(ps, cs),
          listLead: listLeadBefore(text, bounds.paragraphStart(q.start)), sectionTitles: titles,
          following: text.slice(postEnd, taskEnd),
        })
      : null;

    const spanStart = (inherited && !listedAfter) || found.fromPreviousClause ? (prevClauseStart ?? cs) : cs;
    for (const indicator of found.names) {
      drafts.push({
        indicator, value: q.value, valueMax: q.valueMax, unit: q.unit, comparator: resolved.comparator, kind, year,
        span: { start: spanStart, end: Math.max(ce, postEnd) }, sentence: ss,
      });
    }
  }
  return drafts;
}

/** Where the task holding offset `at` ends: up to three more paragraphs, stopping at a numbered or coded one. */
function endOfTask(text: string, bounds: Bounds, at: number): number {
  let end = bounds.paragraphEnd(at);
  for (let i = 0; i < 3 && end < text.length; i++) {
    const next = text.slice(end + 1, Math.min(bounds.paragraphEnd(end + 1), end + 40));
    if (/^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、]|[A-Z][0-9]+)/.test(next)) break;
    end = bounds.paragraphEnd(end + 1);
  }
  return end;
}
