// The copy index lives in the database (copy_signatures, copy_bands), not in memory, so an
// ingest's memory stays flat however many articles it has seen: each new article costs one
// indexed lookup of its band keys among the originals, then a comparison with the few candidates.
import type { Database } from './connection.js';
import type { CopyKeyRow } from '../copies/article-copy-key.js';
import { figureAgreement } from '../copies/figures.js';
import { bandKeys, signatureFromBlob } from '../copies/lsh.js';
import { signatureSimilarity } from '../copies/minhash.js';
import { isCopy, organizationsConflict } from '../copies/rule.js';

export interface Candidate { id: number; signature: Uint8Array; figures: string; organization: string | null }

/** The lowest-numbered original that the copy rule accepts, with its resemblance. */
async function firstOriginal(db: Database, documentId: number, signature: Uint32Array, figures: string[], bands: number[]): Promise<{ id: number; similarity: number } | null> {
  // One round trip: the writer's statements queue behind file reads on libuv's thread pool.
  const candidates = await db.all<Candidate & { own: string | null }>(
    `SELECT DISTINCT s.document_id AS id, s.signature, s.figures, d.organization,
            (SELECT organization FROM documents WHERE id = ?1) AS own
     FROM copy_bands b JOIN copy_signatures s ON s.document_id = b.document_id JOIN documents d ON d.id = b.document_id
     WHERE b.key IN (${bands.map((_, i) => `?${i + 2}`).join(', ')}) AND b.document_id <> ?1 ORDER BY s.document_id`,
    [documentId, ...bands],
  );
  return acceptedOriginal(candidates, signature, figures, candidates[0]?.own ?? null);
}

/**
 * The first candidate (lowest id first) the copy rule accepts as the article's original; the
 * PostgreSQL writer's lookup (src/db/postgres/copy-index.ts) decides with it too.
 */
export function acceptedOriginal(candidates: Candidate[], signature: Uint32Array, figures: string[], own: string | null): { id: number; similarity: number } | null {
  for (const c of candidates) {
    const similarity = signatureSimilarity(signature, signatureFromBlob(c.signature));
    const figuresAgree = figureAgreement(figures, JSON.parse(c.figures) as string[]);
    if (isCopy(similarity, figuresAgree, organizationsConflict(own, c.organization))) return { id: c.id, similarity };
  }
  return null;
}

/** Links one stored article to its original, or makes it an original others can be linked to. */
async function linkDocument(db: Database, documentId: number, signature: Uint32Array, figures: string[], bands: number[]): Promise<void> {
  const original = await firstOriginal(db, documentId, signature, figures, bands);
  if (original) {
    await db.run('UPDATE documents SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?', [original.id, original.similarity, documentId]);
  } else {
    await db.run('INSERT OR IGNORE INTO copy_bands (key, document_id) SELECT value, ? FROM json_each(?)', [documentId, JSON.stringify(bands)]);
  }
}

/**
 * After a file's rows are inserted, in its transaction: stores the copy keys of all its articles
 * in one statement, then links each article (one indexed lookup of its band keys).
 */
export async function linkCopies(db: Database, fileId: number, copiesJson: string): Promise<void> {
  const stored = await db.all<{ id: number; article: number }>(
    `INSERT INTO copy_signatures (document_id, signature, figures)
     SELECT d.id, unhex(k.value ->> 1), k.value ->> 2 FROM json_each(?2) k JOIN documents d ON d.file_id = ?1 AND d.article_index = k.value ->> 0
     RETURNING document_id AS id, (SELECT article_index FROM documents WHERE id = document_id) AS article`,
    [fileId, copiesJson],
  );
  const ids = new Map(stored.map((d) => [d.article, d.id]));
  // In the file's order: a compilation page's second article may be a copy of its first.
  for (const [article, hex, figures, bands] of JSON.parse(copiesJson) as CopyKeyRow[]) {
    const id = ids.get(article);
    if (id !== undefined) await linkDocument(db, id, signatureFromHex(hex), figures, bands);
  }
}

export function signatureFromHex(hex: string): Uint32Array {
  return signatureFromBlob(Buffer.from(hex, 'hex'));
}

/**
 * Copies whose original was deleted (its file changed or failed) lost their link and are in no
 * band: link them again, in the order they were stored, to another copy or as originals.
 */
export async function relinkOrphanedCopies(db: Database): Promise<number> {
  const orphans = await db.all<{ id: number; signature: Uint8Array; figures: string }>(
    `SELECT d.id, s.signature, s.figures FROM documents d JOIN copy_signatures s ON s.document_id = d.id
     WHERE d.duplicate_of IS NULL AND NOT EXISTS (SELECT 1 FROM copy_bands b WHERE b.document_id = d.id) ORDER BY d.id`,
  );
  for (const orphan of orphans) {
    const signature = signatureFromBlob(orphan.signature);
    await db.transaction(() => linkDocument(db, orphan.id, signature, JSON.parse(orphan.figures) as string[], bandKeys(signature)));
  }
  return orphans.length;
}
