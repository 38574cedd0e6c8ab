import type { ProcessedArticle, ProcessedFile, StageTimings } from '../pipeline.js';
import type { Evidence, Message, Section } from '../types.js';
import type { SqlValue } from './connection.js';
import { indicatorKey } from './indicator-key.js';
import { dayRange } from './day-range.js';
import { charOffsetsOf } from './char-offsets.js';
import { copiesEnabled, copyKeyRow, type CopyKeyRow } from '../copies/article-copy-key.js';

/**
 * A processed file as the rows the writer stores, each table's rows one JSON array of arrays.
 * Built on the worker thread, so the main thread receives a few strings (cheap to pass between
 * threads) and binds one value per table instead of one per column of every row.
 */
export interface FileRows {
  format: ProcessedFile['format'];
  encoding: string | null;
  pages: number | null;
  articles: number;
  timings: StageTimings;
  /** Table name → JSON rows, for the tables that have rows; column order is `ROW_COLUMNS`. */
  tables: Partial<Record<RowTable, string>>;
  /** Each article's copy key (`CopyKeyRow[]` as JSON) for the writer's copy lookup; absent when none has one. */
  copies?: string;
}

/**
 * The fields of each table's JSON row, in order. `article` is the article's index in the file,
 * `parent` a section's parent as an index into the file's sections (or -1), `party` an
 * assignment's party as an index into the file's parties (or -1); the writer turns them into ids.
 */
export const ROW_COLUMNS = {
  documents: ['article_index', 'doc', 'title', 'organization', 'province', 'date', 'period_start', 'period_end', 'doc_type', 'relevant', 'script', 'text', 'chars'],
  sections: ['article', 'parent', 'ordinal', 'level', 'numbering', 'title', 'path', 'start', 'end'],
  sentences: ['article', 'section_path', 'start', 'end', 'text', 'words'],
  targets: ['article', 'indicator', 'indicator_key', 'value', 'value_max', 'unit', 'comparator', 'kind', 'year', 'evidence', 'start', 'end', 'section_path', 'extractor'],
  phases: ['article', 'ordinal', 'name', 'start_date', 'end_date', 'first_day', 'last_day', 'evidence', 'start', 'end', 'section_path', 'extractor'],
  parties: ['article', 'name', 'kind', 'role', 'group_name', 'evidence', 'start', 'end', 'section_path', 'extractor'],
  assignments: ['article', 'party', 'party_name', 'task', 'deadline', 'evidence', 'start', 'end', 'section_path', 'extractor'],
  messages: ['article', 'severity', 'origin', 'reason', 'start', 'end'],
} as const;

export type RowTable = keyof typeof ROW_COLUMNS;

type Rows = Record<RowTable, SqlValue[][]>;

/** Index of each section's parent (the nearest earlier section of a lower level), or -1. */
export function parentIndexes(sections: readonly Pick<Section, 'level'>[]): number[] {
  const open: number[] = [];
  return sections.map((s, i) => {
    while (open.length && sections[open[open.length - 1]!]!.level >= s.level) open.pop();
    const parent = open[open.length - 1] ?? -1;
    open.push(i);
    return parent;
  });
}

export function toFileRows(file: ProcessedFile): FileRows {
  const rows: Rows = { documents: [], sections: [], sentences: [], targets: [], phases: [], parties: [], assignments: [], messages: [] };
  for (const m of file.messages) rows.messages.push(messageRow(-1, m, (o) => o));
  for (const item of file.articles) addArticle(rows, item);
  const tables: FileRows['tables'] = {};
  for (const [table, tableRows] of Object.entries(rows) as [RowTable, SqlValue[][]][]) {
    if (tableRows.length > 0) tables[table] = JSON.stringify(tableRows);
  }
  const result: FileRows = { format: file.format, encoding: file.encoding, pages: file.pages, articles: file.articles.length, timings: { ...file.timings }, tables };
  const copies = copiesEnabled() ? file.articles.map((item) => copyKeyRow(item.article.index, item.article.text)).filter((row): row is CopyKeyRow => row !== null) : [];
  if (copies.length > 0) result.copies = JSON.stringify(copies);
  return result;
}

const messageRow = (article: number, m: Message, at: (offset: number) => number): SqlValue[] => [
  article, m.severity, m.origin, m.reason, m.span ? at(m.span.start) : null, m.span ? at(m.span.end) : null,
];

const evidenceColumns = (e: Evidence, extractor: string, at: (offset: number) => number): SqlValue[] => [
  e.quote, at(e.span.start), at(e.span.end), e.sectionPath.join(' > '), extractor,
];

function addArticle(rows: Rows, { article, facts, records, sentenceWords }: ProcessedArticle): void {
  const a = article.index;
  // Offsets are stored in characters, as SQLite's substr() counts them.
  const at = charOffsetsOf(article.text);
  rows.documents.push([
    a, article.id, facts.title, facts.organization, facts.province, facts.date, facts.periodStart, facts.periodEnd,
    facts.docType, facts.relevant ? 1 : 0, facts.script, article.text, at(article.text.length),
  ]);
  const firstSection = rows.sections.length;
  parentIndexes(article.sections).forEach((parent, i) => {
    const s = article.sections[i]!;
    rows.sections.push([a, parent >= 0 ? firstSection + parent : -1, i, s.level, s.numbering, s.title, s.path.join(' > '), at(s.body.start), at(s.body.end)]);
  });
  article.sentences.forEach((s, i) => {
    rows.sentences.push([a, s.sectionPath.join(' > '), at(s.start), at(s.end), article.text.slice(s.start, s.end), sentenceWords[i] ?? '']);
  });
  const partyIndex = new Map<string, number>();
  const assignments: { party: string; values: SqlValue[] }[] = [];
  for (const { record: r, extractor } of records) {
    const evidence = evidenceColumns(r.evidence, extractor, at);
    if (r.type === 'target') {
      rows.targets.push([a, r.indicator, indicatorKey(r.indicator), r.value, r.valueMax, r.unit, r.comparator, r.kind, r.year, ...evidence]);
    } else if (r.type === 'phase') {
      const days = dayRange(r.start, r.end);
      rows.phases.push([a, r.order, r.name, r.start, r.end, days.first, days.last, ...evidence]);
    } else if (r.type === 'party') {
      partyIndex.set(r.name, rows.parties.length);
      rows.parties.push([a, r.name, r.kind, r.role, r.group, ...evidence]);
    } else {
      assignments.push({ party: r.party, values: [r.party, r.task, r.deadline, ...evidence] });
    }
  }
  for (const { party, values } of assignments) rows.assignments.push([a, partyIndex.get(party) ?? -1, ...values]);
  for (const m of article.messages) rows.messages.push(messageRow(a, m, at));
}
