import type { SqlValue } from '../db/connection.js';
import type { ReadStore } from '../db/store.js';
import { indicatorKey } from '../db/indicator-key.js';
import { PlanmineError } from '../errors.js';
import { summarizeTargets, type CompareGroup } from './compare-summary.js';
import { articleWhere, type ArticleFilter } from './filters.js';

export type CompareBy = 'province' | 'organization' | 'year';
export const COMPARE_BY: readonly CompareBy[] = ['province', 'organization', 'year'];

export interface CompareOptions {
  by?: CompareBy | undefined;
  kind?: 'goal' | 'actual' | undefined;
  /** Articles judged irrelevant, and copies of an article, are left out unless the filter asks for them. */
  filter?: ArticleFilter | undefined;
}

/** One matching target with the article it belongs to, side by side with the others. */
export interface CompareRow {
  target_id: number;
  doc: string;
  title: string | null;
  organization: string | null;
  province: string | null;
  indicator_key: string;
  indicator: string;
  kind: 'goal' | 'actual';
  comparator: string;
  value: number;
  value_max: number | null;
  unit: string;
  year: number | null;
  evidence: string;
  section_path: string;
}

export interface CompareResult {
  words: string[];
  by: CompareBy | null;
  rows: CompareRow[];
  summary: CompareGroup[];
  /** Copies of counted articles that had matching targets and were left out. */
  copiesFolded: number;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * A target matches when every word occurs in its indicator as written or in its canonical key.
 * The key side also tries the word's own key, so `学生体质健康优秀率` still finds `体质健康优秀率`.
 */
function matchClause(words: string[]): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const raw of words) {
    const word = raw.normalize('NFKC').replace(/\s+/g, '');
    parts.push("(t.indicator LIKE ? ESCAPE '\\' OR t.indicator_key LIKE ? ESCAPE '\\' OR t.indicator_key LIKE ? ESCAPE '\\')");
    params.push(`%${escapeLike(word)}%`, `%${escapeLike(word)}%`, `%${escapeLike(indicatorKey(word))}%`);
  }
  return { sql: parts.join(' AND '), params };
}

/** Targets whose indicator matches all `words`, ordered by group, then article, then position. */
export async function compareTargets(db: ReadStore, words: string[], options: CompareOptions = {}): Promise<CompareResult> {
  const cleaned = words.map((w) => w.trim()).filter((w) => w.length > 0);
  if (cleaned.length === 0) throw new PlanmineError('read', 'give at least one indicator word, e.g. 体质健康 优秀率');
  const match = matchClause(cleaned);
  const kindSql = options.kind ? ' AND t.kind = ?' : '';
  const groupColumn = options.by === 'year' ? 't.year' : options.by ? `d.${options.by}` : null;
  const groupOrder = groupColumn ? `${groupColumn} IS NULL, ${groupColumn}, ` : '';
  const params = [...match.params, ...(options.kind ? [options.kind] : [])];
  const articles = articleWhere(options.filter ?? {}, true);
  const copies = articleWhere(options.filter ?? {}, true, 'folded');
  const rows = await db.all<CompareRow>(
    `SELECT t.id AS target_id, d.doc, d.title, d.organization, d.province, t.indicator_key, t.indicator, t.kind,
            t.comparator, t.value, t.value_max, t.unit, t.year, t.evidence, t.section_path
     FROM targets t JOIN documents d ON d.id = t.document_id
     WHERE ${match.sql}${kindSql} AND ${articles.sql}
     ORDER BY ${groupOrder}d.doc, t.start`,
    [...params, ...articles.params],
  );
  const folded = await db.get<{ n: number }>(
    `SELECT count(DISTINCT d.id) AS n FROM targets t JOIN documents d ON d.id = t.document_id WHERE ${match.sql}${kindSql} AND ${copies.sql}`,
    [...params, ...copies.params],
  );
  return { words: cleaned, by: options.by ?? null, rows, summary: summarizeTargets(rows, options.by ?? null), copiesFolded: folded?.n ?? 0 };
}
