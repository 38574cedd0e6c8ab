import { describe, expect, it } from 'vitest';
import { toFileRows } from '../src/db/file-rows.js';
import { storeProcessedFile } from '../src/db/writer.js';
import type { ProcessedArticle, ProcessedFile } from '../src/pipeline.js';
import type { Evidence, Section } from '../src/types.js';
import { count, freshDatabase } from './helpers/db.js';

const evidenceIn = (text: string, quote: string): Evidence => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { span: { start, end: start + quote.length }, quote, sectionPath: [] };
};

const section = (text: string, level: number, title: string): Section => {
  const start = text.indexOf(title);
  return { level, title, numbering: '', heading: { start, end: start + title.length }, body: { start, end: text.length }, path: [title] };
};

/** An article with two headings (the second under the first), a party given a task, and a warning. */
function article(index: number, text: string, leader: string): ProcessedArticle {
  return {
    article: {
      id: `sample#${index + 1}`, sourcePath: 'sample.txt', index, text, offsetInFile: 0, script: 'hans',
      sections: [section(text, 1, '工作目标'), section(text, 2, '具体任务')],
      sentences: [{ start: 0, end: text.length, sectionPath: ['工作目标'] }],
      pageContext: { title: null, date: null, compilation: true },
      messages: [{ severity: 'warning', origin: 'test:article', reason: `article ${index}`, span: evidenceIn(text, leader).span }],
    },
    facts: {
      type: 'document', title: `方案${index}`, organization: null, province: null, date: null, periodStart: null, periodEnd: null,
      docType: 'plan', relevant: true, script: 'hans', evidence: {},
    },
    records: [
      { extractor: 'test@1', record: { type: 'party', name: '教导处', kind: 'org', role: null, group: null, evidence: evidenceIn(text, '教导处') } },
      { extractor: 'test@1', record: { type: 'party', name: leader, kind: 'person', role: '组长', group: null, evidence: evidenceIn(text, leader) } },
      { extractor: 'test@1', record: { type: 'assignment', party: leader, task: '牵头落实', deadline: null, evidence: evidenceIn(text, '牵头落实') } },
      { extractor: 'test@1', record: { type: 'assignment', party: '家长委员会', task: '配合', deadline: null, evidence: evidenceIn(text, '配合') } },
    ],
    sentenceWords: ['工作 目标'],
  };
}

function sampleFile(): ProcessedFile {
  // 𠮷 lies outside the Basic Multilingual Plane: one character to SQLite, two UTF-16 units to JavaScript.
  const first = '工作目标𠮷。具体任务：教导处负责，组长王甲牵头落实，家长委员会配合。';
  const second = '工作目标。具体任务：教导处负责，组长李乙牵头落实，家长委员会配合。';
  return {
    format: 'text', encoding: 'utf-8', pages: null,
    articles: [article(0, first, '王甲'), article(1, second, '李乙')],
    messages: [{ severity: 'info', origin: 'test:file', reason: 'whole file' }],
    timings: { read: 0, normalize: 0, structure: 0, extract: 0, segment: 0, pack: 0 },
  };
}

const facts = { path: '/dump/sample.txt', sha256: 'abc', bytes: 10 };

/** A database with runs 1 and 2 to store files under. */
async function databaseWithRuns(): Promise<Awaited<ReturnType<typeof freshDatabase>>['db']> {
  const { db } = await freshDatabase();
  await db.exec("INSERT INTO runs (started_at, args) VALUES ('t', '[]'), ('t', '[]')");
  return db;
}

