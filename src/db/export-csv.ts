import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadStore } from './store.js';
import { csvLine, UTF8_BOM } from './csv.js';
import { articleWhere, type ArticleFilter } from '../workbench/filters.js';

/** One query per exported table (WHERE and ORDER BY apart, for the filter); each row names its article by `doc`. */
const TABLES: Record<string, [select: string, order: string]> = {
  documents: [`SELECT d.doc, f.path AS file, d.title, d.organization, d.province, d.date, d.period_start, d.period_end,
                d.doc_type, d.relevant, d.script, d.chars FROM documents d JOIN files f ON f.id = d.file_id`, 'd.doc, d.id'],
  targets: [`SELECT d.doc, t.indicator, t.indicator_key, t.value, t.value_max, t.unit, t.comparator, t.kind, t.year,
              t.evidence, t.start, t.end, t.section_path FROM targets t JOIN documents d ON d.id = t.document_id`, 'd.doc, t.start'],
  phases: [`SELECT d.doc, p.ordinal, p.name, p.start_date, p.end_date, p.first_day, p.last_day, p.evidence
             FROM phases p JOIN documents d ON d.id = p.document_id`, 'd.doc, p.ordinal'],
  parties: [`SELECT d.doc, p.name, p.kind, p.role, p.group_name, p.evidence FROM parties p JOIN documents d ON d.id = p.document_id`, 'd.doc, p.start'],
  assignments: [`SELECT d.doc, a.party, a.task, a.deadline, a.evidence FROM assignments a JOIN documents d ON d.id = a.document_id`, 'd.doc, a.start'],
};

/** Writes one UTF-8 CSV with BOM and header row per table into `dir`; returns the files written. */
export async function exportCsv(db: ReadStore, dir: string, filter: ArticleFilter = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const where = articleWhere(filter, false, 'keep');
  for (const [name, [select, order]] of Object.entries(TABLES)) {
    const sql = `${select} WHERE ${where.sql} ORDER BY ${order}`;
    const rows = await db.all(sql, where.params);
    const header = rows[0] ? Object.keys(rows[0]) : columnsOf(sql);
    const body = rows.map((r) => csvLine(header.map((h) => r[h]))).join('');
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, UTF8_BOM + csvLine(header) + body);
    written.push(path);
  }
  return written;
}

/** Column names of a SELECT list, for the header of an empty table. */
function columnsOf(sql: string): string[] {
  const list = sql.slice(sql.indexOf('SELECT') + 6, sql.indexOf(' FROM '));
  return list.split(',').map((c) => c.trim().split(/\s+AS\s+|\./i).pop()!.trim());
}
