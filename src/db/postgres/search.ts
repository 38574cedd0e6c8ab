// search.ts (src/search/fts.ts) for PostgreSQL: the same query language, matched against
// to_tsvector('simple', words), the GIN-indexed segmented words, instead of FTS5.
import type { SqlValue } from '../connection.js';
import type { ReadStore } from '../store.js';
import { highlightWords, parseSearchQuery, type QueryTerm, type SearchQuery } from '../../search/query.js';
import { snippet, type SearchOptions, type SearchResult } from '../../search/fts.js';
import { articleWhere, type ArticleFilter } from '../../workbench/filters.js';

const TSVECTOR = "to_tsvector('simple', s.words)";

/** GLOB (`*`, `?`, `[…]`, `[^…]`) as an anchored POSIX regular expression. */
export function globToRegex(glob: string): string {
  let out = '^';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') out += '.*';
    else if (ch === '?') out += '.';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      out += glob.slice(i, close + 1);
      i = close;
    } else out += ch.replace(/[\\^$.|+(){}]/g, '\\$&');
  }
  return out + '$';
}

/** A term's tokens all present: each token as a phrase, as FTS5 reads a quoted token. */
function termQuery(t: QueryTerm, params: SqlValue[]): string {
  return `(${t.tokens.map((token) => {
    params.push(token);
    return "phraseto_tsquery('simple', ?)";
  }).join(' && ')})`;
}

/** Conditions on `sentences s`: every clause (an OR of terms), no excluded term; figures as typed. */
function matchConditions(query: SearchQuery): { sql: string; params: SqlValue[] } {
  const params: SqlValue[] = [];
  const textMatches = (t: QueryTerm): string => {
    const indexed = `${TSVECTOR} @@ ${termQuery(t, params)}`;
    if (!t.figureGlob) return indexed;
    params.push(globToRegex(t.figureGlob));
    // As in SQLite, the figure's tokens through the index and the figure as typed in the text.
    return `(${indexed} AND (' ' || s.text || ' ') ~ ?)`;
  };
  const parts = query.clauses.map((clause) => `(${clause.map(textMatches).join(' OR ')})`);
  for (const t of query.excluded) parts.push(`NOT ${textMatches(t)}`);
  return { sql: parts.join(' AND '), params };
}

/** Sentences matching the query, best first (ts_rank_cd over the positive words), with the total. */
export async function searchPostgres(db: ReadStore, text: string, options: SearchOptions = {}): Promise<SearchResult> {
  const query = parseSearchQuery(text);
  const match = matchConditions(query);
  const articles = articleWhere(options.filter ?? {}, false);
  const from = `FROM sentences s JOIN documents d ON d.id = s.document_id WHERE ${match.sql} AND ${articles.sql}`;
  const params = [...match.params, ...articles.params];
  const total = (await db.get<{ n: number }>(`SELECT count(*) AS n ${from}`, params))!.n;
  const rankParams: SqlValue[] = [];
  const words = query.clauses.flat().filter((t) => !t.figureGlob);
  const rank = words.length === 0 ? '0' : `ts_rank_cd(${TSVECTOR}, ${words.map((t) => termQuery(t, rankParams)).join(' || ')})`;
  const rows = await db.all<{ doc: string; title: string | null; section_path: string; text: string; rank: number }>(
    // Negated so that smaller is better, as FTS5's rank (bm25) is.
    `SELECT d.doc, d.title, s.section_path, s.text, -${rank} AS rank ${from} ORDER BY rank, s.id LIMIT ? OFFSET ?`,
    [...rankParams, ...params, options.limit ?? 20, options.offset ?? 0],
  );
  const marked = highlightWords(query);
  return {
    total,
    hits: rows.map((r) => ({ doc: r.doc, title: r.title, sectionPath: r.section_path, snippet: snippet(r.text, marked), rank: r.rank })),
  };
}

/** Copies (documents.duplicate_of) holding a matching sentence, which `searchPostgres` folded. */
export async function searchCopiesFoldedPostgres(db: ReadStore, text: string, filter: ArticleFilter = {}): Promise<number> {
  const match = matchConditions(parseSearchQuery(text));
  const copies = articleWhere(filter, false, 'folded');
  const row = await db.get<{ n: number }>(
    `SELECT count(DISTINCT d.id) AS n FROM sentences s JOIN documents d ON d.id = s.document_id WHERE ${match.sql} AND ${copies.sql}`,
    [...match.params, ...copies.params],
  );
  return row?.n ?? 0;
}
