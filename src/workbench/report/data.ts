import type { Database } from '../../db/connection.js';
import { dayRange } from '../../db/day-range.js';
import { formatPromise } from '../compare-output.js';
import { countedArticle, foldedCopy, type CopyOptions } from '../../db/copies.js';

export interface Count { name: string; count: number }

/** A promised value with what a reader needs to check it: the sentence it came from. */
export interface TargetPoint {
  id: number;
  doc: string;
  label: string;
  organization: string | null;
  province: string | null;
  indicator: string;
  indicatorKey: string;
  promise: string;
  value: number;
  unit: string;
  kind: string;
  year: number | null;
  evidence: string;
}

export interface IndicatorChart { key: string; unit: string; total: number; points: TargetPoint[] }

export interface PhaseBar {
  doc: string;
  label: string;
  ordinal: number;
  name: string;
  startDate: string | null;
  endDate: string | null;
  first: string | null;
  last: string | null;
  days: number | null;
  evidence: string;
}

export interface PartyLoad { party: string; kind: string | null; assignments: number; articles: number; task: string; evidence: string }

export interface ReportData {
  generatedAt: string;
  totals: { files: number; articles: number; targets: number; phases: number; parties: number; assignments: number };
  /** Copies of counted articles left out of every figure and chart (0 with `withCopies`). */
  copiesFolded: number;
  byProvince: Count[];
  byDocType: Count[];
  byYear: Count[];
  indicatorCharts: IndicatorChart[];
  phases: PhaseBar[];
  parties: PartyLoad[];
  targets: TargetPoint[];
  targetsOmitted: number;
}

export interface ReportLimits { indicatorKeys: number; pointsPerChart: number; parties: number; tableRows: number }
export const DEFAULT_LIMITS: ReportLimits = { indicatorKeys: 6, pointsPerChart: 40, parties: 20, tableRows: 3000 };

const UNKNOWN = '(unknown)';

async function counts(db: Database, copies: CopyOptions, expression: string, order = 'count DESC, name'): Promise<Count[]> {
  const rows = await db.all<{ name: string | null; count: number }>(
    `SELECT ${expression} AS name, count(*) AS count FROM documents d WHERE ${countedArticle('d', copies)} GROUP BY 1 ORDER BY ${order}`,
  );
  return rows.map((r) => ({ name: r.name === null || r.name === '' ? UNKNOWN : String(r.name), count: r.count }));
}

type TargetRow = Omit<TargetPoint, 'label' | 'promise' | 'indicatorKey'> & { indicator_key: string; comparator: string; value_max: number | null; title: string | null };

/** Ends in a WHERE clause keeping the counted articles: callers add conditions with AND. */
const targetSelect = (copies: CopyOptions): string => `SELECT t.id, d.doc, d.title, d.organization, d.province, t.indicator, t.indicator_key, t.comparator,
  t.value, t.value_max, t.unit, t.kind, t.year, t.evidence FROM targets t JOIN documents d ON d.id = t.document_id WHERE ${countedArticle('d', copies)}`;

function toPoint(r: TargetRow): TargetPoint {
  return {
    id: r.id, doc: r.doc, label: r.organization ?? r.title ?? r.doc, organization: r.organization, province: r.province,
    indicator: r.indicator, indicatorKey: r.indicator_key, promise: formatPromise(r), value: r.value, unit: r.unit,
    kind: r.kind, year: r.year, evidence: r.evidence,
  };
}

/** The most often promised indicators; each chart keeps its most common unit, so bars share one scale. */
async function indicatorCharts(db: Database, limits: ReportLimits, copies: CopyOptions): Promise<IndicatorChart[]> {
  const keys = await db.all<{ key: string; unit: string; total: number }>(
    `SELECT indicator_key AS key, unit, count(*) AS total FROM targets t JOIN documents d ON d.id = t.document_id
     WHERE kind = 'goal' AND comparator NOT IN ('increase', 'decrease') AND ${countedArticle('d', copies)}
     GROUP BY indicator_key, unit ORDER BY total DESC, key LIMIT ?`,
    [limits.indicatorKeys * 3],
  );
  const charts: IndicatorChart[] = [];
  for (const k of keys) {
    if (charts.some((c) => c.key === k.key) || charts.length >= limits.indicatorKeys) continue;
    const rows = await db.all<TargetRow>(
      `${targetSelect(copies)} AND t.indicator_key = ? AND t.unit = ? AND t.kind = 'goal' AND t.comparator NOT IN ('increase', 'decrease')
       ORDER BY t.value DESC, d.doc LIMIT ?`,
      [k.key, k.unit, limits.pointsPerChart],
    );
    charts.push({ key: k.key, unit: k.unit, total: k.total, points: rows.map(toPoint) });
  }
  return charts;
}

