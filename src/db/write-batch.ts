import type { Database } from './connection.js';
import type { WriteBatch } from './store.js';

/**
 * Groups the per-file transactions of an ingest into one transaction every few hundred
 * milliseconds: a commit costs as much as writing a small file. Each file stays atomic (a savepoint
 * inside the batch); a killed run loses at most the open batch, which the next run does again.
 */
export function createWriteBatch(db: Database, limits = { files: 32, ms: 500 }): WriteBatch {
  let files = 0;
  let openedAt = 0;
  const flush = async (): Promise<void> => {
    if (!db.inBatch) return;
    await db.commitBatch();
    files = 0;
  };
  return {
    async write(work) {
      if (!db.inBatch) {
        await db.beginBatch();
        openedAt = performance.now();
      }
      const result = await work();
      files++;
      if (files >= limits.files || performance.now() - openedAt >= limits.ms) await flush();
      return result;
    },
    flush,
    rollback: () => db.rollbackBatch(),
  };
}
