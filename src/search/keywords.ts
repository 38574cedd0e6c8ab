import './quiet-dotenv.js';
import natural from 'natural';
import type { Database } from '../db/connection.js';

const KEYWORDS_PER_DOCUMENT = 25;
/** Words that every plan uses; as keywords they would make every plan look alike. */
const GENRE_WORDS = new Set(['学校', '我校', '教育', '教学', '工作', '开展', '加强', '进行', '提高', '学生', '教师', '活动', '管理', '发展']);

/** Terms worth weighing: words of two or more characters holding a Han character, not numbers. */
export function keywordTerms(words: string): string[] {
  return words.split(' ').filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w) && !GENRE_WORDS.has(w));
}

/**
 * Recomputes every document's TF-IDF keywords with natural's TfIdf. IDF depends on the whole
 * collection, so a run that adds documents changes everyone's weights.
 */
export async function refreshKeywords(db: Database): Promise<void> {
  const rows = await db.all<{ document_id: number; words: string }>(
    "SELECT document_id, group_concat(words, ' ') AS words FROM sentences GROUP BY document_id ORDER BY document_id",
  );
  const tfidf = new natural.TfIdf();
  for (const row of rows) tfidf.addDocument(keywordTerms(row.words ?? ''));
  await db.transaction(async () => {
    await db.run('DELETE FROM keywords');
    for (const [i, row] of rows.entries()) {
      for (const term of tfidf.listTerms(i).slice(0, KEYWORDS_PER_DOCUMENT)) {
        await db.run('INSERT INTO keywords (document_id, word, weight) VALUES (?, ?, ?)', [row.document_id, term.term, term.tfidf]);
      }
    }
  });
}
