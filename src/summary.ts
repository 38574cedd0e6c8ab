import type { ReadStore } from './db/store.js';

export interface Counts {
  formats: string;
  documents: number;
  sections: number;
  sentences: number;
  targets: number;
  phases: number;
  parties: number;
  assignments: number;
}

/** What the database holds now, for the end-of-run summary. */
export async function countsByTable(db: ReadStore): Promise<Counts> {
  const count = async (table: string): Promise<number> => (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  const formats = await db.all<{ format: string | null; n: number }>(
    "SELECT format, count(*) AS n FROM files WHERE status IN ('ingested', 'unchanged') GROUP BY format ORDER BY format",
  );
  return {
    formats: formats.map((f) => `${f.format ?? '?'} ${f.n}`).join(', '),
    documents: await count('documents'),
    sections: await count('sections'),
    sentences: await count('sentences'),
    targets: await count('targets'),
    phases: await count('phases'),
    parties: await count('parties'),
    assignments: await count('assignments'),
  };
}
