import type { ReadStore } from '../db/store.js';
import { PlanmineError } from '../errors.js';

/** Everything planmine knows about one article: facts, source, heading tree and records with offsets. */
export interface ArticleView {
  id: number;
  doc: string;
  title: string | null;
  organization: string | null;
  province: string | null;
  date: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  docType: string | null;
  relevant: number | null;
  script: string | null;
  text: string;
  path: string;
  format: string | null;
  headings: { level: number; numbering: string; title: string; start: number; end: number }[];
  targets: { id: number; indicator: string; indicator_key: string; comparator: string; value: number; value_max: number | null; unit: string; kind: string; year: number | null; evidence: string; start: number; end: number }[];
  phases: { id: number; ordinal: number; name: string; start_date: string | null; end_date: string | null; evidence: string; start: number; end: number }[];
  parties: { id: number; name: string; kind: string; role: string | null; group_name: string | null; evidence: string; start: number; end: number }[];
  assignments: { id: number; party: string; task: string; deadline: string | null; evidence: string; start: number; end: number }[];
}

/** Loads one article by its id (`doc`); an unknown id is the reader's mistake, said in a sentence. */
export async function loadArticle(db: ReadStore, doc: string): Promise<ArticleView> {
  const d = await db.get<Record<string, string | number | null>>(
    `SELECT d.*, f.path, f.format FROM documents d JOIN files f ON f.id = d.file_id WHERE d.doc = ? ORDER BY d.id LIMIT 1`,
    [doc],
  );
  if (!d) throw new PlanmineError('read', `no article with id ${doc} (ids look like 000_6a7843488500aee0#1; \`planmine sql "SELECT doc, title FROM documents"\` lists them)`);
  const id = d.id as number;
  // "end" quoted: a reserved word in PostgreSQL, an ordinary name to SQLite.
  const rows = <T>(sql: string): Promise<T[]> => db.all<T>(sql, [id]);
  return {
    id, doc: d.doc as string, title: d.title as string | null, organization: d.organization as string | null,
    province: d.province as string | null, date: d.date as string | null, periodStart: d.period_start as number | null,
    periodEnd: d.period_end as number | null, docType: d.doc_type as string | null, relevant: d.relevant as number | null,
    script: d.script as string | null, text: d.text as string, path: d.path as string, format: d.format as string | null,
    headings: await rows('SELECT level, numbering, title, start, "end" FROM sections WHERE document_id = ? ORDER BY ordinal'),
    targets: await rows('SELECT id, indicator, indicator_key, comparator, value, value_max, unit, kind, year, evidence, start, "end" FROM targets WHERE document_id = ? ORDER BY start, id'),
    phases: await rows('SELECT id, ordinal, name, start_date, end_date, evidence, start, "end" FROM phases WHERE document_id = ? ORDER BY ordinal, id'),
    parties: await rows('SELECT id, name, kind, role, group_name, evidence, start, "end" FROM parties WHERE document_id = ? ORDER BY start, id'),
    assignments: await rows('SELECT id, party, task, deadline, evidence, start, "end" FROM assignments WHERE document_id = ? ORDER BY start, id'),
  };
}

/** The period as a reader writes it: 2021–2023, or one year. */
export function periodOf(a: Pick<ArticleView, 'periodStart' | 'periodEnd'>): string | null {
  if (a.periodStart === null) return null;
  return a.periodEnd !== null && a.periodEnd !== a.periodStart ? `${a.periodStart}–${a.periodEnd}` : String(a.periodStart);
}

export const relevanceOf = (relevant: number | null): string => (relevant === null ? 'unknown' : relevant === 1 ? 'yes' : 'no');
