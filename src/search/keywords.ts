// natural's TF-IDF module alone: the package's entry point loads all of natural (45 MB of heap,
// and dotenv, which prints a banner to stdout) for a class this module needs.
import tfidfModule from 'natural/lib/natural/tfidf/index.js';
import type { Database } from '../db/connection.js';

const KEYWORDS_PER_DOCUMENT = 25;
/** Words that every plan uses; as keywords they would make every plan look alike. */
const GENRE_WORDS = new Set(['学校', '我校', '教育', '教学', '工作', '开展', '加强', '进行', '提高', '学生', '教师', '活动', '管理', '发展']);

/** Terms worth weighing: words of two or more characters holding a Han character, not numbers. */
export function keywordTerms(words: string): string[] {
  return words.split(' ').filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w) && !GENRE_WORDS.has(w));
}

/** Documents read from the database at a time: memory stays flat however large the collection. */
const DOCUMENTS_PER_PAGE = 500;

/** One page of documents with their index words joined, in document order. */
export type DocumentWords = { document_id: number; words: string | null }[];

/** Reads the documents after `after` (an id), at most `perPage`; each engine aggregates in its own SQL. */
export type DocumentPageReader = (after: number, perPage: number) => Promise<DocumentWords>;

/** Each document's index words, a page at a time, in document order. */
async function* documentPages(read: DocumentPageReader, perPage: number): AsyncGenerator<DocumentWords> {
  for (let after = 0; ; ) {
    const page = await read(after, perPage);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.document_id;
  }
}

const sqlitePages = (db: Database): DocumentPageReader => (after, perPage) =>
  db.all<{ document_id: number; words: string | null }>(
    "SELECT document_id, group_concat(words, ' ') AS words FROM sentences WHERE document_id > ? GROUP BY document_id ORDER BY document_id LIMIT ?",
    [after, perPage],
  );

/**
 * natural's TfIdf over one page of documents, with the inverse document frequencies of the whole
 * collection: natural would otherwise hold every document and scan them all for each new term.
 */
class CollectionTfIdf extends tfidfModule.TfIdf {
  constructor(private readonly collectionIdf: (term: string) => number) {
    super();
  }

  override idf(term: string): number {
    return this.collectionIdf(term);
  }
}

/** How rare each term is in the whole collection: one pass counting the documents holding it. */
export async function collectionIdf(read: DocumentPageReader, documentsPerPage = DOCUMENTS_PER_PAGE): Promise<(term: string) => number> {
  const holding = new Map<string, number>();
  let documents = 0;
  for await (const page of documentPages(read, documentsPerPage)) {
    for (const row of page) {
      documents++;
      for (const term of new Set(keywordTerms(row.words ?? ''))) holding.set(term, (holding.get(term) ?? 0) + 1);
    }
  }
  // natural's own formula, with the collection's counts
  return (term: string): number => 1 + Math.log(documents / (1 + (holding.get(term) ?? 0)));
}

/** Each page's keyword rows [document_id, word, weight], weighed with natural's TfIdf. */
export async function* weighedKeywords(read: DocumentPageReader, idf: (term: string) => number, documentsPerPage = DOCUMENTS_PER_PAGE): AsyncGenerator<(string | number)[][]> {
  for await (const page of documentPages(read, documentsPerPage)) {
    const tfidf = new CollectionTfIdf(idf);
    for (const row of page) tfidf.addDocument(keywordTerms(row.words ?? ''));
    yield page.flatMap((row, i) => tfidf.listTerms(i).slice(0, KEYWORDS_PER_DOCUMENT).map((t) => [row.document_id, t.term, t.tfidf]));
  }
}

/**
 * Recomputes every document's TF-IDF keywords. IDF depends on the whole collection, so a run that
 * adds documents changes everyone's weights: one pass counts the documents holding each term, a
 * second weighs each document's terms with natural's TfIdf.
 */
export async function refreshKeywords(db: Database, documentsPerPage = DOCUMENTS_PER_PAGE): Promise<void> {
  const idf = await collectionIdf(sqlitePages(db), documentsPerPage);
  await db.transaction(async () => {
    await db.run('DELETE FROM keywords');
    for await (const keywords of weighedKeywords(sqlitePages(db), idf, documentsPerPage)) {
      await db.run(
        'INSERT INTO keywords (document_id, word, weight) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)',
        [JSON.stringify(keywords)],
      );
    }
  });
}
