import { existsSync, mkdirSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Database, openForWriting, type Row, type SqlValue } from './connection.js';
import type { FileRows } from './file-rows.js';
import { pruneFiles, storeFailure, storeFileStatus, storeMissing, storeProcessedFile, storeUnchanged, type FileFacts } from './writer.js';
import { fileRowByPath, knownFileRows } from './file-state.js';
import { finishRun } from './runs.js';
import { takeIngestLock } from './ingest-lock.js';
import { createWriteBatch } from './write-batch.js';
import { relinkOrphanedCopies } from './copy-index.js';
import { ownOutputs } from '../own-outputs.js';
import { readOnlyQuery } from './query.js';
import { refreshKeywords } from '../search/keywords.js';
import { search, searchCopiesFolded, type SearchOptions, type SearchResult } from '../search/fts.js';
import type { ArticleFilter } from '../workbench/filters.js';
import { assertPlanmineDatabase } from './sqlite-check.js';
import { PlanmineError } from '../errors.js';
import type { KnownFile, OpenOptions, RunCounts, SchemaDescribed, Store, WriteBatch } from './store.js';
import type { TableDescription } from '../workbench/metadata-descriptions.js';
import { writeMetadata } from '../workbench/metadata.js';

/** The Store over the SQLite functions (writer.ts, copy-index.ts, ingest-lock.ts …) on one connection. */
export class SqliteStore implements Store {
  readonly engine = 'sqlite';

  private constructor(readonly db: Database, readonly location: string) {}

  static async open(path: string, options: OpenOptions = {}): Promise<SqliteStore> {
    if (!options.readonly && options.create === false && !existsSync(path)) {
      throw new PlanmineError('read', `no database at ${path} (run \`planmine ingest\` first)`);
    }
    if (!options.readonly) {
      mkdirSync(dirname(path), { recursive: true });
      return new SqliteStore(await openForWriting(path), path);
    }
    const db = await Database.open(path, { readonly: true }).catch((err: Error) => {
      throw new PlanmineError('read', `cannot open database ${path}: ${err.message} (run \`planmine ingest\` first)`);
    });
    try {
      await assertPlanmineDatabase(db, path);
    } catch (err) {
      await db.close();
      throw err;
    }
    return new SqliteStore(db, path);
  }

  /** A store over a connection the caller opened and closes (the library's and the tests' way in). */
  static async over(db: Database): Promise<SqliteStore> {
    const main = (await db.all<{ name: string; file: string }>('PRAGMA database_list')).find((row) => row.name === 'main')?.file ?? '';
    return new SqliteStore(db, main);
  }

  all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.db.all<T>(sql, params);
  }

  get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.db.get<T>(sql, params);
  }

  knownFiles(): Promise<KnownFile[]> {
    return knownFileRows(this.db);
  }

  fileByPath(path: string): Promise<{ id: number; status: string; sha256: string | null } | undefined> {
    return fileRowByPath(this.db, path);
  }

  async startRun(args: string): Promise<number> {
    return (await this.db.run('INSERT INTO runs (started_at, args) VALUES (?, ?)', [new Date().toISOString(), args])).lastID;
  }

  finishRun(runId: number, counts: RunCounts): Promise<void> {
    return finishRun(this.db, runId, counts);
  }

  takeIngestLock(): Promise<() => Promise<void>> {
    return takeIngestLock(this.db);
  }

  /** The database, its journals and what planmine writes beside it, spelled as the walk spells paths. */
  async ownFiles(): Promise<string[]> {
    if (!this.location) return [];
    const file = resolve(this.location);
    // Files are keyed under their root's real path: the database's own name must be spelled the same way.
    const folder = await realpath(dirname(file)).catch(() => dirname(file));
    return ownOutputs(join(folder, basename(file)));
  }

  /** Many files per transaction: on SQLite a commit costs as much as writing a small file. */
  writeBatch(): WriteBatch {
    return createWriteBatch(this.db);
  }

  storeProcessedFile(file: FileFacts, rows: FileRows, runId: number, replacing = true): Promise<void> {
    return storeProcessedFile(this.db, file, rows, runId, replacing);
  }

  storeDuplicate(file: FileFacts, runId: number, duplicateOf: number): Promise<void> {
    return storeFileStatus(this.db, file, 'duplicate', runId, duplicateOf);
  }

  storeUnchanged(paths: string[], runId: number): Promise<void> {
    return storeUnchanged(this.db, paths, runId);
  }

  storeMissing(ids: number[], runId: number): Promise<void> {
    return storeMissing(this.db, ids, runId);
  }

  storeFailure(file: FileFacts, stage: string, reason: string, runId: number): Promise<void> {
    return storeFailure(this.db, file, stage, reason, runId);
  }

  pruneFiles(ids: number[]): Promise<void> {
    return pruneFiles(this.db, ids);
  }

  refreshKeywords(): Promise<void> {
    return refreshKeywords(this.db);
  }

  relinkOrphanedCopies(): Promise<number> {
    return relinkOrphanedCopies(this.db);
  }

  search(text: string, options: SearchOptions = {}): Promise<SearchResult> {
    return search(this.db, text, options);
  }

  searchCopiesFolded(text: string, filter: ArticleFilter = {}): Promise<number> {
    return searchCopiesFolded(this.db, text, filter);
  }

  readOnlyQuery(sql: string): Promise<Row[]> {
    // Its own read-only connection: this store's may be open for writing.
    return readOnlyQuery(this.location, sql);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** Datasette reads descriptions from metadata.json beside the database, kept if someone edited it. */
  async describeSchema(tables: Record<string, TableDescription>, options: { force?: boolean } = {}): Promise<SchemaDescribed> {
    const written = writeMetadata(this.location, { tables, force: options.force ?? false });
    return { where: written.path, readers: 'Datasette', kept: written.kept };
  }
}
