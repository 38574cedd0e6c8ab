import { startEmbeddedPostgres } from '../../src/db/postgres/embedded.js';

export interface TestPostgres {
  /** postgres://… of a fresh database on 127.0.0.1. */
  url: string;
  /** Another fresh database on the same server; its postgres://… URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** A real PostgreSQL for a test file: its own server, folder and port; `stop` deletes them. */
export async function startPostgres(): Promise<TestPostgres> {
  // fsync off: a test's server holds nothing worth a crash-safe disk write.
  const server = await startEmbeddedPostgres({ fsync: false });
  try {
    return { url: await server.createDatabase('planmine'), createDatabase: (name) => server.createDatabase(name), stop: server.stop };
  } catch (err) {
    await server.stop();
    throw err;
  }
}
