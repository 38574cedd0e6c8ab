// What new users hit on the command line (issue 11), run as they run it: the built CLI in a child process.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOnce, CLI, ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/db.js';

let db: string;

beforeAll(async () => {
  await buildOnce();
  db = join(tempDir('planmine-cli-'), 'plans.sqlite');
  const ingest = runCli(['ingest', 'corpus/docs', '--db', db, '--jobs', '1']);
  expect(ingest.status, ingest.stderr).toBe(0);
}, 240_000);

/** A user's mistake: exit 2 and one line on stderr that starts with the program's name, no stack. */
function expectSentence(run: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('planmine as a command', () => {
  it('has a bin that points at built code with a node shebang, built by npm ci (prepare)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(join(ROOT, pkg.bin.planmine!)).toBe(CLI);
    expect(existsSync(CLI)).toBe(true);
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toMatch(/^#!\/usr\/bin\/env (-S )?node\b/);
    expect(pkg.scripts.prepare).toMatch(/tsc|build/);
  });

  it('runs as `npx planmine` from the checkout', () => {
    const out = execFileSync('npx', ['--no-install', 'planmine', 'search', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(out).toMatch(/^Usage: planmine search/);
  });
});

describe('search on the command line', () => {
  it('prints the total, pages with --limit and --offset, and takes -word as a word to leave out', () => {
    const first = runCli(['search', '体质健康', '--db', db, '--limit', '2']);
    expect(first.status, first.stderr).toBe(0);
    const total = Number(/^(\d+) hits, showing 1–2/.exec(first.stdout)![1]);
    expect(total).toBeGreaterThan(2);
    const next = runCli(['search', '体质健康', '--db', db, '--limit', '2', '--offset', '2']);
    expect(next.stdout).toMatch(new RegExp(`^${total} hits, showing 3–`));
    const without = runCli(['search', '体质健康', '-优秀率', '--db', db, '--limit', '100']);
    expect(without.status, without.stderr).toBe(0);
    expect(Number(/^(\d+) hits/.exec(without.stdout)![1])).toBeLessThan(total);
    expect(without.stdout.split('\n').filter((l) => l.startsWith('    ')).join('')).not.toContain('优秀率');
    expect(runCli(['search', '體質健康', '--db', db]).stdout).toMatch(new RegExp(`^${total} hits`));
  });

  it('narrows hits by province and refuses a year that is not one', () => {
    const hits = runCli(['search', '体质健康', '--province', '河北', '--db', db, '--limit', '50']);
    expect(hits.status, hits.stderr).toBe(0);
    const docs = new Set(hits.stdout.split('\n').filter((l) => /^\S+#\d+ /.test(l)).map((l) => l.split(' ')[0]));
    expect([...docs]).toEqual(['hebei-handan-xiaoxue#1']);
    expect(runCli(['search', '体质健康', '--year', '20x1', '--db', db]).status).toBe(2);
  });

  it('says what is wrong, without a stack, for an empty query, an unknown id, a file that is no database', () => {
    expectSentence(runCli(['search', ' ', '--db', db]), /^planmine: empty query/);
    expectSentence(runCli(['similar', 'no-such#1', '--db', db]), /^planmine: no article with id no-such#1/);
    expectSentence(runCli(['show', 'no-such#1', '--db', db]), /^planmine: no article with id no-such#1/);
    const notDb = join(tempDir(), 'notes.sqlite');
    writeFileSync(notDb, '这不是数据库,只是一份笔记。\n'.repeat(50));
    expectSentence(runCli(['search', '体质', '--db', notDb]), /is not a planmine database/);
    expectSentence(runCli(['show', 'x#1', '--db', notDb]), /is not a planmine database/);
  });
});

describe('formats and CSV', () => {
  it('starts every CSV with a BOM: sql --format csv and compare --csv', () => {
    const sql = runCli(['sql', 'SELECT doc, title FROM documents', '--format', 'csv', '--db', db]);
    expect(sql.stdout.startsWith('\uFEFFdoc,title\r\n')).toBe(true);
    const compare = runCli(['compare', '优秀率', '--csv', '--db', db]);
    expect(compare.stdout.startsWith('\uFEFFdoc,')).toBe(true);
  });

  it('refuses an unknown --format with exit 2 and the allowed values', () => {
    for (const args of [['sql', 'SELECT 1', '--format', 'xml'], ['export', '--format', 'xlsx']]) {
      const run = runCli([...args, '--db', db]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/argument '(xml|xlsx)' is invalid\. Allowed choices are/);
    }
  });

  it('shows whole cells in sql tables with --width 0 and cuts them by default', () => {
    const query = "SELECT substr(text, 1, 120) AS opening FROM documents ORDER BY doc LIMIT 1";
    const whole = runCli(['sql', query, '--width', '0', '--db', db]).stdout.split('\n')[2]!;
    const cut = runCli(['sql', query, '--db', db]).stdout.split('\n')[2]!;
    expect(cut.endsWith('…')).toBe(true);
    expect(whole.length).toBeGreaterThan(30);
    expect(whole.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('exports only the filtered articles', () => {
    const out = join(tempDir(), 'hebei.jsonl');
    expect(runCli(['export', '--province', '河北', '--out', out, '--db', db]).status).toBe(0);
    const documents = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; province?: string }).filter((r) => r.type === 'document');
    expect(documents.map((d) => d.province)).toEqual(['河北']);
  });
});

describe('show', () => {
  it("prints one article's facts, source, headings and records", () => {
    const run = runCli(['show', 'hebei-handan-xiaoxue#1', '--db', db, '--width', '0']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^doc\s+hebei-handan-xiaoxue#1$/m);
    expect(run.stdout).toMatch(/^province\s+河北$/m);
    expect(run.stdout).toMatch(/^file\s+\/\S*corpus\/docs\/hebei-handan-xiaoxue\.pdf \(pdf\)$/m);
    expect(run.stdout).toMatch(/^headings \(\d+\):\n {2}一、/m);
    expect(run.stdout).toMatch(/^targets \([1-9]\d*\):/m);
    expect(run.stdout).toContain('学生体质健康优秀率');
  });
});
