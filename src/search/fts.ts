import type { Database } from '../db/connection.js';
import { articleWhere, type ArticleFilter } from '../workbench/filters.js';
import { figureConditions, ftsExpression, highlightWords, parseSearchQuery } from './query.js';

export interface SearchHit {
  doc: string;
  title: string | null;
  sectionPath: string;
  /** The sentence cut around the first hit, as pieces: `marked` ones are query words. */
  snippet: SnippetPiece[];
  rank: number;
}

export interface SnippetPiece { text: string; marked: boolean }

export interface SearchOptions {
  limit?: number;
  offset?: number;
  filter?: ArticleFilter;
}

export interface SearchResult { total: number; hits: SearchHit[] }

/** Sentences matching the query (see query.ts), best first, with the total and the article each stands in. */
export async function search(db: Database, text: string, options: SearchOptions = {}): Promise<SearchResult> {
  const query = parseSearchQuery(text);
  const figures = figureConditions(query);
  const articles = articleWhere(options.filter ?? {}, false);
  const from = `FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id
     WHERE sentences_fts MATCH ? AND ${figures.sql} AND ${articles.sql}`;
  const params = [ftsExpression(query), ...figures.params, ...articles.params];
  const total = (await db.get<{ n: number }>(`SELECT count(*) AS n ${from}`, params))!.n;
  const rows = await db.all<{ doc: string; title: string | null; section_path: string; text: string; rank: number }>(
    `SELECT d.doc, d.title, s.section_path, s.text, f.rank ${from} ORDER BY f.rank, s.id LIMIT ? OFFSET ?`,
    [...params, options.limit ?? 20, options.offset ?? 0],
  );
  const words = highlightWords(query);
  return {
    total,
    hits: rows.map((r) => ({ doc: r.doc, title: r.title, sectionPath: r.section_path, snippet: snippet(r.text, words), rank: r.rank })),
  };
}

/** Articles folded as copies (documents.duplicate_of) that hold a matching sentence, which `search` left out. */
export async function searchCopiesFolded(db: Database, text: string, filter: ArticleFilter = {}): Promise<number> {
  const query = parseSearchQuery(text);
  const figures = figureConditions(query);
  const copies = articleWhere(filter, false, 'folded');
  const row = await db.get<{ n: number }>(
    `SELECT count(DISTINCT d.id) AS n FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id
     WHERE sentences_fts MATCH ? AND ${figures.sql} AND ${copies.sql}`,
    [ftsExpression(query), ...figures.params, ...copies.params],
  );
  return row?.n ?? 0;
}

/** The sentence cut to about `width` characters around the first query word, the words marked. */
export function snippet(sentence: string, words: string[], width = 80): SnippetPiece[] {
  const found = words.map((w) => sentence.indexOf(w)).filter((i) => i >= 0);
  const first = found.length > 0 ? Math.min(...found) : 0;
  const start = Math.max(0, Math.min(first - 20, sentence.length - width));
  const end = Math.min(sentence.length, start + width);
  const cut = sentence.slice(start, end);
  const pieces: SnippetPiece[] = [];
  if (start > 0) pieces.push({ text: '…', marked: false });
  let plain = '';
  for (let i = 0; i < cut.length; ) {
    const word = words.find((w) => w.length > 0 && cut.startsWith(w, i));
    if (word) {
      if (plain) pieces.push({ text: plain, marked: false });
      plain = '';
      pieces.push({ text: word, marked: true });
      i += word.length;
    } else {
      plain += cut[i];
      i++;
    }
  }
  if (plain) pieces.push({ text: plain, marked: false });
  if (end < sentence.length) pieces.push({ text: '…', marked: false });
  return pieces;
}

/** A snippet for a terminal: query words between 【】. */
export const snippetText = (pieces: SnippetPiece[]): string => pieces.map((p) => (p.marked ? `【${p.text}】` : p.text)).join('');
