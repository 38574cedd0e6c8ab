// The targets extractor: every quantity that states the level of an indicator (GUIDE.md "target"),
// from running text and from tables, with comparator, kind, due year and evidence.
import type { Article, ExtractContext, Extractor, Message, Section, TargetRecord } from '../../src/types.js';
import { evidenceFor } from '../evidence.js';
import { readDecimalStops } from '../../src/normalize/decimal-stops.js';
import { resolveEllipsis } from './ellipsis.js';
import { articleKind } from './article-kind.js';
import { type Kind, kindFromSections } from './kind.js';
import { type Draft, proseTargets } from './prose.js';
import { tableCells, taskCells, type TaskCell } from './tables.js';

export const targetsExtractor: Extractor<TargetRecord> = {
  name: 'targets',
  version: '1.0.0',
  extract(article: Article, _context: ExtractContext) {
    const prior = articleKind(article, titleOf(article));
    const titlesAt = sectionTitlesIndex(article);
    // figures are read with `61。3%` as the decimal it is; evidence quotes the article as printed (same offsets)
    const reading: Article = { ...article, text: readDecimalStops(article.text) };
    const tasks = taskCells(reading.text);
    const prose = dueByDeadline(resolveEllipsis(proseTargets(reading, prior, titlesAt, tasks.map((t) => t.span))), tasks);
    const drafts = [...prose, ...tableTargets(reading, prior.kind, titlesAt)];
    const messages: Message[] = [];
    const records: TargetRecord[] = [];
    const seen = new Set<string>();
    for (const d of drafts) {
      const key = `${d.span.start}:${d.value}:${d.unit}:${d.indicator}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!d.indicator) {
        messages.push({ severity: 'info', origin: 'targets:no-indicator', reason: `no indicator named for ${d.value}${d.unit}`, span: d.span });
      }
      records.push({
        type: 'target', indicator: d.indicator, value: d.value, valueMax: d.valueMax, unit: d.unit,
        comparator: d.comparator, kind: d.kind, year: d.kind === 'goal' ? d.year : null, evidence: evidenceFor(article, d.span),
      });
    }
    return { records: records.sort((a, b) => a.evidence.span.start - b.evidence.span.start), messages };
  },
};

/**
 * A figure in a duty table's task cell whose row has a dated deadline (完成时限 `2025年12月`) is a goal due
 * that year, unless the cell reports it done: a rectification list (整改清单) in a self-check report
 * commits to it as a plan's task table does. A year written in the task itself stays.
 */
function dueByDeadline(drafts: Draft[], tasks: TaskCell[]): Draft[] {
  if (tasks.length === 0) return drafts;
  return drafts.map((d) => {
    const task = tasks.find((t) => d.span.start >= t.span.start && d.span.start < t.span.end);
    if (!task?.year || task.reported) return d;
    return { ...d, kind: 'goal', year: d.kind === 'goal' ? (d.year ?? task.year) : task.year };
  });
}

function tableTargets(article: Article, prior: Kind, titlesAt: (at: number) => string[]): Draft[] {
  return tableCells(article.text).map((cell) => {
    const kind = cell.kind ?? kindFromSections(titlesAt(cell.row.start)) ?? prior;
    return {
      indicator: cell.indicator, value: cell.value, valueMax: cell.valueMax, unit: cell.unit, comparator: cell.comparator,
      kind, year: kind === 'goal' ? cell.year : null, span: cell.row, sentence: cell.row.start,
    };
  });
}

/** The article's own title: its first line, or the page's title when the page holds only this article. */
function titleOf(article: Article): string {
  const firstLine = article.text.split('\n').find((l) => l.trim())?.trim() ?? '';
  // A first line that runs on as a sentence is the body, not a title.
  const own = firstLine.length <= 50 && !/[,。;]/.test(firstLine) ? firstLine : '';
  return article.pageContext.compilation ? own : `${own} ${article.pageContext.title ?? ''}`;
}

/**
 * A lookup of the titles of the sections enclosing an offset, innermost first. Sections of one level
 * do not overlap, so each level is searched by bisection: a page of thousands of headings and
 * quantities stays linear.
 */
function sectionTitlesIndex(article: Article): (at: number) => string[] {
  const byLevel = new Map<number, Section[]>();
  for (const s of article.sections) {
    const list = byLevel.get(s.level);
    if (list) list.push(s);
    else byLevel.set(s.level, [s]);
  }
  const levels = [...byLevel.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, sections]) => sections.sort((a, b) => a.body.start - b.body.start));
  return (at) => {
    const titles: string[] = [];
    for (const sections of levels) {
      let lo = 0;
      let hi = sections.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sections[mid]!.body.start <= at) lo = mid + 1;
        else hi = mid;
      }
      // Bodies of one level may still nest in odd structures: look back over the few before.
      for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
        const s = sections[i]!;
        if (at < s.body.end) titles.push(s.title);
      }
    }
    return titles;
  };
}
