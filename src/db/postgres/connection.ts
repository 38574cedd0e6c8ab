import pg from 'pg';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths.js';
import { SCHEMA_VERSION } from '../connection.js';
import { PlanmineError } from '../../errors.js';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Counts and ids come back as numbers, as SQLite gives them: node-postgres returns int8 and
 * numeric as strings to be safe past 2^53, which no planmine count or id approaches.
 */
const types = {
  getTypeParser(oid: number, format?: string): (value: string) => unknown {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return (pg.types.getTypeParser as (oid: number, format?: string) => (value: string) => unknown)(oid, format);
  },
};

/** A URL as it may be printed: the password left out. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** `readonly`: every session starts read-only, so a reading command cannot write whatever SQL it runs. */
export async function createPool(url: string, max = 4, options: { readonly?: boolean } = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max, types, ...(options.readonly ? { options: '-c default_transaction_read_only=on' } : {}) });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new PlanmineError('read', `cannot connect to ${redactedUrl(url)}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return pool;
}

/** Arbitrary key for the lock that serializes schema creation among workers starting at once. */
const MIGRATION_LOCK = 7_305_112;

/** Creates the tables on first use; several workers may start together, so under an advisory lock. */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const exists = (await client.query("SELECT to_regclass('schema_version') AS t")).rows[0]?.t;
    const current = exists ? Number((await client.query('SELECT version FROM schema_version')).rows[0]?.version ?? 0) : 0;
    if (current > SCHEMA_VERSION) {
      throw new PlanmineError('read', `database schema version ${current} is newer than this planmine (${SCHEMA_VERSION}); upgrade planmine`);
    }
    if (current === SCHEMA_VERSION) return;
    await client.query('BEGIN');
    await client.query(readFileSync(join(projectRoot(), 'src/db/postgres/schema.sql'), 'utf8'));
    await client.query('DELETE FROM schema_version');
    await client.query('INSERT INTO schema_version (version) VALUES ($1)', [SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/**
 * Runs `work` in one transaction on one client: all of it is stored, or none of it. Writers at
 * once (workers, an ingest beside them) can take row and table locks in crossing orders: the file
 * rewritten by one holds its old articles while another links a copy to them, or refreshes the
 * keywords. PostgreSQL then ends one transaction as a deadlock; it is run again, as PostgreSQL
 * advises, since every write here replaces what it writes.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransactionOnce(pool, work);
    } catch (err) {
      if (attempt >= TRANSACTION_ATTEMPTS || !RETRYABLE.has((err as { code?: string }).code ?? '')) throw err;
      // Apart in time, so the two that crossed do not cross again.
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}

/** deadlock_detected and serialization_failure: the transaction did nothing wrong, only met another. */
const RETRYABLE = new Set(['40P01', '40001']);
const TRANSACTION_ATTEMPTS = 5;

async function inTransactionOnce<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** A database without planmine's tables is a wrong URL, said in a sentence. */
export async function assertPlanmineDatabase(pool: pg.Pool, url: string): Promise<void> {
  const found = (await pool.query("SELECT to_regclass('documents') AS t")).rows[0]?.t;
  if (!found) throw new PlanmineError('read', `${redactedUrl(url)} is not a planmine database (no documents table; create one with \`planmine ingest\`, or \`planmine enqueue\` and workers)`);
}
