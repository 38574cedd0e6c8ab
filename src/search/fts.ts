import type { Database } from '../db/connection.js';
import { segmentQuery } from '../segment/index.js';
import { countedArticle, foldedCopy, type CopyOptions } from '../db/copies.js';

export interface SearchHit {
  doc: string;
  title: string | null;
  sectionPath: string;
  snippet: string;
  rank: number;
}

/** Builds an FTS5 MATCH expression from query words: every word must occur, each quoted. */
export function ftsQuery(words: string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

/** Sentences matching all query words, best first, with the article and section they stand in. */
export async function search(db: Database, text: string, limit = 20, options: CopyOptions = {}): Promise<SearchHit[]> {
  const words = segmentQuery(text);
  const match = ftsQuery(words);
  if (!match) return [];
  const rows = await db.all<{ doc: string; title: string | null; section_path: string; text: string; rank: number }>(
    `SELECT d.doc, d.title, s.section_path, s.text, f.rank
     FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id
     WHERE sentences_fts MATCH ? AND ${countedArticle('d', options)} ORDER BY f.rank LIMIT ?`,
    [match, limit],
  );
  return rows.map((r) => ({ doc: r.doc, title: r.title, sectionPath: r.section_path, snippet: snippet(r.text, words), rank: r.rank }));
}

/** Copies (documents.duplicate_of set) with a matching sentence, which `search` left out. */
export async function searchCopiesFolded(db: Database, text: string, options: CopyOptions = {}): Promise<number> {
  const match = ftsQuery(segmentQuery(text));
  if (!match) return 0;
  const row = await db.get<{ n: number }>(
    `SELECT count(DISTINCT d.id) AS n FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id
     WHERE sentences_fts MATCH ? AND ${foldedCopy('d', options)}`,
    [match],
  );
  return row?.n ?? 0;
}

/** The sentence cut to about 80 characters around the first query word, the words marked with 【】. */
export function snippet(sentence: string, words: string[], width = 80): string {
  const first = Math.max(0, Math.min(...words.map((w) => sentence.indexOf(w)).filter((i) => i >= 0)));
  const start = Math.max(0, Math.min(first - 20, sentence.length - width));
  let cut = sentence.slice(start, start + width);
  for (const w of words) cut = cut.split(w).join(`【${w}】`);
  return (start > 0 ? '…' : '') + cut + (start + width < sentence.length ? '…' : '');
}
