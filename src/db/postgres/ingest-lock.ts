// ingest-lock.ts (src/db/ingest-lock.ts) for PostgreSQL: a session advisory lock instead of a row
// and a process check. The server lets the lock go when the ingest's connection ends, however the
// process died, so there is no stale holder to take over; the `ingest_lock` row only says who holds it.
import type pg from 'pg';
import { IngestBusyError, thisProcess, type LockHolder } from '../ingest-lock.js';

/** Arbitrary key of the lock one `ingest` holds for its whole run (the migration's and copy links' differ). */
const INGEST_LOCK = 0x706c_6d69;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the database for this ingest on a connection of its own, kept until the release, or throws
 * IngestBusyError naming the ingest that holds it. Workers do not take it: they write each file
 * in one transaction under the same per-file locks as `ingest`, so the two can run at once.
 */
export async function takeIngestLock(pool: pg.Pool): Promise<() => Promise<void>> {
  const client = await pool.connect();
  // A connection lost while held must not crash the process: the next write reports it.
  client.on('error', () => undefined);
  const me = thisProcess();
  try {
    const { rows } = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock($1) AS taken', [INGEST_LOCK]);
    if (!rows[0]?.taken) throw new IngestBusyError(await holder(client));
    await client.query(
      `INSERT INTO ingest_lock (id, pid, host, process_start, started_at) VALUES (1, $1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET pid = excluded.pid, host = excluded.host, process_start = excluded.process_start, started_at = excluded.started_at`,
      [me.pid, me.host, me.process_start, me.started_at],
    );
  } catch (err) {
    // Ending the session lets the lock go, if it was taken.
    client.release(true);
    throw err;
  }
  return async () => {
    try {
      await client.query('DELETE FROM ingest_lock WHERE id = 1 AND pid = $1 AND host = $2 AND started_at = $3', [me.pid, me.host, me.started_at]);
      await client.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]);
      client.release();
    } catch (err) {
      client.release(true);
      throw err;
    }
  };
}

/** The holder's row; it writes it just after taking the lock, so it is looked for a few times. */
async function holder(client: pg.ClientBase): Promise<LockHolder | undefined> {
  for (let tries = 0; tries < 10; tries++) {
    const row = (await client.query<LockHolder>('SELECT pid, host, process_start, started_at FROM ingest_lock WHERE id = 1')).rows[0];
    if (row) return row;
    await sleep(50);
  }
  return undefined;
}
