// copy-index.ts (src/db/copy-index.ts) for PostgreSQL: the same copy keys from the worker, the same
// band lookup and the same rule (acceptedOriginal), on the caller's client inside its transaction.
import type pg from 'pg';
import type { CopyKeyRow } from '../../copies/article-copy-key.js';
import { bandKeys, signatureFromBlob } from '../../copies/lsh.js';
import { acceptedOriginal, signatureFromHex, type Candidate } from '../copy-index.js';

/**
 * Workers store files at once: without this, two copies committed together would each miss the
 * other and both stay originals. Held to the commit, so the second sees the first's bands.
 */
const COPY_LINK_LOCK = 0x706c_6d63;

async function linkDocument(client: pg.ClientBase, documentId: number, signature: Uint32Array, figures: string[], bands: number[]): Promise<void> {
  const { rows: candidates } = await client.query<Candidate & { own: string | null }>(
    `SELECT DISTINCT s.document_id AS id, s.signature, s.figures, d.organization,
            (SELECT organization FROM documents WHERE id = $1) AS own
     FROM copy_bands b JOIN copy_signatures s ON s.document_id = b.document_id JOIN documents d ON d.id = b.document_id
     WHERE b.key = ANY($2::bigint[]) AND b.document_id <> $1 ORDER BY s.document_id`,
    [documentId, bands],
  );
  const original = acceptedOriginal(candidates, signature, figures, candidates[0]?.own ?? null);
  if (original) {
    await client.query('UPDATE documents SET duplicate_of = $1, duplicate_similarity = $2 WHERE id = $3', [original.id, original.similarity, documentId]);
  } else {
    await client.query('INSERT INTO copy_bands (key, document_id) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [bands, documentId]);
  }
}

/** After a file's rows are inserted, in its transaction: its articles' copy keys stored, then each article linked in the file's order. */
export async function linkCopies(client: pg.ClientBase, fileId: number, copiesJson: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [COPY_LINK_LOCK]);
  const { rows: stored } = await client.query<{ id: number; article: number }>(
    `INSERT INTO copy_signatures (document_id, signature, figures)
     SELECT d.id, decode(k.value ->> 1, 'hex'), k.value ->> 2
     FROM jsonb_array_elements($2::jsonb) AS k(value) JOIN documents d ON d.file_id = $1 AND d.article_index = (k.value ->> 0)::integer
     RETURNING document_id AS id, (SELECT article_index FROM documents WHERE id = document_id) AS article`,
    [fileId, copiesJson],
  );
  const ids = new Map(stored.map((d) => [Number(d.article), Number(d.id)]));
  for (const [article, hex, figures, bands] of JSON.parse(copiesJson) as CopyKeyRow[]) {
    const id = ids.get(article);
    if (id !== undefined) await linkDocument(client, id, signatureFromHex(hex), figures, bands);
  }
}

/** Copies whose original was deleted (its file changed or failed): linked again, in stored order. */
export async function relinkOrphanedCopies(pool: pg.Pool, inTransaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>): Promise<number> {
  const { rows: orphans } = await pool.query<{ id: number; signature: Buffer; figures: string }>(
    `SELECT d.id, s.signature, s.figures FROM documents d JOIN copy_signatures s ON s.document_id = d.id
     WHERE d.duplicate_of IS NULL AND NOT EXISTS (SELECT 1 FROM copy_bands b WHERE b.document_id = d.id) ORDER BY d.id`,
  );
  for (const orphan of orphans) {
    const signature = signatureFromBlob(orphan.signature);
    await inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [COPY_LINK_LOCK]);
      await linkDocument(client, Number(orphan.id), signature, JSON.parse(orphan.figures) as string[], bandKeys(signature));
    });
  }
  return orphans.length;
}