async function phases(db: Database, copies: CopyOptions): Promise<PhaseBar[]> {
  const rows = await db.all<{ doc: string; title: string | null; organization: string | null; ordinal: number; name: string;
    start_date: string | null; end_date: string | null; days: number | null; evidence: string }>(
    `SELECT doc, title, organization, ordinal, name, start_date, end_date, days, evidence FROM timeline
     WHERE doc IN (SELECT d.doc FROM documents d WHERE ${countedArticle('d', copies)}) ORDER BY doc, ordinal`,
  );
  return rows.map((r) => {
    const range = dayRange(r.start_date, r.end_date);
    return {
      doc: r.doc, label: r.organization ?? r.title ?? r.doc, ordinal: r.ordinal, name: r.name, startDate: r.start_date,
      endDate: r.end_date, first: range.first, last: range.last, days: r.days, evidence: r.evidence,
    };
  });
}

/** Who is made responsible most often; the first assignment found stands as an example with its evidence. */
async function parties(db: Database, limit: number, copies: CopyOptions): Promise<PartyLoad[]> {
  // Rank first, then look up the kind and an example for the few parties shown, not for every name.
  return db.all<PartyLoad>(
    `SELECT top.party, top.assignments, top.articles,
            (SELECT p.kind FROM parties p WHERE p.name = top.party GROUP BY p.kind ORDER BY count(*) DESC LIMIT 1) AS kind,
            (SELECT b.task FROM assignments b WHERE b.party = top.party ORDER BY b.id LIMIT 1) AS task,
            (SELECT b.evidence FROM assignments b WHERE b.party = top.party ORDER BY b.id LIMIT 1) AS evidence
     FROM (SELECT party, count(*) AS assignments, count(DISTINCT document_id) AS articles FROM assignments a
           JOIN documents d ON d.id = a.document_id WHERE ${countedArticle('d', copies)}
           GROUP BY party ORDER BY assignments DESC, articles DESC, party LIMIT ?) top
     ORDER BY top.assignments DESC, top.articles DESC, top.party`,
    [limit],
  );
}

export async function gatherReportData(db: Database, limits: ReportLimits = DEFAULT_LIMITS, now = new Date(), copies: CopyOptions = {}): Promise<ReportData> {
  const total = async (table: string): Promise<number> => (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  /** Rows of a per-article table that belong to counted articles. */
  const counted = (table: string): Promise<number> => total(`${table} x JOIN documents d ON d.id = x.document_id WHERE ${countedArticle('d', copies)}`);
  const targets = (await db.all<TargetRow>(`${targetSelect(copies)} ORDER BY t.indicator_key, d.doc, t.start LIMIT ?`, [limits.tableRows])).map(toPoint);
  const targetCount = await counted('targets');
  return {
    generatedAt: now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    totals: {
      files: await total("files WHERE status IN ('ingested', 'unchanged')"), articles: await total(`documents d WHERE ${countedArticle('d', copies)}`),
      targets: targetCount, phases: await counted('phases'), parties: await counted('parties'), assignments: await counted('assignments'),
    },
    copiesFolded: await total(`documents d WHERE ${foldedCopy('d', copies)}`),
    byProvince: await counts(db, copies, 'province'),
    byDocType: await counts(db, copies, 'doc_type'),
    byYear: await counts(db, copies, 'CAST(COALESCE(substr(date, 1, 4), period_start) AS TEXT)', 'name IS NULL, name'),
    indicatorCharts: await indicatorCharts(db, limits, copies),
    phases: await phases(db, copies),
    parties: await parties(db, limits.parties, copies),
    targets,
    targetsOmitted: targetCount - targets.length,
  };
}
