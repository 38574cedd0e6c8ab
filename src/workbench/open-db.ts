import { Database } from '../db/connection.js';
import { PlanmineError } from '../errors.js';

/** Runs `work` on a read-only connection; a missing database becomes an error that says what to run first. */
export async function withReadOnlyDb<T>(path: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await Database.open(path, { readonly: true }).catch((err: Error) => {
    throw new PlanmineError('read', `cannot open database ${path}: ${err.message} (run \`planmine ingest\` first)`);
  });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
