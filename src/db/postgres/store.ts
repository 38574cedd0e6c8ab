import type pg from 'pg';
import type { Row, SqlValue } from '../connection.js';
import type { FileRows } from '../file-rows.js';
import type { FileFacts } from '../writer.js';
import type { KnownFile, OpenOptions, RunCounts, SchemaDescribed, Store } from '../store.js';
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
    return this.all<KnownFile>('SELECT path, doc_path AS "docPath", sha256, status FROM files');
  }

  fileByPath(path: string): Promise<{ id: number; status: string } | undefined> {
    return this.get('SELECT id, status FROM files WHERE path = ?', [path]);
  }

  async startRun(args: string): Promise<number> {
    return (await this.get<{ id: number }>('INSERT INTO runs (started_at, args) VALUES (?, ?) RETURNING id', [new Date().toISOString(), args]))!.id;
  }

  async finishRun(runId: number, c: RunCounts): Promise<void> {
    await this.all(
      'UPDATE runs SET finished_at = ?, files_seen = ?, files_ingested = ?, files_unchanged = ?, files_duplicate = ?, files_failed = ? WHERE id = ?',
      [new Date().toISOString(), c.files, c.ingested, c.unchanged, c.duplicate, c.failed, runId],
    );
  }

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
