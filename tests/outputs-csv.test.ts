// Every CSV planmine writes is opened in Excel: text that starts like a formula must arrive as text.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, csvLine } from '../src/db/csv.js';
import { exportCsv } from '../src/db/export-csv.js';
import { compareTargets } from '../src/workbench/compare.js';
import { compareAsCsv } from '../src/workbench/compare-output.js';
import { workbenchDatabase } from './fixtures/workbench/database.js';
import { readCsv } from './fixtures/workbench/csv-read.js';
import { buildOnce, runCli } from './helpers/cli.js';

const ATTACKS = ['=HYPERLINK("http://x.invalid","点此")', '+1+cmd|', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

describe('csvField neutralizes formulas (OWASP)', () => {
  it.each(ATTACKS)('writes %j as quoted text with a leading apostrophe', (attack) => {
    const field = csvField(attack);
    expect(field.startsWith(`"'`)).toBe(true);
    expect(readCsv(`${field}\r\n`)).toEqual([[`'${attack}`]]);
  });

  it('leaves real numbers bare, negative ones included, and ordinary text as it was', () => {
    expect(csvLine([-5, 0.25, '优秀率', 'a-b', null])).toBe('-5,0.25,优秀率,a-b,\r\n');
  });
});

describe('every CSV writer applies the rule', () => {
  beforeAll(buildOnce, 200_000);

  it('export --format csv', async () => {
    const { db } = await workbenchDatabase();
    await db.run("UPDATE documents SET title = '=cmd|'' /c calc''!A1' WHERE id = (SELECT min(id) FROM documents)");
    const dir = mkdtempSync(join(tmpdir(), 'planmine-csv-formula-'));
    await exportCsv(db, dir);
    await db.close();
    const text = readFileSync(join(dir, 'documents.csv'), 'utf8');
    expect(text).toContain(`"'=cmd|' /c calc'!A1"`);
    expect(text).not.toMatch(/(^|,)=cmd/m);
  });

  it('compare --csv', async () => {
    const { db } = await workbenchDatabase();
    await db.run("UPDATE documents SET organization = '@SUM(1+1)'");
    const result = await compareTargets(db, ['优秀率'], {});
    await db.close();
    const csv = compareAsCsv(result);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(csv).toContain(`"'@SUM(1+1)"`);
    expect(csv).not.toMatch(/(^|,)@SUM/m);
  });

  it('sql --format csv, with numbers kept numeric', async () => {
    const { path, db } = await workbenchDatabase();
    await db.close();
    const run = runCli(['sql', "SELECT '=1+1' AS f, -5 AS n, '-5' AS s", '--db', path, '--format', 'csv']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.replace(/^\uFEFF/, '')).toBe(`f,n,s\r\n"'=1+1",-5,"'-5"\r\n`);
  });
});
