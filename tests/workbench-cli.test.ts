import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { registerWorkbenchCommands } from '../src/cli-workbench.js';
import { workbenchDatabase } from './fixtures/workbench/database.js';
import { readCsv } from './fixtures/workbench/csv-read.js';

let dbPath: string;
beforeAll(async () => {
  const { db, path } = await workbenchDatabase();
  await db.close();
  dbPath = path;
});
afterEach(() => vi.restoreAllMocks());

/** Runs one workbench command as the CLI would and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ') + '\n'));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (printed.push(String(chunk)), true));
  const program = new Command('planmine').exitOverride();
  registerWorkbenchCommands(program);
  await program.parseAsync(args, { from: 'user' });
  return printed.join('');
}

describe('workbench commands', () => {
  it('compare prints CSV rows for the indicator words', async () => {
    const rows = readCsv(await run('compare', '体质健康', '优秀率', '--by', 'province', '--kind', 'goal', '--csv', '--db', dbPath));
    expect(rows[0]!.slice(0, 2)).toEqual(['province', 'doc']);
    // The goal in 四川 is a reported figure, so --kind goal leaves it out; an unknown province stays empty.
    expect(rows.slice(1).map((r) => r[0])).toEqual(['江苏', '江苏', '陕西', '']);
  });

  it('compare refuses an unknown grouping and mixing --csv with --json', async () => {
    await expect(run('compare', '优秀率', '--by', 'county', '--db', dbPath)).rejects.toThrow(/county/);
    await expect(run('compare', '优秀率', '--csv', '--json', '--db', dbPath)).rejects.toThrow(/json/);
  });

  it('compare on a missing database says to ingest first', async () => {
    await expect(run('compare', '优秀率', '--db', join(tmpdir(), 'no-such-dir', 'x.sqlite'))).rejects.toThrow(/planmine ingest/);
  });

  it('report writes one HTML file where --out says', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'planmine-cli-')), 'nested', 'report.html');
    expect(await run('report', '--out', out, '--db', dbPath)).toMatch(/^wrote .*report\.html \(\d+\.\d MB/);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('metadata writes metadata.json beside the database', async () => {
    expect(await run('metadata', '--db', dbPath)).toContain('metadata.json');
    expect(existsSync(join(dirname(dbPath), 'metadata.json'))).toBe(true);
  });
});
