// The runs table, in SQL both engines run.
import type { ReadStore, RunCounts } from './store.js';

export async function finishRun(db: Pick<ReadStore, 'all'>, runId: number, c: RunCounts): Promise<void> {
  await db.all(
    `UPDATE runs SET finished_at = ?, files_seen = ?, files_ingested = ?, files_unchanged = ?, files_duplicate = ?, files_failed = ?,
       files_missing = coalesce(?, files_missing), files_pruned = coalesce(?, files_pruned) WHERE id = ?`,
    [new Date().toISOString(), c.files, c.ingested, c.unchanged, c.duplicate, c.failed, c.missing ?? null, c.pruned ?? null, runId],
  );
}

/**
 * True when a run since the last finished one was killed: it may have stored every file and died
 * before the keywords were refreshed, and then this run finds everything unchanged.
 */
export async function interruptedSinceLastFinish(db: Pick<ReadStore, 'get'>, runId: number): Promise<boolean> {
  const row = await db.get<{ n: number }>(
    `SELECT count(*) AS n FROM runs WHERE id < ? AND finished_at IS NULL
       AND id > (SELECT coalesce(max(id), 0) FROM runs WHERE id < ? AND finished_at IS NOT NULL)`,
    [runId, runId],
  );
  return (row?.n ?? 0) > 0;
}
