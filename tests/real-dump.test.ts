// Issue 10's dump as one test: two sites that both save `index.html`, one plan as text, Word,
// Word 97 and a repost on another site, a Word 97 file of its own, and a file deleted before the
// second run. Every article keeps its own id, copies are linked, the .doc is read and the deleted
// file is `missing` with its articles kept.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { count, freshDatabase, ingestInline, tempDir } from './helpers/db.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const schoolPage = (school: string, province: string, rate: number): string => `<html><head><meta charset="utf-8"><title>${school}质量提升方案</title></head>
<body><div class="nav">首页 | 学校概况 | 通知公告</div><div class="content">
<h1>${school}教育质量提升实施方案</h1>
<p>一、工作目标</p><p>到2026年,学生体质健康合格率达到${rate}%以上,优良率不低于${rate - 50}%。</p>
<p>二、工作措施</p><p>教导处负责课堂教学常规检查,每学期不少于${rate - 88}次。${province}省教育厅的要求落实到每个班级。</p>
</div><div class="footer">版权所有 ${school}</div></body></html>`;

describe('a real dump: same names in sub-folders, copies in other formats, a .doc, a deleted file', () => {
  it('keeps distinct ids, links three copies, reads the .doc and marks the deleted file missing', async () => {
    const dump = tempDir('planmine-real-dump-');
    mkdirSync(join(dump, 'siteA'));
    mkdirSync(join(dump, 'siteB'));
    writeFileSync(join(dump, 'siteA', 'index.html'), schoolPage('西安市灞桥区第三小学', '陕西', 96));
    writeFileSync(join(dump, 'siteB', 'index.html'), schoolPage('济南市历城区实验中学', '山东', 93));
    // One plan four times (text, Word, Word 97, a 范文 repost) and another school's filling of its template.
    cpSync(join(FIXTURES, 'copies'), join(dump, 'plans'), { recursive: true });
    cpSync(join(FIXTURES, 'doc', 'qinghe-xiaoxue-2024.doc'), join(dump, 'qinghe-xiaoxue-2024.doc'));

    const { db } = await freshDatabase();
    const first = await ingestInline(db, [dump]);
    expect(first.failed).toBe(0);
    const docs = await db.all<{ doc: string; copy_of: string | null; format: string }>(
      `SELECT d.doc, o.doc AS copy_of, f.format FROM documents d JOIN files f ON f.id = d.file_id
       LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.doc`,
    );
    const ids = docs.map((d) => d.doc);
    expect(ids).toContain('siteA/index#1');
    expect(ids).toContain('siteB/index#1');
    expect(new Set(ids).size).toBe(ids.length);
    // The two index pages are two schools: each keeps its own figures.
    const rates = await db.all<{ doc: string; value: number }>(
      "SELECT d.doc, t.value FROM targets t JOIN documents d ON d.id = t.document_id WHERE t.indicator LIKE '%合格率%' AND d.doc LIKE 'site%' ORDER BY d.doc",
    );
    expect(rates).toEqual([{ doc: 'siteA/index#1', value: 96 }, { doc: 'siteB/index#1', value: 93 }]);
    expect(docs.filter((d) => d.copy_of !== null)).toHaveLength(3);
    expect(docs.find((d) => d.doc === 'qinghe-xiaoxue-2024#1')).toMatchObject({ format: 'doc', copy_of: null });

    rmSync(join(dump, 'siteB', 'index.html'));
    const second = await ingestInline(db, [dump]);
    expect(second).toMatchObject({ missing: 1, ingested: 0, failed: 0 });
    expect(await db.get("SELECT status FROM files WHERE doc_path = 'siteB/index.html'")).toEqual({ status: 'missing' });
    expect(await count(db, "SELECT count(*) AS n FROM documents WHERE doc = 'siteB/index#1'")).toBe(1);
    await db.close();
  }, 120_000);
});
