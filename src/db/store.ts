// The storage seam: what the pipeline and the commands ask of a database, whichever engine holds it.
// SQLite (src/db/sqlite-store.ts) is the embedded default; PostgreSQL (src/db/postgres/) is for a
// team's shared database and distributed ingest. What differs between them lives only behind this.
import type { Row, SqlValue } from './connection.js';
import type { FileRows } from './file-rows.js';
import type { FileFacts } from './writer.js';
import type { SearchOptions, SearchResult } from '../search/fts.js';
import type { ArticleFilter } from '../workbench/filters.js';
import type { TableDescription } from '../workbench/metadata-descriptions.js';

/**
 * Portable reads: SQL that both engines run, `?` placeholders (PostgreSQL's store numbers them).
 * Quote `"end"` (a reserved word in PostgreSQL); keep to functions both have (coalesce, substr, count).
 */
export interface ReadStore {
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
}

/** What the database already holds for a path, read once before a run decides what to parse. */
export interface KnownFile {
  id: number;
  path: string;
  /** Relative to the folder it was listed under: its articles' ids (null when never parsed). */
  docPath: string | null;
  sha256: string | null;
  status: string;
  /** The file this one holds the same bytes as, for a duplicate. */
  duplicateOf: number | null;
}

export interface RunCounts {
  files: number;
  ingested: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  /** Left as they are when not given (the distributed workers count no missing or pruned files). */
  missing?: number;
  pruned?: number;
}

/**
 * Groups an ingest's per-file writes where commits are dear (SQLite: one transaction every few
 * hundred milliseconds, each file a savepoint in it); elsewhere each write commits on its own.
 */
export interface WriteBatch {
  write<T>(work: () => Promise<T>): Promise<T>;
  /** Commits what the batch holds. */
  flush(): Promise<void>;
  /** Gives up what the batch holds and not yet committed. */
  rollback(): Promise<void>;
}

export interface Store extends ReadStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Where it is, for messages: a file path or a URL without its password. */
  readonly location: string;

  knownFiles(): Promise<KnownFile[]>;
  fileByPath(path: string): Promise<{ id: number; status: string; sha256: string | null } | undefined>;
  startRun(args: string): Promise<number>;
  finishRun(runId: number, counts: RunCounts): Promise<void>;
  /**
   * Takes the database for one ingest, or throws IngestBusyError naming the run that holds it:
   * two ingests at once would each decide a file is new and then collide on its rows. Returns the release.
   */
  takeIngestLock(): Promise<() => Promise<void>>;
  /** Files the store itself keeps on disk (a SQLite file and its journals): a dump may hold them, and they are no articles. */
  ownFiles(): Promise<string[]>;
  writeBatch(): WriteBatch;

  /**
   * Replaces everything stored for the file with its new rows, atomically. `replacing: false` says
   * the file is new to the database, so there is nothing of it to delete first.
   */
  storeProcessedFile(file: FileFacts, rows: FileRows, runId: number, replacing?: boolean): Promise<void>;
  storeDuplicate(file: FileFacts, runId: number, duplicateOf: number): Promise<void>;
  storeUnchanged(paths: string[], runId: number): Promise<void>;
  /** Files stored before and gone now: marked `missing`, their articles kept. */
  storeMissing(ids: number[], runId: number): Promise<void>;
  /** The file keeps no stale articles, and its reason goes to `errors`. */
  storeFailure(file: FileFacts, stage: string, reason: string, runId: number): Promise<void>;
  /** Deletes files with everything stored for them (`ingest --prune`); what pointed at them as a duplicate is unlinked. */
  pruneFiles(ids: number[]): Promise<void>;
  refreshKeywords(): Promise<void>;
  /** Copies whose original was deleted (changed, failed, pruned) are linked again, to another copy or none. */
  relinkOrphanedCopies(): Promise<number>;

  search(text: string, options?: SearchOptions): Promise<SearchResult>;
  /** Copies (documents.duplicate_of) holding a match, which `search` folded: to say how many. */
  searchCopiesFolded(text: string, filter?: ArticleFilter): Promise<number>;
  /** One statement that can never change the database (`planmine sql`). */
  readOnlyQuery(sql: string): Promise<Row[]>;
  close(): Promise<void>;

  /**
   * Puts what each table and column holds where this engine's tools read it: metadata.json beside
   * a SQLite file (Datasette), COMMENT ON in PostgreSQL (psql \d+, Metabase, DBeaver).
   * `force` overwrites a metadata.json someone edited; tables this engine lacks are skipped.
   */
  describeSchema(tables: Record<string, TableDescription>, options?: { force?: boolean }): Promise<SchemaDescribed>;
}

export interface SchemaDescribed {
  /** Where the descriptions went: a file, or the database itself. */
  where: string;
  /** The tools that show them, for the line the CLI prints. */
  readers: string;
  /** Left as it was: someone changed it after planmine wrote it. */
  kept: boolean;
}

export interface OpenOptions {
  /** A reading command: it changes nothing, and needs a database planmine has written. */
  readonly?: boolean;
  /** false: the database must exist already (a command that adds to one, not ingest). Default true. */
  create?: boolean;
}

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** Opens the store `--db` names: a `postgres://` or `postgresql://` URL, otherwise a SQLite file. */
export async function openStore(db: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { PostgresStore } = await import('./postgres/store.js');
    return PostgresStore.connect(db, options);
  }
  const { SqliteStore } = await import('./sqlite-store.js');
  return SqliteStore.open(db, options);
}

/** Runs `work` on the store `--db` names, opened for reading, and closes it whatever happens. */
export function withReadOnlyStore<T>(db: string, work: (store: Store) => Promise<T>): Promise<T> {
  return withStore(db, { readonly: true }, work);
}

/** Runs `work` on the store `--db` names, opened as `options` say, and closes it whatever happens. */
export async function withStore<T>(db: string, options: OpenOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
