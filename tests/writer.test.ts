import { describe, expect, it } from 'vitest';
import { insertMany } from '../src/db/insert-many.js';
import { freshDatabase, count } from './helpers/db.js';

describe('insertMany', () => {
  it('inserts rows in chunks (40,000 rows of two values make three statements) and returns the first id, the rest numbered consecutively', async () => {
    const { db } = await freshDatabase();
    await db.run("INSERT INTO runs (started_at, args) VALUES ('t', '[]')");
    const rows = Array.from({ length: 40_000 }, (_, i) => [`2026-01-01`, `["row ${i}"]`]);
    const first = await insertMany(db, 'runs', ['started_at', 'args'], rows);
    expect(first).toBe(2);
    expect(await count(db, 'SELECT count(*) AS n FROM runs')).toBe(40_001);
    const last = await db.get<{ args: string }>('SELECT args FROM runs WHERE id = ?', [first! + 39_999]);
    expect(last!.args).toBe('["row 39999"]');
    expect(await insertMany(db, 'runs', ['started_at', 'args'], [])).toBeNull();
    await db.close();
  });
});
