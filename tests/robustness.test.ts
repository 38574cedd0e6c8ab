// Bad inputs beside good ones, through the library: each file ends in exactly one state, failures
// are stored with a reason a researcher understands, and none of them stops the batch.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../src/db/connection.js';
import type { FileEvent, IngestSummary } from '../src/ingest.js';
import { BAD_FILE_LIMITS, PLAN_TEXT, writeBadFiles, type BadFile } from './fixtures/bad-files.js';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import { ROOT } from './helpers/cli.js';

const CORPUS = join(ROOT, 'corpus', 'docs');

describe('bad files beside the corpus', () => {
  let db: Database;
  let bad: (BadFile & { path: string })[];
  let good: string[];
  let summary: IngestSummary;
  const events: FileEvent[] = [];

  beforeAll(async () => {
    const dir = tempDir('planmine-bad-');
    mkdirSync(join(dir, 'bad'));
    bad = writeBadFiles(join(dir, 'bad'));
    cpSync(CORPUS, join(dir, 'good'), { recursive: true });
    good = readdirSync(join(dir, 'good')).map((name) => join(dir, 'good', name));
    ({ db } = await freshDatabase());
    summary = await ingestInline(db, [dir], {
      maxBytes: BAD_FILE_LIMITS.maxBytes,
      read: { maxPages: BAD_FILE_LIMITS.maxPages, maxUncompressedBytes: BAD_FILE_LIMITS.maxUncompressedBytes, maxTextChars: BAD_FILE_LIMITS.maxTextChars },
      onFile: (event) => events.push(event),
    });
  }, 120_000);

  it('gives every file exactly one row and one event, and the summary adds up', async () => {
    const paths = [...bad.map((f) => f.path), ...good].sort();
    expect(events.map((e) => e.path).sort()).toEqual(paths);
    expect((await db.all<{ path: string }>('SELECT path FROM files ORDER BY path')).map((r) => r.path)).toEqual(paths);
    expect(summary.files).toBe(paths.length);
    expect(summary.ingested + summary.unchanged + summary.duplicate + summary.failed).toBe(paths.length);
  });

  it('stores every good corpus file despite the bad ones', async () => {
    for (const path of good) {
      const row = await db.get<{ status: string; docs: number }>(
        'SELECT status, (SELECT count(*) FROM documents d WHERE d.file_id = f.id) AS docs FROM files f WHERE path = ?', [path],
      );
      expect(row, path).toMatchObject({ status: 'ingested' });
      expect(row!.docs, path).toBeGreaterThan(0);
    }
  });

  it.each(['control.pdf', 'control.docx', 'truncated.pdf', 'truncated.docx', 'page-saved-as.pdf', 'noise.bin', 'noise.pdf',
    'noise.docx', 'empty.txt', 'empty.pdf', 'locked.pdf', 'scanned.pdf', 'too-many-pages.pdf', 'bomb-size.docx',
    'bomb-lying.docx', 'bomb-entries.docx', 'bomb.pdf', 'bomb-nested.pdf', 'compressed.pdf', 'long.txt', 'long-body.docx', 'lying-charset.html', 'huge.txt'])('%s ends as expected, with its reason stored', async (name) => {
    const file = bad.find((f) => f.name === name)!;
    const row = await db.get<{ id: number; status: string; format: string | null }>('SELECT id, status, format FROM files WHERE path = ?', [file.path]);
    expect(row?.status).toBe(file.expect.status);
    const errors = await db.all<{ stage: string; reason: string; at: string }>('SELECT stage, reason, at FROM errors WHERE path = ?', [file.path]);
    const event = events.find((e) => e.path === file.path)!;
    if (file.expect.status === 'failed') {
      expect(errors).toHaveLength(1);
      expect(errors[0]!.reason).toMatch(file.expect.reason!);
      expect(errors[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(event.reason).toBe(errors[0]!.reason);
      expect(await count(db, 'SELECT count(*) AS n FROM documents WHERE file_id = ?', [row!.id])).toBe(0);
    } else {
      expect(errors).toHaveLength(0);
      if (file.expect.format) expect(row!.format).toBe(file.expect.format);
      expect(await count(db, 'SELECT count(*) AS n FROM documents WHERE file_id = ?', [row!.id])).toBeGreaterThan(0);
      if (file.expect.reason) {
        const warnings = await db.all<{ reason: string }>("SELECT reason FROM messages WHERE file_id = ? AND severity = 'warning'", [row!.id]);
        expect(warnings.map((w) => w.reason).join('\n')).toMatch(file.expect.reason);
      }
    }
  });

  it('names the failing stage: limits as limit, unreadable bytes as parse or read', async () => {
    const stages = new Map((await db.all<{ path: string; stage: string }>('SELECT path, stage FROM errors')).map((r) => [r.path, r.stage]));
    const stageOf = (name: string): string | undefined => stages.get(bad.find((f) => f.name === name)!.path);
    for (const name of ['huge.txt', 'too-many-pages.pdf', 'bomb-size.docx', 'bomb-lying.docx', 'bomb-entries.docx', 'bomb.pdf', 'bomb-nested.pdf', 'long.txt', 'long-body.docx']) expect(stageOf(name), name).toBe('limit');
    for (const name of ['truncated.pdf', 'locked.pdf', 'noise.docx']) expect(stageOf(name), name).toBe('parse');
  });

  it('retries failed files on the next run and leaves the stored ones unchanged', async () => {
    const documents = await count(db, 'SELECT count(*) AS n FROM documents');
    const again = await ingestInline(db, [join(bad[0]!.path, '..', '..')], {
      maxBytes: BAD_FILE_LIMITS.maxBytes,
      read: { maxPages: BAD_FILE_LIMITS.maxPages, maxUncompressedBytes: BAD_FILE_LIMITS.maxUncompressedBytes, maxTextChars: BAD_FILE_LIMITS.maxTextChars },
    });
    expect(again.failed).toBe(summary.failed);
    expect(again.unchanged).toBe(summary.ingested);
    expect(again.ingested).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(documents);
    expect(await count(db, 'SELECT count(*) AS n FROM errors WHERE run_id = ?', [again.runId])).toBe(summary.failed);
  });
});

describe('a file that disappears during the run', () => {
  it('fails with that reason and the others are stored', async () => {
    const dir = tempDir('planmine-vanish-');
    writeFileSync(join(dir, 'a.txt'), PLAN_TEXT);
    writeFileSync(join(dir, 'b.txt'), PLAN_TEXT.replace('96%', '97%'));
    writeFileSync(join(dir, 'c.txt'), PLAN_TEXT.replace('96%', '98%'));
    const { db } = await freshDatabase();
    // With a window of one and no reading ahead, b.txt is read only after a.txt is settled: deleting it then is a race won on purpose.
    const summary = await ingestInline(db, [dir], {
      readAhead: 1,
      onFile: (event) => {
        if (event.path.endsWith('a.txt')) rmSync(join(dir, 'b.txt'));
      },
    });
    expect(summary).toMatchObject({ files: 3, ingested: 2, failed: 1 });
    const errors = await db.all<{ path: string; reason: string }>('SELECT path, reason FROM errors');
    expect(errors).toEqual([{ path: join(dir, 'b.txt'), reason: 'cannot read file: it disappeared during the run' }]);
  });
});
