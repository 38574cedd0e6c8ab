// `planmine sql` prints rows as SQLite produces them: a reader that stops early stops the query,
// memory stays flat however long the result, and a statement that never ends is stopped.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import type { Row } from '../src/db/connection.js';
import { createRowWriter, TABLE_SIZING_ROWS } from '../src/format/row-writer.js';
import { PLAN_TEXT } from './fixtures/bad-files.js';
import { tempDir } from './helpers/db.js';
import { buildOnce, CLI, runCli } from './helpers/cli.js';

const rows = (n: number): string =>
  `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT ${n}) SELECT i, printf('第%d行 %.60c', i, 'x') AS line FROM n`;
const FOREVER = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n';

function collect(format: string, input: Row[]): string {
  let text = '';
  const out = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  const writer = createRowWriter(format, out);
  for (const row of input) writer.write(row);
  writer.end();
  return text;
}

describe('sql output written row by row', () => {
  it('writes JSON exactly as a pretty-printed array, and [] for no rows', () => {
    expect(collect('json', [{ a: 1, b: '优' }, { a: 2, b: null }])).toBe('[\n  {\n    "a": 1,\n    "b": "优"\n  },\n  {\n    "a": 2,\n    "b": null\n  }\n]\n');
    expect(collect('json', [])).toBe('[]\n');
  });

  it(`sizes a table on its first ${TABLE_SIZING_ROWS} rows and cuts longer cells after them`, () => {
    const input: Row[] = Array.from({ length: TABLE_SIZING_ROWS }, (_, i) => ({ n: i, name: 'ab' }));
    input.push({ n: 99999, name: '体质健康优秀率' });
    const lines = collect('table', input).trimEnd().split('\n');
    expect(lines).toHaveLength(TABLE_SIZING_ROWS + 3);
    expect(lines[0]).toBe('n    name');
    expect(lines.at(-1)).toBe('99…  体…');
  });

  it('refuses an unknown format before running anything', () => {
    expect(() => collect('xml', [])).toThrow(/unknown format xml: use table, csv, json/);
  });
});

describe('planmine sql on long results', () => {
  let db: string;
  beforeAll(async () => {
    await buildOnce();
    const root = tempDir('planmine-sqlstream-');
    mkdirSync(join(root, 'dump'));
    writeFileSync(join(root, 'dump', 'plan.txt'), PLAN_TEXT);
    db = join(root, 'plans.sqlite');
    expect(runCli(['ingest', join(root, 'dump'), '--db', db, '--jobs', '1']).status).toBe(0);
  }, 200_000);

  it.each(['table', 'csv', 'json'])('stops quickly, exit 0 and small memory, when the reader closes after 10 lines (%s)', (format) => {
    const rss = join(tempDir(), 'rss');
    const script = `/usr/bin/time -o "${rss}" -f %M "${process.execPath}" "${CLI}" sql "${rows(300_000)}" --db "${db}" --format ${format} | head -n 10 >/dev/null; exit \${PIPESTATUS[0]}`;
    const started = Date.now();
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    // Holding 300,000 rows took the process past its heap cap (table) or to ~250 MB.
    expect(Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)) / 1024).toBeLessThan(150);
  }, 70_000);

  it('prints every row of a long table, cut to the widths of the first rows', () => {
    const run = runCli(['sql', rows(30_000), '--db', db], { maxBuffer: 64e6 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(30_002);
    expect(lines.at(-1)).toMatch(/^300…  第30000行 x+…$/);
  }, 60_000);

  it('stops a statement that runs past --timeout with one line saying so', () => {
    const started = Date.now();
    const run = runCli(['sql', FOREVER, '--db', db, '--timeout', '1']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('planmine: the statement ran longer than 1 s and was stopped (raise --timeout to let it run)\n');
  }, 30_000);
});
