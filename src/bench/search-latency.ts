import { copyFileSync, rmSync } from 'node:fs';
import { openForWriting } from '../db/connection.js';
import { search } from '../search/fts.js';

const QUERIES = ['体质', '体质健康 优秀率', '合格率', '领导小组', '教导处', '实施步骤', '校本研修', '均衡发展', '班主任', '质量提升'];

/**
 * Copies an ingested database and multiplies its articles (with their sentences, hence their
 * index entries) until it holds `articles`, then times `planmine search` queries on it.
 */
export async function searchLatency(source: string, scratch: string, articles: number): Promise<{ articles: number; medianMs: number; p95Ms: number; queries: number }> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true });
  copyFileSync(source, scratch);
  const db = await openForWriting(scratch);
  let count = (await db.get<{ n: number }>('SELECT count(*) AS n FROM documents'))!.n;
  while (count > 0 && count < articles) {
    await db.transaction(async () => {
      const batch = Math.min(count, articles - count);
      const ids = await db.all<{ id: number }>('SELECT id FROM documents ORDER BY id LIMIT ?', [batch]);
      for (const { id } of ids) {
        const { lastID } = await db.run(
          `INSERT INTO documents (file_id, doc, article_index, title, text, chars)
           SELECT file_id, doc || '-copy', article_index + 1000000 + (SELECT count(*) FROM documents), title, text, chars FROM documents WHERE id = ?`,
          [id],
        );
        await db.run(
          'INSERT INTO sentences (document_id, section_path, start, end, text, words) SELECT ?, section_path, start, end, text, words FROM sentences WHERE document_id = ?',
          [lastID, id],
        );
      }
    });
    count = (await db.get<{ n: number }>('SELECT count(*) AS n FROM documents'))!.n;
  }
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      await search(db, q, { limit: 20 });
      times.push(performance.now() - started);
    }
  }
  await db.close();
  times.sort((a, b) => a - b);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { articles: count, medianMs: at(0.5), p95Ms: at(0.95), queries: times.length };
}
