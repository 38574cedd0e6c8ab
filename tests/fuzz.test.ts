// Hundreds of damaged copies of the corpus (bytes flipped, cut, spliced, repeated) through the whole
// pipeline: the run never crashes, every file ends in exactly one state, failures carry a reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Database } from '../src/db/connection.js';
import type { FileEvent, IngestSummary } from '../src/ingest.js';
import type { FileProcessor } from '../src/pool.js';
import { createInlineProcessor } from '../src/inline-processor.js';
import { seededRandom } from './fixtures/bad-files.js';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import { ROOT } from './helpers/cli.js';

const CORPUS = join(ROOT, 'corpus', 'docs');
const MUTANTS = 300;
const SEED = 20260101;

type Mutation = (bytes: Buffer, other: Buffer, random: () => number) => Buffer;
const at = (random: () => number, length: number): number => Math.floor(random() * Math.max(1, length));

const MUTATIONS: Record<string, Mutation> = {
  flip: (bytes, _, random) => {
    const copy = Buffer.from(bytes);
    for (let n = 1 + at(random, 16); n > 0; n--) copy[at(random, copy.length)] = at(random, 256);
    return copy;
  },
  cut: (bytes, _, random) => bytes.subarray(0, at(random, bytes.length)),
  behead: (bytes, _, random) => bytes.subarray(at(random, bytes.length)),
  splice: (bytes, other, random) => Buffer.concat([bytes.subarray(0, at(random, bytes.length)), other.subarray(at(random, other.length))]),
  repeat: (bytes, _, random) => {
    const start = at(random, bytes.length);
    const chunk = bytes.subarray(start, start + 1 + at(random, 512));
    const into = at(random, bytes.length);
    return Buffer.concat([bytes.subarray(0, into), chunk, chunk, chunk, bytes.subarray(into)]);
  },
  zero: (bytes, _, random) => {
    const copy = Buffer.from(bytes);
    const start = at(random, copy.length);
    copy.fill(0, start, Math.min(copy.length, start + 1 + at(random, 256)));
    return copy;
  },
};

/** The inline processor with each file's time taken, so a slow mutant shows up by name. */
function timedProcessor(times: Map<string, number>): FileProcessor {
  const inline = createInlineProcessor();
  return {
    async process(task, timeoutMs) {
      const started = performance.now();
      try {
        return await inline.process(task, timeoutMs);
      } finally {
        times.set(task.path, performance.now() - started);
      }
    },
    close: inline.close,
  };
}

describe('fuzzed corpus', () => {
  let db: Database;
  let paths: string[];
  let summary: IngestSummary;
  const events: FileEvent[] = [];
  const times = new Map<string, number>();

  beforeAll(async () => {
    const random = seededRandom(SEED);
    const sources = readdirSync(CORPUS).sort().map((name) => ({ name, bytes: readFileSync(join(CORPUS, name)) }));
    const kinds = Object.keys(MUTATIONS).sort();
    const dir = tempDir('planmine-fuzz-');
    paths = [];
    for (let i = 0; i < MUTANTS; i++) {
      const source = sources[at(random, sources.length)]!;
      const other = sources[at(random, sources.length)]!;
      const kind = kinds[at(random, kinds.length)]!;
      const path = join(dir, `${String(i).padStart(3, '0')}-${kind}-${source.name.replace(/\.[^.]+$/, '')}${extname(source.name)}`);
      writeFileSync(path, MUTATIONS[kind]!(source.bytes, other.bytes, random));
      paths.push(path);
    }
    ({ db } = await freshDatabase());
    summary = await ingestInline(db, [dir], { processor: timedProcessor(times), onFile: (e) => events.push(e) });
  }, 150_000);

  it('finishes with every mutant in exactly one state', async () => {
    expect(summary.files).toBe(MUTANTS);
    expect(summary.ingested + summary.unchanged + summary.duplicate + summary.failed).toBe(MUTANTS);
    expect(events.map((e) => e.path).sort()).toEqual(paths);
    const rows = await db.all<{ path: string; status: string }>('SELECT path, status FROM files ORDER BY path');
    expect(rows.map((r) => r.path)).toEqual(paths);
  });

  it('stores a reason for every failure and no rows of failed files', async () => {
    expect(await count(db, "SELECT count(*) AS n FROM files f WHERE status = 'failed' AND NOT EXISTS (SELECT 1 FROM errors e WHERE e.path = f.path AND e.reason <> '')")).toBe(0);
    expect(await count(db, "SELECT count(*) AS n FROM documents d JOIN files f ON f.id = d.file_id WHERE f.status <> 'ingested'")).toBe(0);
  });

  it('meets no crash inside planmine code (only named failures)', async () => {
    const crashes = await db.all<{ path: string; reason: string }>("SELECT path, reason FROM errors WHERE reason LIKE 'unexpected error%'");
    expect(crashes).toEqual([]);
  });

  it('keeps the evidence of every record equal to its span of the article text', async () => {
    for (const table of ['targets', 'phases', 'parties', 'assignments']) {
      // Offsets count characters as SQLite does, so substr() gives the evidence back.
      const rows = await db.all<{ quoted: string; evidence: string }>(
        `SELECT substr(d.text, r.start + 1, r.end - r.start) AS quoted, r.evidence FROM ${table} r JOIN documents d ON d.id = r.document_id`,
      );
      const off = rows.filter((r) => r.quoted !== r.evidence).map((r) => r.evidence);
      expect(off, table).toEqual([]);
    }
    expect(await db.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
  });

  it('spends a bounded time on each mutant', () => {
    const slowest = [...times.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(slowest[1], slowest[0]).toBeLessThan(10_000);
  });
});
