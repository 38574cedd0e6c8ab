import type { Database } from './connection.js';
import { PlanmineError } from '../errors.js';

/** SQLite opens any file lazily; the first read says whether it is a database, and ours. */
export async function assertPlanmineDatabase(db: Database, path: string): Promise<void> {
  const found = await db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'documents'").catch((err: Error) => {
    throw new PlanmineError('read', `${path} is not a planmine database (${err.message.replace(/^SQLITE_\w+: /, '')})`);
  });
  if (!found) throw new PlanmineError('read', `${path} is not a planmine database (no documents table; create one with \`planmine ingest\`)`);
}
