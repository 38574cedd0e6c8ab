import type { Database } from '../../db/connection.js';
import { dayRange } from '../../db/day-range.js';
import { formatPromise } from '../compare-output.js';

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

async function counts(db: Database, expression: string, order = 'count DESC, name'): Promise<Count[]> {
  const rows = await db.all<{ name: string | null; count: number }>(
    `SELECT ${expression} AS name, count(*) AS count FROM documents GROUP BY 1 ORDER BY ${order}`,
  );
  return rows.map((r) => ({ name: r.name === null || r.name === '' ? UNKNOWN : String(r.name), count: r.count }));
}

type TargetRow = Omit<TargetPoint, 'label' | 'promise' | 'indicatorKey'> & { indicator_key: string; comparator: string; value_max: number | null; title: string | null };

const TARGET_SELECT = `SELECT t.id, d.doc, d.title, d.organization, d.province, t.indicator, t.indicator_key, t.comparator,
  t.value, t.value_max, t.unit, t.kind, t.year, t.evidence FROM targets t JOIN documents d ON d.id = t.document_id`;

function toPoint(r: TargetRow): TargetPoint {
  return {
    id: r.id, doc: r.doc, label: r.organization ?? r.title ?? r.doc, organization: r.organization, province: r.province,
    indicator: r.indicator, indicatorKey: r.indicator_key, promise: formatPromise(r), value: r.value, unit: r.unit,
    kind: r.kind, year: r.year, evidence: r.evidence,
  };
}

/** The most often promised indicators; each chart keeps its most common unit, so bars share one scale. */
async function indicatorCharts(db: Database, limits: ReportLimits): Promise<IndicatorChart[]> {
  const keys = await db.all<{ key: string; unit: string; total: number }>(
    `SELECT indicator_key AS key, unit, count(*) AS total FROM targets
     WHERE kind = 'goal' AND comparator NOT IN ('increase', 'decrease')
     GROUP BY indicator_key, unit ORDER BY total DESC, key LIMIT ?`,
    [limits.indicatorKeys * 3],
  );
  const charts: IndicatorChart[] = [];
  for (const k of keys) {
    if (charts.some((c) => c.key === k.key) || charts.length >= limits.indicatorKeys) continue;
    const rows = await db.all<TargetRow>(
      `${TARGET_SELECT} WHERE t.indicator_key = ? AND t.unit = ? AND t.kind = 'goal' AND t.comparator NOT IN ('increase', 'decrease')
       ORDER BY t.value DESC, d.doc LIMIT ?`,
      [k.key, k.unit, limits.pointsPerChart],
    );
    charts.push({ key: k.key, unit: k.unit, total: k.total, points: rows.map(toPoint) });
  }
  return charts;
}

async function phases(db: Database): Promise<PhaseBar[]> {
  const rows = await db.all<{ doc: string; title: string | null; organization: string | null; ordinal: number; name: string;
    start_date: string | null; end_date: string | null; days: number | null; evidence: string }>(
    'SELECT doc, title, organization, ordinal, name, start_date, end_date, days, evidence FROM timeline ORDER BY doc, ordinal',
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
async function parties(db: Database, limit: number): Promise<PartyLoad[]> {
  // Rank first, then look up the kind and an example for the few parties shown, not for every name.
  return db.all<PartyLoad>(
    `SELECT top.party, top.assignments, top.articles,
            (SELECT p.kind FROM parties p WHERE p.name = top.party GROUP BY p.kind ORDER BY count(*) DESC LIMIT 1) AS kind,
            (SELECT b.task FROM assignments b WHERE b.party = top.party ORDER BY b.id LIMIT 1) AS task,
            (SELECT b.evidence FROM assignments b WHERE b.party = top.party ORDER BY b.id LIMIT 1) AS evidence
     FROM (SELECT party, count(*) AS assignments, count(DISTINCT document_id) AS articles FROM assignments
           GROUP BY party ORDER BY assignments DESC, articles DESC, party LIMIT ?) top
     ORDER BY top.assignments DESC, top.articles DESC, top.party`,
    [limit],
  );
}

export async function gatherReportData(db: Database, limits: ReportLimits = DEFAULT_LIMITS, now = new Date()): Promise<ReportData> {
  const total = async (table: string): Promise<number> => (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  const targets = (await db.all<TargetRow>(`${TARGET_SELECT} ORDER BY t.indicator_key, d.doc, t.start LIMIT ?`, [limits.tableRows])).map(toPoint);
  const targetCount = await total('targets');
  return {
    generatedAt: now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    totals: {
      files: await total("files WHERE status IN ('ingested', 'unchanged')"), articles: await total('documents'), targets: targetCount,
      phases: await total('phases'), parties: await total('parties'), assignments: await total('assignments'),
    },
    byProvince: await counts(db, 'province'),
    byDocType: await counts(db, 'doc_type'),
    byYear: await counts(db, 'CAST(COALESCE(substr(date, 1, 4), period_start) AS TEXT)', 'name IS NULL, name'),
    indicatorCharts: await indicatorCharts(db, limits),
    phases: await phases(db),
    parties: await parties(db, limits.parties),
    targets,
    targetsOmitted: targetCount - targets.length,
  };
}
