import { Database } from '../db/connection.js';
import { PlanmineError } from '../errors.js';

/** Runs `work` on a read-only connection; a missing database or another kind of file becomes a sentence. */
export async function withReadOnlyDb<T>(path: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await Database.open(path, { readonly: true }).catch((err: Error) => {
    throw new PlanmineError('read', `cannot open database ${path}: ${err.message} (run \`planmine ingest\` first)`);
  });
  try {
    await assertPlanmineDatabase(db, path);
    return await work(db);
  } finally {
    await db.close();
  }
}

/** SQLite opens any file lazily; the first read says whether it is a database, and ours. */
export async function assertPlanmineDatabase(db: Database, path: string): Promise<void> {
  const found = await db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'documents'").catch((err: Error) => {
    throw new PlanmineError('read', `${path} is not a planmine database (${err.message.replace(/^SQLITE_\w+: /, '')})`);
  });
  if (!found) throw new PlanmineError('read', `${path} is not a planmine database (no documents table; create one with \`planmine ingest\`)`);
}
