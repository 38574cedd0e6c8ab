import type { ReadStore } from '../db/store.js';
import { countedArticle, foldedCopy, type CopyOptions } from '../db/copies.js';
import { PlanmineError } from '../errors.js';

export interface SimilarArticle {
  doc: string;
  title: string | null;
  score: number;
  shared: string[];
}

/**
 * Articles ranked by cosine similarity of their TF-IDF keyword vectors to the given article's.
 * Unless asked for copies, the article's own copies and original are not answers, and each other
 * text is ranked once.
 */
export async function similarArticles(db: ReadStore, doc: string, limit = 10, options: CopyOptions = {}): Promise<SimilarArticle[]> {
  const { target, ownGroup } = await targetAndGroup(db, doc, options);
  const rows = await db.all<{ document_id: number; word: string; weight: number }>(
    `SELECT k.document_id, k.word, k.weight FROM keywords k JOIN documents d ON d.id = k.document_id
     WHERE d.id = ? OR (${countedArticle('d', options)} AND NOT (${ownGroup}))`,
    [target.id],
  );
  const vectors = new Map<number, Map<string, number>>();
  for (const r of rows) {
    if (!vectors.has(r.document_id)) vectors.set(r.document_id, new Map());
    vectors.get(r.document_id)!.set(r.word, r.weight);
  }
  const mine = vectors.get(target.id) ?? new Map<string, number>();
  const scored: { id: number; score: number; shared: string[] }[] = [];
  for (const [id, theirs] of vectors) {
    if (id === target.id) continue;
    const { score, shared } = cosine(mine, theirs);
    if (score > 0) scored.push({ id, score, shared });
  }
  scored.sort((a, b) => b.score - a.score);
  const out: SimilarArticle[] = [];
  for (const s of scored.slice(0, limit)) {
    const d = await db.get<{ doc: string; title: string | null }>('SELECT doc, title FROM documents WHERE id = ?', [s.id]);
    if (d) out.push({ doc: d.doc, title: d.title, score: s.score, shared: s.shared });
  }
  return out;
}

async function targetAndGroup(db: ReadStore, doc: string, options: CopyOptions): Promise<{ target: { id: number }; ownGroup: string }> {
  const target = await db.get<{ id: number; original: number }>('SELECT id, coalesce(duplicate_of, id) AS original FROM documents WHERE doc = ? ORDER BY id LIMIT 1', [doc]);
  if (!target) throw new PlanmineError('read', `no article with id ${doc} (ids look like 000_6a7843488500aee0#1)`);
  // The article's own copy group (its original and every copy of it) holds no answers: same text.
  return { target, ownGroup: options.withCopies ? '1 = 0' : `coalesce(d.duplicate_of, d.id) = ${target.original}` };
}

/** How many articles `similarArticles` left out as copies: of the article itself, and of the others. */
export async function similarCopiesFolded(db: ReadStore, doc: string, options: CopyOptions = {}): Promise<number> {
  const { target, ownGroup } = await targetAndGroup(db, doc, options);
  const folded = await db.get<{ n: number }>(`SELECT count(*) AS n FROM documents d WHERE d.id <> ? AND (${foldedCopy('d', options)} OR ${ownGroup})`, [target.id]);
  return folded?.n ?? 0;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): { score: number; shared: string[] } {
  let dot = 0;
  const shared: string[] = [];
  for (const [word, wa] of a) {
    const wb = b.get(word);
    if (wb !== undefined) {
      dot += wa * wb;
      shared.push(word);
    }
  }
  const norm = (v: Map<string, number>): number => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const denominator = norm(a) * norm(b);
  return { score: denominator ? dot / denominator : 0, shared };
}
