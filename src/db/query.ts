import { Database, type Row } from './connection.js';
import { PlanmineError } from '../errors.js';
import { storageError } from './db-errors.js';

/** True when `sql` holds more than one statement (a `;` outside quotes followed by more text). */
export function hasSeveralStatements(sql: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? sql.length : eol;
    } else if (ch === ';' && sql.slice(i + 1).replace(/--[^\n]*/g, '').trim() !== '') {
      return true;
    }
  }
  return false;
}

/**
 * True for VACUUM: even on a read-only connection `VACUUM INTO 'file'` creates its target before
 * it fails, leaving an empty file behind, so it is refused before it runs.
 */
export function isVacuum(sql: string): boolean {
  return /^VACUUM\b/i.test(sql.replace(/^(\s+|--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/)*/, ''));
}

/** Runs one query on a read-only connection: planmine's `sql` command can never change the database. */
export async function readOnlyQuery(dbPath: string, sql: string): Promise<Row[]> {
  const rows: Row[] = [];
  await streamReadOnlyQuery(dbPath, sql, (row) => {
    rows.push(row);
  });
  return rows;
}

/**
 * Runs one query read-only and hands over its rows one by one as they come, never holding the
 * result. With `timeoutMs` the statement is interrupted when it runs longer (a recursive query
 * without end, a join of everything with everything): the time counts until SQLite has produced
 * the last row.
 */
export async function streamReadOnlyQuery(dbPath: string, sql: string, onRow: (row: Row) => boolean | void, options: { timeoutMs?: number } = {}): Promise<number> {
  if (hasSeveralStatements(sql)) throw new PlanmineError('read', 'one statement at a time: the query holds several (remove the extra `;`)');
  if (isVacuum(sql)) throw new PlanmineError('read', 'refused: planmine sql is read-only, and VACUUM writes (copy the database file instead)');
  const db = await Database.open(dbPath, { readonly: true }).catch((err: Error) => {
    throw new PlanmineError('read', `cannot open database ${dbPath}: ${err.message}`);
  });
  let timedOut = false;
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
    timedOut = true;
    db.interrupt();
  }, options.timeoutMs);
  try {
    await db.exec('PRAGMA query_only = ON');
    return await db.each(sql, onRow);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (timedOut && /INTERRUPT/.test(message)) {
      throw new PlanmineError('read', `the statement ran longer than ${options.timeoutMs! / 1000} s and was stopped (raise --timeout to let it run)`);
    }
    // A damaged or foreign file is the database's problem, not the query's.
    if (/SQLITE_(NOTADB|CORRUPT|IOERR)/.test(message)) throw storageError(err, dbPath) ?? err;
    if (/readonly|query_only|read-only/i.test(message)) throw new PlanmineError('read', `refused: planmine sql is read-only (${message})`);
    throw new PlanmineError('read', `query failed: ${message}`);
  } finally {
    clearTimeout(timer);
    await db.close();
  }
}
