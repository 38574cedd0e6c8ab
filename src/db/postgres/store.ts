import type pg from 'pg';
import type { Row, SqlValue } from '../connection.js';
import type { FileRows } from '../file-rows.js';
import type { FileFacts } from '../writer.js';
import type { KnownFile, OpenOptions, RunCounts, SchemaDescribed, Store, WriteBatch } from '../store.js';
import { fileRowByPath, knownFileRows } from '../file-state.js';
import { finishRun } from '../runs.js';
import { takeIngestLock } from './ingest-lock.js';
import type { SearchOptions, SearchResult } from '../../search/fts.js';
import { collectionIdf, weighedKeywords, type DocumentPageReader } from '../../search/keywords.js';
import { hasSeveralStatements } from '../query.js';
import { PlanmineError } from '../../errors.js';
import { assertPlanmineDatabase, createPool, inTransaction, migrate, redactedUrl } from './connection.js';
import { numberPlaceholders } from './placeholders.js';
import * as writer from './writer.js';
import { relinkOrphanedCopies } from './copy-index.js';
import { searchCopiesFoldedPostgres, searchPostgres } from './search.js';
import type { ArticleFilter } from '../../workbench/filters.js';
import type { TableDescription } from '../../workbench/metadata-descriptions.js';
import { commentOnSchema } from './comments.js';

/** `planmine sql` on a shared server: a runaway query must not hold it for everyone. */
const READ_ONLY_STATEMENT_TIMEOUT = '60s';

/** The Store on PostgreSQL through node-postgres: a pool, and each write one transaction on one client. */
export class PostgresStore implements Store {
  readonly engine = 'postgres';

  private constructor(readonly pool: pg.Pool, readonly location: string) {}

  /**
   * `readonly`: a reading command creates nothing, needs a database planmine has written, and its
   * sessions refuse writes. `create: false`: a writing command that adds to a planmine database only.
   */
  static async connect(url: string, options: OpenOptions & { poolSize?: number } = {}): Promise<PostgresStore> {
    const pool = await createPool(url, options.poolSize, { readonly: options.readonly ?? false });
    try {
      if (options.readonly || options.create === false) await assertPlanmineDatabase(pool, url);
      if (!options.readonly) await migrate(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStore(pool, redactedUrl(url));
  }

  async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return (await this.pool.query(numberPlaceholders(sql), params)).rows as T[];
  }

  async get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Runs `work` in one transaction on one client; the writer's functions take that client. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }

  knownFiles(): Promise<KnownFile[]> {
    return knownFileRows(this);
  }

  fileByPath(path: string): Promise<{ id: number; status: string; sha256: string | null } | undefined> {
    return fileRowByPath(this, path);
  }

  async startRun(args: string): Promise<number> {
    return (await this.get<{ id: number }>('INSERT INTO runs (started_at, args) VALUES (?, ?) RETURNING id', [new Date().toISOString(), args]))!.id;
  }

  finishRun(runId: number, counts: RunCounts): Promise<void> {
    return finishRun(this, runId, counts);
  }

  takeIngestLock(): Promise<() => Promise<void>> {
    return takeIngestLock(this.pool);
  }

  /** The server keeps its files out of the dump's reach. */
  async ownFiles(): Promise<string[]> {
    return [];
  }

  /**
   * Each write is its own transaction: a commit is cheap next to the round trips of a file's rows,
   * and other writers (workers) see each file as soon as it is stored.
   */
  writeBatch(): WriteBatch {
    return { write: (work) => work(), flush: async () => undefined, rollback: async () => undefined };
  }

  /** Always delete-then-insert (`replacing` aside): another writer may have stored the file since the run looked. */
  async storeProcessedFile(file: FileFacts, rows: FileRows, runId: number): Promise<void> {
    await this.transaction((client) => writer.storeProcessedFile(client, file, rows, runId));
  }

  storeDuplicate(file: FileFacts, runId: number, duplicateOf: number): Promise<void> {
    return this.transaction((client) => writer.storeDuplicate(client, file, runId, duplicateOf));
  }

  storeUnchanged(paths: string[], runId: number): Promise<void> {
    return this.transaction((client) => writer.storeUnchanged(client, paths, runId));
  }

  async storeMissing(ids: number[], runId: number): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query("UPDATE files SET status = 'missing', run_id = $1, updated_at = $2 WHERE id = ANY($3::bigint[])", [runId, new Date().toISOString(), ids]);
  }

  storeFailure(file: FileFacts, stage: string, reason: string, runId: number): Promise<void> {
    return this.transaction((client) => writer.storeFailure(client, file, stage, reason, runId));
  }

  async pruneFiles(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query('DELETE FROM files WHERE id = ANY($1::bigint[])', [ids]);
  }

  async refreshKeywords(): Promise<void> {
    const pages: DocumentPageReader = (after, perPage) =>
      this.all(
        "SELECT document_id, string_agg(words, ' ' ORDER BY id) AS words FROM sentences WHERE document_id > ? GROUP BY document_id ORDER BY document_id LIMIT ?",
        [after, perPage],
      );
    const idf = await collectionIdf(pages);
    await this.transaction(async (client) => {
      // Workers finishing together each refresh: one at a time, the last one's weights stand.
      await client.query("LOCK TABLE keywords IN EXCLUSIVE MODE");
      await client.query('DELETE FROM keywords');
      for await (const keywords of weighedKeywords(pages, idf)) {
        await client.query(
          `INSERT INTO keywords (document_id, word, weight)
           SELECT (v ->> 0)::bigint, v ->> 1, (v ->> 2)::double precision FROM jsonb_array_elements($1::jsonb) AS v`,
          [JSON.stringify(keywords)],
        );
      }
    });
  }

  relinkOrphanedCopies(): Promise<number> {
    return relinkOrphanedCopies(this.pool, (work) => this.transaction(work));
  }

  search(text: string, options: SearchOptions = {}): Promise<SearchResult> {
    return searchPostgres(this, text, options);
  }

  searchCopiesFolded(text: string, filter: ArticleFilter = {}): Promise<number> {
    return searchCopiesFoldedPostgres(this, text, filter);
  }

  /** One statement in a READ ONLY transaction with a time limit; it is rolled back whatever it was. */
  async readOnlyQuery(sql: string): Promise<Row[]> {
    if (hasSeveralStatements(sql)) throw new PlanmineError('read', 'one statement at a time: the query holds several (remove the extra `;`)');
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`SET LOCAL statement_timeout = '${READ_ONLY_STATEMENT_TIMEOUT}'`);
      return (await client.query({ text: sql, values: [] })).rows as Row[];
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (/read-only transaction/i.test(message)) throw new PlanmineError('read', `refused: planmine sql is read-only (${message})`);
      throw new PlanmineError('read', `query failed: ${message}`);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async describeSchema(tables: Record<string, TableDescription>): Promise<SchemaDescribed> {
    const commented = await commentOnSchema(this.pool, tables);
    return { where: `COMMENT ON ${commented.tables} tables and views, ${commented.columns} columns in ${this.location}`, readers: 'psql \\d+, Metabase, DBeaver', kept: false };
  }
}
