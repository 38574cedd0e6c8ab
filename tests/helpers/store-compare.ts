// What two stores holding the same dump must agree on, in a form that compares line for line.
import { jsonlRecords } from '../../src/db/export-jsonl.js';
import type { ReadStore, Store } from '../../src/db/store.js';
import type { ArticleFilter } from '../../src/workbench/filters.js';

/** The JSONL export, sorted: ids and article order may differ between engines, the records may not. */
export async function sortedJsonl(db: ReadStore): Promise<string[]> {
  const lines: string[] = [];
  for await (const record of jsonlRecords(db)) lines.push(JSON.stringify(record));
  return lines.sort();
}

/** Hits as (article, sentence) pairs, order aside: the two engines rank differently. */
export async function hitsOf(store: Store, query: string, filter: ArticleFilter = {}): Promise<string[]> {
  const result = await store.search(query, { limit: 5000, filter });
  return result.hits.map((h) => `${h.doc}\t${h.snippet.map((p) => p.text).join('')}`).sort();
}

/**
 * Articles grouped with their copies, each group one sorted line. Which copy is the original
 * follows the order files were stored in, which writers at once do not fix: the groups may not differ.
 */
export async function copyGroups(store: ReadStore): Promise<string[]> {
  const rows = await store.all<{ doc: string; original: string }>(
    'SELECT d.doc, coalesce(o.doc, d.doc) AS original FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of',
  );
  const byOriginal = new Map<string, string[]>();
  for (const r of rows) byOriginal.set(r.original, [...(byOriginal.get(r.original) ?? []), r.doc]);
  return [...byOriginal.values()].map((members) => members.sort().join(' ')).sort();
}
