// Which articles the researcher's commands count: each text once. A repost, another format or a
// lightly edited copy of an article (documents.duplicate_of set at ingest) is folded into the
// first one stored, unless the command is asked for copies (`--with-copies`).

export interface CopyOptions {
  /** Count copies as articles of their own. */
  withCopies?: boolean | undefined;
}

/** SQL condition on the documents row `alias` that keeps the articles a command counts. */
export function countedArticle(alias: string, options: CopyOptions = {}): string {
  return options.withCopies ? '1 = 1' : `${alias}.duplicate_of IS NULL`;
}

/** SQL condition on the documents row `alias` that holds for the copies a command folded. */
export function foldedCopy(alias: string, options: CopyOptions = {}): string {
  return options.withCopies ? '1 = 0' : `${alias}.duplicate_of IS NOT NULL`;
}

/** `(3 copies folded; --with-copies shows them)`, or nothing when none was. */
export function foldedNote(copies: number): string {
  if (copies === 0) return '';
  return `(${copies} ${copies === 1 ? 'copy' : 'copies'} folded; --with-copies shows them)`;
}

/** The ingest's closing line about copies, or nothing when the database holds none. */
export async function copiesSummary(db: { get<T>(sql: string): Promise<T | undefined> }): Promise<string> {
  const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL');
  const n = row?.n ?? 0;
  if (n === 0) return '';
  return `copies: ${n} ${n === 1 ? 'article is a copy' : 'articles are copies'} of another (reposts, other formats), counted once by compare, similar, search and report; ` +
    'list them with: planmine sql "SELECT d.doc, o.doc AS copy_of, d.duplicate_similarity FROM documents d JOIN documents o ON o.id = d.duplicate_of"';
}
