import type { ReadStore } from '../db/store.js';
import { QUEUE } from './queue.js';

export interface QueueStatus {
  queued: number;
  active: number;
  done: number;
  failed: number;
  /** Files completed per second over the last minute, and from the first start to the last completion. */
  lastMinute: number;
  overall: number | null;
}

/** The queue's counts from pg-boss's tables (finished jobs move to its archive after a while). */
export async function queueStatus(db: ReadStore): Promise<QueueStatus> {
  const jobs = `(SELECT state, started_on, completed_on FROM pgboss.job WHERE name = ?
                 UNION ALL SELECT state, started_on, completed_on FROM pgboss.archive WHERE name = ?) j`;
  const row = await db.get<{ queued: number; active: number; done: number; failed: number; recent: number; seconds: number | null }>(
    `SELECT count(*) FILTER (WHERE state IN ('created', 'retry')) AS queued,
            count(*) FILTER (WHERE state = 'active') AS active,
            count(*) FILTER (WHERE state = 'completed') AS done,
            count(*) FILTER (WHERE state = 'failed') AS failed,
            count(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '60 seconds') AS recent,
            extract(epoch FROM max(completed_on) - min(started_on)) AS seconds
     FROM ${jobs}`,
    [QUEUE, QUEUE],
  );
  const r = row!;
  return {
    queued: r.queued, active: r.active, done: r.done, failed: r.failed, lastMinute: r.recent / 60,
    overall: r.seconds && r.seconds > 0 ? r.done / r.seconds : null,
  };
}
