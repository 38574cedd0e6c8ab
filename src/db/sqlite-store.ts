import { Database, openForWriting, type Row, type SqlValue } from './connection.js';
import type { FileRows } from './file-rows.js';
import { storeFailure, storeFileStatus, storeMissing, storeProcessedFile, storeUnchanged, type FileFacts } from './writer.js';
import { readOnlyQuery } from './query.js';
import { refreshKeywords } from '../search/keywords.js';
import { search, searchCopiesFolded, type SearchOptions, type SearchResult } from '../search/fts.js';
import type { ArticleFilter } from '../workbench/filters.js';
import { assertPlanmineDatabase } from './sqlite-check.js';
import { PlanmineError } from '../errors.js';
import type { KnownFile, OpenOptions, RunCounts, SchemaDescribed, Store } from './store.js';
import type { TableDescription } from '../workbench/metadata-descriptions.js';
import { writeMetadata } from '../workbench/metadata.js';
import { existsSync } from 'node:fs';

/** The Store over the existing SQLite functions, unchanged: a thin adapter until the commands take a Store. */
export class SqliteStore implements Store {
  readonly engine = 'sqlite';

  private constructor(readonly db: Database, readonly location: string) {}

  static async open(path: string, options: OpenOptions = {}): Promise<SqliteStore> {
    if (!options.readonly && options.create === false && !existsSync(path)) {
      throw new PlanmineError('read', `no database at ${path} (run \`planmine ingest\` first)`);
    }
    if (!options.readonly) return new SqliteStore(await openForWriting(path), path);
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

  all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.db.all<T>(sql, params);
  }

  get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.db.get<T>(sql, params);
  }

  knownFiles(): Promise<KnownFile[]> {
    return this.db.all<KnownFile>('SELECT path, doc_path AS "docPath", sha256, status FROM files');
  }

  fileByPath(path: string): Promise<{ id: number; status: string } | undefined> {
    return this.db.get('SELECT id, status FROM files WHERE path = ?', [path]);
  }

  async startRun(args: string): Promise<number> {
    return (await this.db.run('INSERT INTO runs (started_at, args) VALUES (?, ?)', [new Date().toISOString(), args])).lastID;
  }

  async finishRun(runId: number, c: RunCounts): Promise<void> {
    await this.db.run(
      'UPDATE runs SET finished_at = ?, files_seen = ?, files_ingested = ?, files_unchanged = ?, files_duplicate = ?, files_failed = ? WHERE id = ?',
      [new Date().toISOString(), c.files, c.ingested, c.unchanged, c.duplicate, c.failed, runId],
    );
  }

  storeProcessedFile(file: FileFacts, rows: FileRows, runId: number): Promise<void> {
    return storeProcessedFile(this.db, file, rows, runId);
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

  refreshKeywords(): Promise<void> {
    return refreshKeywords(this.db);
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
