import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { registerWorkbenchCommands } from '../src/cli-workbench.js';
import type { Database } from '../src/db/connection.js';
import { compareTargets } from '../src/workbench/compare.js';
import { compareAsTable } from '../src/workbench/compare-output.js';
import { similarArticles, similarCopiesFolded } from '../src/search/similar.js';
import { search, searchCopiesFolded } from '../src/search/fts.js';
import { gatherReportData } from '../src/workbench/report/data.js';
import { freshDatabase, ingestInline, tempDir } from './helpers/db.js';

// One invented plan as text, DOCX and Word 97 (made with LibreOffice), reposted by a 范文 site with
// its chrome and three small edits; and a second school's plan from the same template with its
// own name, leader and figures.
const FIXTURES = new URL('./fixtures/copies/', import.meta.url).pathname;

afterEach(() => vi.restoreAllMocks());

describe('copies', () => {
  let db: Database;
  let dir: string;
  let dbPath: string;

  beforeAll(async () => {
    dir = tempDir('planmine-copies-');
    cpSync(FIXTURES, dir, { recursive: true });
    ({ db, path: dbPath } = await freshDatabase());
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ ingested: 5, failed: 0 });
  }, 60_000);

  const documents = (): Promise<{ doc: string; original: string | null; similarity: number | null }[]> =>
    db.all(
      `SELECT d.doc, o.doc AS original, d.duplicate_similarity AS similarity
       FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.doc`,
    );

  it('links the other formats and the repost to the first copy stored', async () => {
    const rows = await documents();
    const first = 'fanwen-repost#1';
    expect(rows).toEqual([
      { doc: 'fanwen-repost#1', original: null, similarity: null },
      { doc: 'shiqiao-tiyu-jihua#1', original: null, similarity: null },
      { doc: 'wenming-legacy#1', original: first, similarity: expect.any(Number) },
      { doc: 'wenming-tiyu-jihua#1', original: first, similarity: expect.any(Number) },
      { doc: 'wenming-word#1', original: first, similarity: expect.any(Number) },
    ]);
    for (const row of rows.filter((r) => r.original)) expect(row.similarity).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps one template filled in by another school, with other figures, an original', async () => {
    const other = (await documents()).find((r) => r.doc === 'shiqiao-tiyu-jihua#1');
    expect(other?.original).toBeNull();
  });

  it('compare counts the plan once and says how many copies it folded', async () => {
    const folded = await compareTargets(db, ['体质健康', '合格率']);
    expect(folded.rows.map((r) => [r.doc, r.value])).toEqual([['fanwen-repost#1', 96], ['shiqiao-tiyu-jihua#1', 93]]);
    expect(folded.copiesFolded).toBe(3);
    expect(compareAsTable(folded)).toContain('(3 copies folded; --with-copies shows them)');
    const all = await compareTargets(db, ['体质健康', '合格率'], { filter: { withCopies: true } });
    expect(all.rows).toHaveLength(5);
    expect(all.copiesFolded).toBe(0);
    expect(compareAsTable(all)).not.toContain('folded');
  });

  it('the compare command prints the note, and --with-copies shows every copy', async () => {
    const run = async (...args: string[]): Promise<string> => {
      const printed: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
      const program = new Command('planmine').exitOverride();
      registerWorkbenchCommands(program);
      await program.parseAsync([...args, '--db', dbPath], { from: 'user' });
      return printed.join('\n');
    };
    const folded = await run('compare', '体质健康', '合格率');
    expect(folded).toContain('summary (2 targets in 2 articles) (3 copies folded; --with-copies shows them):');
    expect(await run('compare', '体质健康', '合格率', '--with-copies')).toContain('summary (5 targets in 5 articles):');
  });

  it('similar does not answer with the article\'s own copies', async () => {
    const similar = await similarArticles(db, 'wenming-tiyu-jihua#1');
    expect(similar.map((s) => s.doc)).toEqual(['shiqiao-tiyu-jihua#1']);
    expect(await similarCopiesFolded(db, 'wenming-tiyu-jihua#1')).toBe(3);
    const all = await similarArticles(db, 'wenming-tiyu-jihua#1', 10, { withCopies: true });
    expect(all.map((s) => s.doc).sort()).toEqual(['fanwen-repost#1', 'shiqiao-tiyu-jihua#1', 'wenming-legacy#1', 'wenming-word#1']);
  });

  it('search and the report count each article once', async () => {
    const { hits, total } = await search(db, '塑胶跑道');
    expect(hits.map((h) => h.doc).sort()).toEqual(['fanwen-repost#1', 'shiqiao-tiyu-jihua#1']);
    expect(total).toBe(2);
    expect(await searchCopiesFolded(db, '塑胶跑道')).toBe(3);
    expect((await search(db, '塑胶跑道', { filter: { withCopies: true } })).total).toBe(5);
    const report = await gatherReportData(db);
    expect(report.totals.articles).toBe(2);
    expect(report.copiesFolded).toBe(3);
    expect((await gatherReportData(db, undefined, undefined, { withCopies: true })).totals.articles).toBe(5);
  });

  it('links the copies again when the article they were folded into changes', async () => {
    writeFileSync(join(dir, 'fanwen-repost.html'), '<html><body><h1>白鹭镇文明小学校园安全工作计划</h1><p>为加强校园安全管理，每学期开展应急疏散演练两次，门卫实行二十四小时值班制度，学校与每位家长签订安全责任书。</p></body></html>');
    await ingestInline(db, [dir]);
    const rows = await documents();
    const first = 'wenming-legacy#1';
    expect(rows.filter((r) => r.doc.startsWith('wenming')).map((r) => [r.doc, r.original])).toEqual([
      ['wenming-legacy#1', null], ['wenming-tiyu-jihua#1', first], ['wenming-word#1', first],
    ]);
    expect(rows.find((r) => r.doc === 'fanwen-repost#1')?.original).toBeNull();
  });
});

describe('one plan issued by two organizations', () => {
  it("is two plans: a town's version and a school's of the same text are not copies", async () => {
    const dir = tempDir('planmine-orgs-');
    const plan = readFileSync(join(FIXTURES, 'wenming-tiyu-jihua.txt'), 'utf8');
    writeFileSync(join(dir, 'school.txt'), plan);
    writeFileSync(join(dir, 'town.txt'), plan.replaceAll('白鹭镇文明小学', '白鹭镇中心学校'));
    const { db } = await freshDatabase();
    await ingestInline(db, [dir]);
    const rows = await db.all<{ doc: string; organization: string; duplicate_of: number | null }>('SELECT doc, organization, duplicate_of FROM documents ORDER BY doc');
    expect(rows).toEqual([
      { doc: 'school#1', organization: '白鹭镇文明小学', duplicate_of: null },
      { doc: 'town#1', organization: '白鹭镇中心学校', duplicate_of: null },
    ]);
    await db.close();
  }, 30_000);
});

