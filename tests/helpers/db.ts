import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database, openForWriting } from '../../src/db/connection.js';
import { SqliteStore } from '../../src/db/sqlite-store.js';
import type { Store } from '../../src/db/store.js';
import { ingest, type IngestOptions, type IngestSummary } from '../../src/ingest.js';
import { createInlineProcessor } from '../../src/inline-processor.js';

export function tempDir(prefix = 'planmine-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A dump written from `{ relative path: text }`, sub-folders made as needed; in a new temp folder unless `dir` is given. */
export function dumpWith(files: Record<string, string>, dir = tempDir()): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export async function freshDatabase(): Promise<{ db: Database; path: string }> {
  const path = join(tempDir(), 'plans.sqlite');
  return { db: await openForWriting(path), path };
}

/** Ingest on the calling thread (no worker pool), as the library allows; a SQLite connection is taken as its store. */
export async function ingestInline(db: Database | Store, roots: string[], options: Partial<IngestOptions> = {}): Promise<IngestSummary> {
  const store = db instanceof Database ? await SqliteStore.over(db) : db;
  return ingest(store, roots, { processor: createInlineProcessor(), window: 1, maxBytes: 50e6, timeoutMs: 60_000, read: {}, ...options });
}

export async function count(db: Database, sql: string, params: (string | number)[] = []): Promise<number> {
  const row = await db.get<{ n: number }>(sql, params);
  return row!.n;
}
