import { describe, expect, it } from 'vitest';
import { Database } from '../src/db/connection.js';
import { createWriteBatch } from '../src/db/write-batch.js';
import { count, freshDatabase } from './helpers/db.js';

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
