// One ingest at a time per database: a second run is told who holds it and stores nothing, and
// never undoes what the first stored.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestBusyError } from '../src/db/ingest-lock.js';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import { buildOnce } from './helpers/cli.js';
import { plan, twoIngestsAtOnce } from './helpers/ingest-race.js';

describe('the ingest lock', () => {
  beforeAll(buildOnce, 200_000);

  it('refuses a second run while a live process holds the database, naming it', async () => {
    const { db } = await freshDatabase();
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), plan(1));
    // This test process plays the run that holds the database.
    await db.run("INSERT INTO ingest_lock (id, pid, host, started_at) VALUES (1, ?, ?, '2026-11-26T08:00:00.000Z')", [process.pid, hostname()]);
    await expect(ingestInline(db, [dir])).rejects.toThrow(IngestBusyError);
    await expect(ingestInline(db, [dir])).rejects.toThrow(`another ingest (pid ${process.pid}, started at 2026-11-26T08:00:00.000Z) holds the database`);
    expect(await count(db, 'SELECT count(*) AS n FROM files')).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM runs')).toBe(0);
  });

  it('takes over a lock left by a process that died, and releases its own', async () => {
    const { db } = await freshDatabase();
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), plan(2));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await db.run("INSERT INTO ingest_lock (id, pid, host, started_at) VALUES (1, ?, ?, '2026-11-26T08:00:00.000Z')", [Number(dead.stdout), hostname()]);
    expect(await ingestInline(db, [dir])).toMatchObject({ ingested: 1 });
    expect(await count(db, 'SELECT count(*) AS n FROM ingest_lock')).toBe(0);
  });

  it('lets two CLI runs at once end with one refused in a sentence (exit 4) and every file stored', async () => {
    await twoIngestsAtOnce(join(tempDir(), 'plans.sqlite'));
  }, 120_000);
});
