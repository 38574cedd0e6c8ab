import type { SqlValue } from '../db/connection.js';
import { countedArticle, foldedCopy } from '../db/copies.js';

/** What a researcher narrows the articles to; the same facets on the CLI and in `serve`. */
export interface ArticleFilter {
  province?: string | undefined;
  type?: string | undefined;
  year?: number | undefined;
  /** true: only plans about school quality; false: only the others. */
  relevant?: boolean | undefined;
  organization?: string | undefined;
  format?: string | undefined;
  /**
   * Articles judged irrelevant (a notice about something else that matched the crawl) skew
   * comparisons, so commands that pool figures leave them out unless this is set or `relevant` is.
   */
  includeIrrelevant?: boolean | undefined;
  /** Count reposts and other-format copies (documents.duplicate_of) as articles of their own. */
  withCopies?: boolean | undefined;
}

/**
 * What happens to copies: commands that count articles fold them (`fold`), exports keep every
 * article (`keep`), and `folded` selects just the copies a folding command left out, to say how many.
 */
export type CopyHandling = 'fold' | 'keep' | 'folded';

/** The year an article is filed under: the first year of its period, else the year of its date. */
export const ARTICLE_YEAR_SQL = 'COALESCE(d.period_start, CAST(substr(d.date, 1, 4) AS INTEGER))';

/**
 * A WHERE condition on `documents d` (always non-empty, so callers can append with AND).
 * `skipIrrelevant` is the command's default for articles judged irrelevant.
 */
export function articleWhere(filter: ArticleFilter, skipIrrelevant: boolean, copies: CopyHandling = 'fold'): { sql: string; params: SqlValue[] } {
  const conditions: string[] = ['1 = 1'];
  if (copies === 'fold') conditions.push(countedArticle('d', filter));
  if (copies === 'folded') conditions.push(foldedCopy('d', filter));
  const params: SqlValue[] = [];
  const add = (sql: string, value: SqlValue): void => {
    conditions.push(sql);
    params.push(value);
  };
  if (filter.province !== undefined) add("COALESCE(d.province, '') = ?", filter.province);
  if (filter.type !== undefined) add("COALESCE(d.doc_type, '') = ?", filter.type);
  if (filter.organization !== undefined) add("COALESCE(d.organization, '') = ?", filter.organization);
  if (filter.year !== undefined) add(`${ARTICLE_YEAR_SQL} = ?`, filter.year);
  if (filter.format !== undefined) add('d.file_id IN (SELECT id FROM files WHERE format = ?)', filter.format);
  if (filter.relevant !== undefined) add('COALESCE(d.relevant, 1) = ?', filter.relevant ? 1 : 0);
  else if (skipIrrelevant && !filter.includeIrrelevant) conditions.push('COALESCE(d.relevant, 1) = 1');
  return { sql: conditions.join(' AND '), params };
}

/** `yes`/`no` (and 1/0, true/false) as a researcher types them on the command line or in a URL. */
export function parseRelevant(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (['yes', 'true', '1', 'y'].includes(v)) return true;
  if (['no', 'false', '0', 'n'].includes(v)) return false;
  return undefined;
}
