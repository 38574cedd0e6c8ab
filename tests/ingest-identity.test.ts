// Which file an article comes from: ids by the path relative to the folder given, files keyed by
// their absolute path, and files that left the dump marked missing (and pruned on request).
import { describe, expect, it } from 'vitest';
import { rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { count, dumpWith, freshDatabase, ingestInline, tempDir } from './helpers/db.js';
import { jsonlRecords } from '../src/db/export-jsonl.js';
import { documentStem, fallbackStems } from '../src/doc-id.js';

/** Two invented school plans that share the page name every site uses. */
const plan = (school: string, rate: number): string => `${school}教学质量提升实施方案
一、工作目标
到2025年,学生体质健康合格率达到${rate}%以上。
二、组织领导
成立工作领导小组,组长由校长担任。
`;


async function exported(db: Awaited<ReturnType<typeof freshDatabase>>['db']): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  for await (const line of jsonlRecords(db)) lines.push(line);
  return lines;
}

describe('article ids by relative path', () => {
  it('gives same-named files in sub-folders distinct ids and keeps their articles apart in the export', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'siteA/index.html': plan('东山县第一小学', 91), 'siteB/index.html': plan('西河镇中心学校', 97) });
    const summary = await ingestInline(db, [dir]);
    expect(summary).toMatchObject({ ingested: 2, failed: 0 });
    const lines = await exported(db);
    expect(lines.filter((l) => l.type === 'document').map((l) => l.doc)).toEqual(['siteA/index#1', 'siteB/index#1']);
    const targets = lines.filter((l) => l.type === 'target');
    expect(targets.filter((t) => t.doc === 'siteA/index#1').map((t) => t.value)).toEqual([91]);
    expect(targets.filter((t) => t.doc === 'siteB/index#1').map((t) => t.value)).toEqual([97]);
    const files = await db.all<{ path: string; doc_path: string }>('SELECT path, doc_path FROM files ORDER BY path');
    expect(files).toEqual([
      { path: join(dir, 'siteA/index.html'), doc_path: 'siteA/index.html' },
      { path: join(dir, 'siteB/index.html'), doc_path: 'siteB/index.html' },
    ]);
  });

  it('names a file given by itself relative to its own folder', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'deep/000_6a7843488500aee0.txt': plan('南湖路小学', 93) });
    await ingestInline(db, [join(dir, 'deep/000_6a7843488500aee0.txt')]);
    expect((await db.all<{ doc: string }>('SELECT doc FROM documents')).map((d) => d.doc)).toEqual(['000_6a7843488500aee0#1']);
  });
});

describe('files keyed by absolute path', () => {
  it('keeps two dumps of the same layout apart when each is ingested from its own working folder', async () => {
    const { db } = await freshDatabase();
    const one = tempDir();
    const two = tempDir();
    dumpWith({ 'dump/index.html': plan('东山县第一小学', 91) }, one);
    dumpWith({ 'dump/index.html': plan('西河镇中心学校', 97) }, two);
    const cwd = process.cwd();
    try {
      process.chdir(one);
      expect(await ingestInline(db, ['dump'])).toMatchObject({ ingested: 1 });
      process.chdir(two);
      expect(await ingestInline(db, ['dump'])).toMatchObject({ ingested: 1, unchanged: 0 });
      expect(await count(db, 'SELECT count(*) AS n FROM files')).toBe(2);
      // Both would be `index#1`: the second takes the folder above it into its id rather than join the first.
      expect(await db.all('SELECT d.doc, t.value FROM documents d JOIN targets t ON t.document_id = d.id ORDER BY d.id')).toEqual([
        { doc: 'index#1', value: 91 },
        { doc: 'dump/index#1', value: 97 },
      ]);
      // The first dump again, typed another way from another folder: the same files, unchanged.
      process.chdir(join(two, 'dump'));
      const again = await ingestInline(db, [join(relative(join(two, 'dump'), one), 'dump')]);
      expect(again).toMatchObject({ files: 1, unchanged: 1, duplicate: 0, ingested: 0, missing: 0 });
    } finally {
      process.chdir(cwd);
    }
    expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(2);
  });
});

describe('files gone since the last run', () => {
  it('are marked missing with their articles kept, and deleted by prune', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'a/plan.txt': plan('东山县第一小学', 91), 'b/plan.txt': plan('西河镇中心学校', 97) });
    await ingestInline(db, [dir]);
    rmSync(join(dir, 'b/plan.txt'));
    const second = await ingestInline(db, [dir]);
    expect(second).toMatchObject({ unchanged: 1, missing: 1, pruned: 0 });
    expect(await db.get('SELECT status FROM files WHERE path = ?', [join(dir, 'b/plan.txt')])).toEqual({ status: 'missing' });
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE doc = 'b/plan#1'")).toBe(1);
    // Already missing: not counted again, and still there.
    expect(await ingestInline(db, [dir])).toMatchObject({ missing: 0, pruned: 0 });
    const pruning = await ingestInline(db, [dir], { prune: true });
    expect(pruning).toMatchObject({ pruned: 1 });
    expect(await count(db, "SELECT count(*) AS n FROM files WHERE path = ?", [join(dir, 'b/plan.txt')])).toBe(0);
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE doc = 'b/plan#1'")).toBe(0);
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE doc = 'a/plan#1'")).toBe(1);
  });

  it('counts only files under the folders of this run as gone', async () => {
    const { db } = await freshDatabase();
    const first = dumpWith({ 'plan.txt': plan('东山县第一小学', 91) });
    const second = dumpWith({ 'plan.txt': plan('西河镇中心学校', 97), 'other.txt': plan('北关小学', 88) });
    await ingestInline(db, [first]);
    await ingestInline(db, [second]);
    rmSync(join(second, 'other.txt'));
    const run = await ingestInline(db, [first], { prune: true });
    expect(run).toMatchObject({ unchanged: 1, missing: 0, pruned: 0 });
    expect(await count(db, "SELECT count(*) AS n FROM files WHERE status = 'missing'")).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(3);
  });

  it('does not count files behind a link it could not follow as gone (an unmounted disk)', async () => {
    const { db } = await freshDatabase();
    const dir = dumpWith({ 'plan.txt': plan('东山县第一小学', 91) });
    const disk = dumpWith({ 'plan.txt': plan('西河镇中心学校', 97) });
    symlinkSync(disk, join(dir, 'sub'));
    await ingestInline(db, [dir], { followLinks: true });
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE doc = 'sub/plan#1'")).toBe(1);
    rmSync(disk, { recursive: true });
    const run = await ingestInline(db, [dir], { followLinks: true });
    expect(run).toMatchObject({ failed: 1, missing: 0 });
    // Left as the last run that could see it stored it.
    expect(await db.get('SELECT status FROM files WHERE path = ?', [join(dir, 'sub/plan.txt')])).toEqual({ status: 'ingested' });
  });
});

describe('article id stems', () => {
  it('keep folders and cut the file name at its first dot', () => {
    expect(documentStem('siteA/news.2019/index.shtml.html')).toBe('siteA/news.2019/index');
    expect(documentStem('000_6a7843488500aee0.txt')).toBe('000_6a7843488500aee0');
    expect(documentStem('.hidden')).toBe('.hidden');
  });

  it('fall back to more of the folders above, then to the row id', () => {
    expect(fallbackStems('siteA/index', '/data/2026/dump/siteA/index.html', 7)).toEqual([
      'dump/siteA/index', '2026/dump/siteA/index', 'data/2026/dump/siteA/index', 'siteA/index~7',
    ]);
  });
});
