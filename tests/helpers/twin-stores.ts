// One dump in both engines: SQLite through ingest, PostgreSQL from the very same parse results.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { freshDatabase, ingestInline } from './db.js';
import { createInlineProcessor } from '../../src/inline-processor.js';
import { PostgresStore } from '../../src/db/postgres/store.js';
import { SqliteStore } from '../../src/db/sqlite-store.js';
import type { ProcessResult } from '../../src/process-result.js';
import type { FileProcessor } from '../../src/pool.js';

export interface TwinStores {
  /** Read-only, on the ingested file. */
  sqlite: SqliteStore;
  /** Open for writing, as a worker's. */
  pg: PostgresStore;
  /** What the processor gave for each path, in the order ingest asked. */
  results: Map<string, ProcessResult>;
  docPaths: Map<string, string>;
}

/** Ingests `roots` into a fresh SQLite file and stores each file's same parse result in the PostgreSQL at `url`. */
export async function twinStores(url: string, roots: string[]): Promise<TwinStores> {
  const results = new Map<string, ProcessResult>();
  const docPaths = new Map<string, string>();
  // Each file parsed once: SQLite's ingest records what the processor gave, PostgreSQL stores the same rows.
  const inline = createInlineProcessor();
  const recording: FileProcessor = {
    async process(task, timeoutMs) {
      const result = await inline.process(task, timeoutMs);
      results.set(task.path, result);
      if (task.docPath !== undefined) docPaths.set(task.path, task.docPath);
      return result;
    },
    close: () => inline.close(),
  };
  const { db, path } = await freshDatabase();
  await ingestInline(db, roots, { processor: recording });
  await db.close();
  const sqlite = await SqliteStore.open(path, { readonly: true });
  const pg = await PostgresStore.connect(url);
  const runId = await pg.startRun(JSON.stringify(roots));
  for (const [file, result] of results) {
    const bytes = readFileSync(file);
    const facts = { path: file, docPath: docPaths.get(file) ?? null, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
    if (result.ok) await pg.storeProcessedFile(facts, result.file, runId);
    else await pg.storeFailure(facts, result.stage, result.reason, runId);
  }
  await pg.refreshKeywords();
  return { sqlite, pg, results, docPaths };
}
