// The targets extractor: every quantity that states the level of an indicator (GUIDE.md "target"),
// from running text and from tables, with comparator, kind, due year and evidence.
import type { Article, ExtractContext, Extractor, Message, TargetRecord } from '../../src/types.js';
import { evidenceFor } from '../evidence.js';
import { resolveEllipsis } from './ellipsis.js';
import { documentKind, type Kind, kindFromSections } from './kind.js';
import { type Draft, proseTargets } from './prose.js';
import { tableCells } from './tables.js';

export const targetsExtractor: Extractor<TargetRecord> = {
  name: 'targets',
  version: '1.0.0',
  extract(article: Article, _context: ExtractContext) {
    const prior = documentKind(titleOf(article), article.text);
    const titlesAt = (at: number) => sectionTitlesAt(article, at);
    const drafts = [...resolveEllipsis(proseTargets(article, prior, titlesAt)), ...tableTargets(article, prior, titlesAt)];
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

/** Titles of the sections enclosing offset `at`, innermost first. */
function sectionTitlesAt(article: Article, at: number): string[] {
  return article.sections
    .filter((s) => s.body.start <= at && at < s.body.end)
    .sort((a, b) => b.level - a.level)
    .map((s) => s.title);
}
