import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.js';
import { freshDatabase, ingestInline, tempDir } from './helpers/db.js';

// One invented plan as text, DOCX and Word 97 (made with LibreOffice), reposted by a 范文 site with
// its chrome and three small edits; and a second school's plan from the same template with its
// own name, leader and figures.
const FIXTURES = new URL('./fixtures/copies/', import.meta.url).pathname;

describe('copies', () => {
  let db: Database;

  beforeAll(async () => {
    const dir = tempDir('planmine-copies-');
    cpSync(FIXTURES, dir, { recursive: true });
    ({ db } = await freshDatabase());
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ ingested: 5, failed: 0 });
  }, 60_000);

  const documents = (): Promise<{ doc: string; original: string | null; similarity: number | null }[]> =>
    db.all(
      `SELECT d.doc, o.doc AS original, d.duplicate_similarity AS similarity
       FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.doc`,
    );

  it('links the other formats and the repost to the first copy stored', async () => {
    const rows = await documents();
    const first = 'fanwen-repost#1';
    expect(rows).toEqual([
      { doc: 'fanwen-repost#1', original: null, similarity: null },
      { doc: 'shiqiao-tiyu-jihua#1', original: null, similarity: null },
      { doc: 'wenming-legacy#1', original: first, similarity: expect.any(Number) },
      { doc: 'wenming-tiyu-jihua#1', original: first, similarity: expect.any(Number) },
      { doc: 'wenming-word#1', original: first, similarity: expect.any(Number) },
    ]);
    for (const row of rows.filter((r) => r.original)) expect(row.similarity).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps one template filled in by another school, with other figures, an original', async () => {
    const other = (await documents()).find((r) => r.doc === 'shiqiao-tiyu-jihua#1');
    expect(other?.original).toBeNull();
  });
});
