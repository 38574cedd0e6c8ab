import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Database } from './connection.js';
import { PlanmineError } from '../errors.js';

/**
 * Another ingest is writing into the database: the second run stops before touching anything.
 * The holder is unknown only in the instant between its taking the lock and saying who it is.
 */
export class IngestBusyError extends PlanmineError {
  override name = 'IngestBusyError';
  constructor(holder: LockHolder | undefined) {
    const where = holder === undefined || holder.host === hostname() ? '' : ` on ${holder.host}`;
    const who = holder === undefined ? '' : ` (pid ${holder.pid}${where}, started at ${holder.started_at})`;
    super('write', `another ingest${who} holds the database; wait for it to finish, or stop it and run again`);
  }
}

/** Who holds the database: the row each engine keeps in `ingest_lock`. */
export interface LockHolder {
  pid: number;
  host: string;
  process_start: string | null;
  started_at: string;
}

/**
 * Takes the database for this ingest, or throws IngestBusyError naming the run that holds it. Two
 * ingests at once would each decide a file is new and then collide on its rows. A holder whose
 * process is gone (killed, crashed) left a stale row: it is taken over. Returns the release.
 */
export async function takeIngestLock(db: Database): Promise<() => Promise<void>> {
  const me = thisProcess();
  const holderNow = (): Promise<LockHolder | undefined> => db.get<LockHolder>('SELECT pid, host, process_start, started_at FROM ingest_lock WHERE id = 1');
  // Looked at first without waiting for the write lock: the holder may keep it longer than the busy timeout.
  const seen = await holderNow();
  if (seen && isRunning(seen)) throw new IngestBusyError(seen);
  await db.transaction(async () => {
    const holder = await holderNow();
    if (holder && isRunning(holder)) throw new IngestBusyError(holder);
    await db.run('INSERT OR REPLACE INTO ingest_lock (id, pid, host, process_start, started_at) VALUES (1, ?, ?, ?, ?)', [
      me.pid, me.host, me.process_start, me.started_at,
    ]);
  });
  return async () => {
    await db.run('DELETE FROM ingest_lock WHERE id = 1 AND pid = ? AND host = ? AND started_at = ?', [me.pid, me.host, me.started_at]);
  };
}

/** This process as the holder `ingest_lock` names. */
export function thisProcess(): LockHolder {
  return { pid: process.pid, host: hostname(), process_start: processStart(process.pid), started_at: new Date().toISOString() };
}

function isRunning(holder: LockHolder): boolean {
  // A process on another machine (a database on a shared folder) cannot be checked: assume it runs.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // The pid may since have been given to another process: its start time tells them apart.
  const started = processStart(holder.pid);
  return holder.process_start === null || started === null || started === holder.process_start;
}

/** The process's start time in clock ticks since boot (Linux /proc); null elsewhere. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
