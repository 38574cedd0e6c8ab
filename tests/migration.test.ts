// A database written by an earlier planmine opens and is brought to the current schema, its
// articles kept.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database, openForWriting, SCHEMA_VERSION } from '../src/db/connection.js';
import { count, ingestInline, tempDir } from './helpers/db.js';

// schema.sql as of version 1 (`git show 9d4372a:src/db/schema.sql`).
const SCHEMA_V1 = readFileSync(join(import.meta.dirname, 'fixtures', 'schema-v1.sql'), 'utf8');

const PLAN = `清河县实验小学教学质量提升实施方案
一、工作目标
学生体质健康合格率达到95%以上。
`;

/** A v1 database as that planmine left it: paths as typed (relative to where it ran), ids by file name. */
async function versionOneDatabase(path: string): Promise<void> {
  const db = await Database.open(path);
  await db.exec(SCHEMA_V1);
  await db.exec(`
    INSERT INTO schema_version (version) VALUES (1);
    INSERT INTO runs (id, started_at, finished_at, args) VALUES (1, '2026-11-01T00:00:00Z', '2026-11-01T00:01:00Z', '["dump"]');
    INSERT INTO files (id, path, sha256, format, bytes, status, run_id, updated_at)
      VALUES (1, 'dump/sub/index.txt', 'aa', 'txt', 100, 'ingested', 1, '2026-11-01T00:00:30Z'),
             (2, 'dump/copy.txt', 'aa', 'txt', 100, 'duplicate', 1, '2026-11-01T00:00:30Z');
    UPDATE files SET duplicate_of = 1 WHERE id = 2;
    INSERT INTO documents (id, file_id, doc, article_index, title, text, chars) VALUES (1, 1, 'index#1', 1, '旧标题', '旧的正文', 4);
    INSERT INTO targets (document_id, indicator, indicator_key, value, unit, comparator, kind, evidence, start, end, section_path, extractor)
      VALUES (1, '合格率', '合格率', 95, '%', '>=', 'goal', '合格率达到95%', 0, 4, '', 'test');
  `);
  await db.close();
}

describe('a version 1 database', () => {
  it('is migrated on opening: paths made absolute, statuses and columns added, articles and links kept', async () => {
    const dir = tempDir();
    const path = join(dir, 'plans.sqlite');
    await versionOneDatabase(path);
    const cwd = process.cwd();
    process.chdir(dir);
    let db: Database;
    try {
      db = await openForWriting(path);
    } finally {
      process.chdir(cwd);
    }
    expect(SCHEMA_VERSION).toBe(3);
    expect(await db.get('SELECT version FROM schema_version')).toEqual({ version: 3 });
    // Version 3: articles gain the copy link, empty for what was stored before copies were detected.
    expect(await db.all('SELECT doc, duplicate_of, duplicate_similarity FROM documents')).toEqual([{ doc: 'index#1', duplicate_of: null, duplicate_similarity: null }]);
    expect(await count(db, "SELECT count(*) AS n FROM sqlite_master WHERE name IN ('copy_signatures', 'copy_bands', 'documents_duplicate_of')")).toBe(3);
    expect(await db.all('SELECT id, path, doc_path, status, duplicate_of FROM files ORDER BY id')).toEqual([
      { id: 1, path: join(dir, 'dump/sub/index.txt'), doc_path: null, status: 'ingested', duplicate_of: null },
      { id: 2, path: join(dir, 'dump/copy.txt'), doc_path: null, status: 'duplicate', duplicate_of: 1 },
    ]);
    expect(await count(db, 'SELECT count(*) AS n FROM targets t JOIN documents d ON d.id = t.document_id JOIN files f ON f.id = d.file_id')).toBe(1);
    // The new status and columns are accepted, and the lock table exists.
    await db.run("UPDATE files SET status = 'missing' WHERE id = 1");
    await db.run('UPDATE runs SET files_missing = 1, files_pruned = 0 WHERE id = 1');
    expect(await count(db, 'SELECT count(*) AS n FROM ingest_lock')).toBe(0);
    // Foreign keys still hold after the rebuild: deleting the file takes its article along.
    await db.run('DELETE FROM files WHERE id = 1');
    expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(0);
    expect(await db.get('SELECT duplicate_of FROM files WHERE id = 2')).toEqual({ duplicate_of: null });
    await db.close();
    // Opened again: already current, nothing happens.
    const again = await openForWriting(path);
    expect(await count(again, 'SELECT count(*) AS n FROM files')).toBe(1);
    await again.close();
  });

  it('gets relative-path ids for its files on the next ingest, without a second row per file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dump/sub'), { recursive: true });
    writeFileSync(join(dir, 'dump/sub/index.txt'), PLAN);
    const path = join(dir, 'plans.sqlite');
    await versionOneDatabase(path);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const db = await openForWriting(path);
      const summary = await ingestInline(db, ['dump']);
      expect(summary).toMatchObject({ ingested: 1, missing: 1 });
      expect(await db.all('SELECT doc FROM documents')).toEqual([{ doc: 'sub/index#1' }]);
      expect(await db.all('SELECT path, doc_path, status FROM files ORDER BY path')).toEqual([
        { path: join(dir, 'dump/copy.txt'), doc_path: null, status: 'missing' },
        { path: join(dir, 'dump/sub/index.txt'), doc_path: 'sub/index.txt', status: 'ingested' },
      ]);
      await db.close();
    } finally {
      process.chdir(cwd);
    }
  });
});
