import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCsv } from '../src/db/export-csv.js';
import { workbenchDatabase } from './fixtures/workbench/database.js';
import { PLANS, PLANTED_SCRIPT } from './fixtures/workbench/plans.js';
import { readCsv } from './fixtures/workbench/csv-read.js';

describe('export --format csv, read back', () => {
  it('writes UTF-8 with a BOM, a header row, and fields that survive quotes, commas and markup', async () => {
    const { db } = await workbenchDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'planmine-csv-'));
    const files = await exportCsv(db, dir);
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['assignments.csv', 'documents.csv', 'parties.csv', 'phases.csv', 'targets.csv']);

    const text = readFileSync(join(dir, 'targets.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toContain('evidence');
    expect(rows).toHaveLength(PLANS.reduce((n, p) => n + p.targets.length, 0));
    const evidence = rows.map((r) => r[header!.indexOf('evidence')]);
    expect(evidence).toContain('优良率达到"60%"');
    expect(evidence).toContain('到2025年,学生体质健康优秀率达到30%以上');
    expect(evidence.some((e) => e?.includes(PLANTED_SCRIPT))).toBe(true);

    const [docHeader, ...docs] = readCsv(readFileSync(join(dir, 'documents.csv'), 'utf8').slice(1));
    const organization = docs.map((r) => r[docHeader!.indexOf('organization')]);
    expect(organization).toContain('戊校<img src=x onerror="window.__pwned=true">');
    expect(docs.every((r) => r.length === docHeader!.length)).toBe(true);
    await db.close();
  });
});
