import sqlite3 from 'sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { MIGRATIONS } from './migrations.js';

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export const SCHEMA_VERSION = 3;

/** Where the CLI keeps the database unless told otherwise (`--db`). */
export const DEFAULT_DB = 'output/plans.sqlite';

const STATEMENT_CACHE_SIZE = 64;

/** A promise face over sqlite3's callbacks; one connection, statements run in call order. */
export class Database {
  private constructor(private readonly db: sqlite3.Database) {}

  static open(path: string, options: { readonly?: boolean } = {}): Promise<Database> {
    const mode = options.readonly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(path, mode, (err) => (err ? reject(err) : resolve(new Database(db))));
    });
  }

  /** Prepared once per distinct SQL text: the writer runs the same few inserts for every row. */
  private readonly statements = new Map<string, sqlite3.Statement>();

  run(sql: string, params: SqlValue[] = []): Promise<{ lastID: number; changes: number }> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
      // Multi-row inserts vary in length; keep the cache from growing with every row count seen.
      if (this.statements.size > STATEMENT_CACHE_SIZE) {
        const [oldest, old] = this.statements.entries().next().value as [string, sqlite3.Statement];
        this.statements.delete(oldest);
        old.finalize();
      }
    }
    const prepared = statement;
    return new Promise((resolve, reject) => {
      prepared.run(params, function (err) {
        if (err) reject(err);
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }

  get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined)));
    });
  }

  all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[])));
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  /** Open transactions: 0 outside, 1 inside a transaction, more inside its savepoints. */
  private depth = 0;

  /**
   * Runs `work` atomically: all of it is stored, or none of it. Inside a batch (or another
   * transaction) it is a savepoint, so one file's failure undoes that file only.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const savepoint = `sp${this.depth}`;
    await this.exec(this.depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    this.depth++;
    try {
      const result = await work();
      this.depth--;
      await this.exec(this.depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
      return result;
    } catch (err) {
      this.depth--;
      const undo = this.depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`;
      await this.exec(undo).catch(() => undefined);
      throw err;
    }
  }

  /** Starts a batch: the transactions that follow become savepoints of one transaction until `commitBatch`. */
  async beginBatch(): Promise<void> {
    if (this.depth > 0) throw new Error('a batch cannot start inside a transaction');
    await this.exec('BEGIN IMMEDIATE');
    this.depth = 1;
  }

  async commitBatch(): Promise<void> {
    if (this.depth !== 1) throw new Error('no batch is open');
    await this.exec('COMMIT');
    this.depth = 0;
  }

  /** Gives up an open batch; what it held is not stored. */
  async rollbackBatch(): Promise<void> {
    if (this.depth === 0) return;
    this.depth = 0;
    await this.exec('ROLLBACK').catch(() => undefined);
  }

  get inBatch(): boolean {
    return this.depth > 0;
  }

  async close(): Promise<void> {
    await Promise.all([...this.statements.values()].map((st) => new Promise<void>((resolve) => st.finalize(() => resolve()))));
    this.statements.clear();
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

/** Opens (creating if needed) a database for writing, in WAL mode so readers can query during an ingest. */
export async function openForWriting(path: string): Promise<Database> {
  const db = await Database.open(path);
  await db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;');
  await migrate(db);
  return db;
}

async function migrate(db: Database): Promise<void> {
  if ((await schemaVersion(db)) === SCHEMA_VERSION) return;
  // Off outside the transaction (SQLite ignores it inside): a table rebuilt must not cascade into its children.
  await db.exec('PRAGMA foreign_keys = OFF');
  try {
    // BEGIN IMMEDIATE: two processes opening an old or new database at once migrate it once.
    await db.transaction(async () => {
      const current = await schemaVersion(db);
      if (current > SCHEMA_VERSION) {
        throw new Error(`database schema version ${current} is newer than this planmine (${SCHEMA_VERSION}); upgrade planmine`);
      }
      if (current === SCHEMA_VERSION) return;
      if (current > 0) {
        for (let version = current + 1; version <= SCHEMA_VERSION; version++) await MIGRATIONS[version]!(db);
        const broken = await db.all('PRAGMA foreign_key_check');
        if (broken.length > 0) throw new Error(`migrating the database to version ${SCHEMA_VERSION} broke ${broken.length} references; it was left as it was`);
      }
      await db.exec(readFileSync(join(projectRoot(), 'src/db/schema.sql'), 'utf8'));
      await db.run('DELETE FROM schema_version');
      await db.run('INSERT INTO schema_version (version) VALUES (?)', [SCHEMA_VERSION]);
    });
  } finally {
    await db.exec('PRAGMA foreign_keys = ON');
  }
}

/** 0 for a new, empty database. */
async function schemaVersion(db: Database): Promise<number> {
  const hasVersion = await db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  return hasVersion ? ((await db.get<{ version: number }>('SELECT version FROM schema_version'))?.version ?? 0) : 0;
}
