import type { ReadStore } from './store.js';
import { articleWhere, type ArticleFilter } from '../workbench/filters.js';

type Line = Record<string, unknown>;

/**
 * GUIDE.md's records, one article after another: its document line, then headings (levels 1
 * and 2), targets, phases and parties. Assignments are not part of that contract; the CSV export has them.
 */
export async function* jsonlRecords(db: ReadStore, filter: ArticleFilter = {}): AsyncGenerator<Line> {
  const where = articleWhere(filter, false, 'keep');
  const documents = await db.all<Record<string, string | number | null>>(`SELECT * FROM documents d WHERE ${where.sql} ORDER BY doc, id`, where.params);
  for (const d of documents) {
    const doc = d.doc;
    yield {
      type: 'document', doc, title: d.title, organization: d.organization, province: d.province, date: d.date,
      period_start: d.period_start, period_end: d.period_end, doc_type: d.doc_type, relevant: d.relevant === 1, script: d.script,
    };
    for (const h of await db.all('SELECT level, title FROM sections WHERE document_id = ? AND level <= 2 ORDER BY ordinal', [d.id!])) {
      yield { type: 'heading', doc, level: h.level, text: h.title };
    }
    for (const t of await db.all('SELECT * FROM targets WHERE document_id = ? ORDER BY start, id', [d.id!])) {
      yield {
        type: 'target', doc, indicator: t.indicator, value: t.value, value_max: t.value_max, unit: t.unit,
        comparator: t.comparator, kind: t.kind, year: t.year, evidence: t.evidence,
      };
    }
    for (const p of await db.all('SELECT * FROM phases WHERE document_id = ? ORDER BY ordinal', [d.id!])) {
      yield { type: 'phase', doc, order: p.ordinal, name: p.name, start: p.start_date, end: p.end_date };
    }
    for (const p of await db.all('SELECT * FROM parties WHERE document_id = ? ORDER BY start, id', [d.id!])) {
      yield { type: 'party', doc, name: p.name, kind: p.kind, role: p.role, group: p.group_name };
    }
  }
}