describe('storeProcessedFile', () => {
  it('links every row to its own article, parent section and party, and counts offsets in characters', async () => {
    const db = await databaseWithRuns();
    // A section stored before makes the file's section ids start past 1.
    await storeProcessedFile(db, { ...facts, path: '/dump/other.txt' }, toFileRows({ ...sampleFile(), articles: [article(0, '工作目标。具体任务：教导处负责，组长赵丙牵头落实，家长委员会配合。', '赵丙')] }), 1, false);
    await storeProcessedFile(db, facts, toFileRows(sampleFile()), 1, false);

    const sections = await db.all<{ doc: string; title: string; parent: string | null }>(
      `SELECT d.doc, s.title, p.title AS parent FROM sections s JOIN documents d ON d.id = s.document_id
       LEFT JOIN sections p ON p.id = s.parent_id AND p.document_id = s.document_id
       JOIN files f ON f.id = d.file_id WHERE f.path = ? ORDER BY s.id`,
      [facts.path],
    );
    expect(sections).toEqual([
      { doc: 'sample#1', title: '工作目标', parent: null },
      { doc: 'sample#1', title: '具体任务', parent: '工作目标' },
      { doc: 'sample#2', title: '工作目标', parent: null },
      { doc: 'sample#2', title: '具体任务', parent: '工作目标' },
    ]);

    const assignments = await db.all<{ doc: string; party: string; linked: string | null; linkedDoc: string | null }>(
      `SELECT d.doc, a.party, p.name AS linked, pd.doc AS linkedDoc FROM assignments a JOIN documents d ON d.id = a.document_id
       LEFT JOIN parties p ON p.id = a.party_id LEFT JOIN documents pd ON pd.id = p.document_id
       JOIN files f ON f.id = d.file_id WHERE f.path = ? ORDER BY a.id`,
      [facts.path],
    );
    expect(assignments).toEqual([
      { doc: 'sample#1', party: '王甲', linked: '王甲', linkedDoc: 'sample#1' },
      { doc: 'sample#1', party: '家长委员会', linked: null, linkedDoc: null },
      { doc: 'sample#2', party: '李乙', linked: '李乙', linkedDoc: 'sample#2' },
      { doc: 'sample#2', party: '家长委员会', linked: null, linkedDoc: null },
    ]);

    const messages = await db.all<{ doc: string | null; reason: string }>(
      `SELECT d.doc, m.reason FROM messages m JOIN files f ON f.id = m.file_id LEFT JOIN documents d ON d.id = m.document_id
       WHERE f.path = ? ORDER BY m.id`,
      [facts.path],
    );
    expect(messages).toEqual([{ doc: null, reason: 'whole file' }, { doc: 'sample#1', reason: 'article 0' }, { doc: 'sample#2', reason: 'article 1' }]);

    const mismatched = await count(
      db,
      `SELECT count(*) AS n FROM parties p JOIN documents d ON d.id = p.document_id
       WHERE substr(d.text, p.start + 1, p.end - p.start) <> p.evidence`,
    );
    expect(mismatched).toBe(0);
    const chars = await db.get<{ chars: number }>("SELECT d.chars FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ? AND d.doc = 'sample#1'", [facts.path]);
    expect(chars!.chars).toBe([...sampleFile().articles[0]!.article.text].length);
    await db.close();
  });

  it('replaces what an earlier run stored for the file instead of adding to it', async () => {
    const db = await databaseWithRuns();
    await storeProcessedFile(db, facts, toFileRows(sampleFile()), 1, false);
    const oneArticle = { ...sampleFile(), articles: [article(0, '工作目标。具体任务：教导处负责，组长周丁牵头落实，家长委员会配合。', '周丁')] };
    await storeProcessedFile(db, { ...facts, sha256: 'def' }, toFileRows(oneArticle), 2, true);
    expect(await count(db, 'SELECT count(*) AS n FROM files')).toBe(1);
    expect(await count(db, 'SELECT count(*) AS n FROM documents')).toBe(1);
    expect(await count(db, 'SELECT count(*) AS n FROM messages')).toBe(2);
    expect(await count(db, "SELECT count(*) AS n FROM parties WHERE name = '周丁'")).toBe(1);
    expect(await count(db, 'SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH ?', ['目标'])).toBe(1);
    await db.close();
  });
});
