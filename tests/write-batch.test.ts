import { describe, expect, it } from 'vitest';
import { Database } from '../src/db/connection.js';
import { createWriteBatch } from '../src/db/write-batch.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';

const addRun = (db: Database, args: string) => db.run("INSERT INTO runs (started_at, args) VALUES ('t', ?)", [args]);

describe('write batch', () => {
  it('keeps each file atomic inside the batch: a failing one is undone alone', async () => {
    const { db } = await freshDatabase();
    const batch = createWriteBatch(db, { files: 100, ms: 60_000 });
    await batch.write(() => db.transaction(() => addRun(db, 'first')));
    await expect(
      batch.write(() =>
        db.transaction(async () => {
          await addRun(db, 'second');
          throw new Error('the writer failed half-way');
        }),
      ),
    ).rejects.toThrow('half-way');
    await batch.write(() => db.transaction(() => addRun(db, 'third')));
    await batch.flush();
    expect((await db.all<{ args: string }>('SELECT args FROM runs ORDER BY id')).map((r) => r.args)).toEqual(['first', 'third']);
  });

  it('commits after the set number of files, so other connections see them', async () => {
    const { db, path } = await freshDatabase();
    const reader = await Database.open(path, { readonly: true });
    const batch = createWriteBatch(db, { files: 2, ms: 60_000 });
    await batch.write(() => db.transaction(() => addRun(db, 'a')));
    expect(await count(reader, 'SELECT count(*) AS n FROM runs')).toBe(0);
    await batch.write(() => db.transaction(() => addRun(db, 'b')));
    expect(await count(reader, 'SELECT count(*) AS n FROM runs')).toBe(2);
    expect(db.inBatch).toBe(false);
    await reader.close();
  });
});

describe('an ingest stopped by an error', () => {
  it('keeps the files written before it and leaves no transaction open on the connection', async () => {
    const { db } = await freshDatabase();
    const dir = tempDir();
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.txt`), `${name}校教学质量提升方案\n一、工作目标\n学生体质健康合格率达到95%以上,优秀率不低于30%。\n`);
    const stopped = ingestInline(db, [dir], {
      onFile: (event) => {
        if (event.done === 2) throw new Error('stopped by the caller');
      },
    });
    await expect(stopped).rejects.toThrow('stopped by the caller');
    expect(db.inBatch).toBe(false);
    expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(2);
    await db.close();
  });
});
