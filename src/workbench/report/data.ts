import type { ReadStore } from '../../db/store.js';
import { dayRange } from '../../db/day-range.js';
import { formatPromise } from '../compare-output.js';
import { ARTICLE_YEAR_SQL, articleWhere, type ArticleFilter } from '../filters.js';
import type { SqlValue } from '../../db/connection.js';

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

/** The articles the report covers, as a condition on `documents d`. */
interface Scope { sql: string; params: SqlValue[] }

async function counts(db: ReadStore, scope: Scope, expression: string, order?: string): Promise<Count[]> {
  // Unknown first among equal counts, as SQLite sorts NULL; PostgreSQL sorts it last unless told.
  // The expression, not its alias: PostgreSQL takes an output name in ORDER BY only on its own.
  const rows = await db.all<{ name: string | null; count: number }>(
    `SELECT ${expression} AS name, count(*) AS count FROM documents d WHERE ${scope.sql} GROUP BY 1
     ORDER BY ${order ?? `count DESC, ${expression} IS NOT NULL, ${expression}`}`,
    scope.params,
  );
  return rows.map((r) => ({ name: r.name === null || r.name === '' ? UNKNOWN : String(r.name), count: r.count }));
}

type TargetRow = Omit<TargetPoint, 'label' | 'promise' | 'indicatorKey'> & { indicator_key: string; comparator: string; value_max: number | null; title: string | null };

const TARGET_SELECT = `SELECT t.id, d.doc, d.title, d.organization, d.province, t.indicator, t.indicator_key, t.comparator,
  t.value, t.value_max, t.unit, t.kind, t.year, t.evidence FROM targets t JOIN documents d ON d.id = t.document_id`;

/** How a chart names an article: its organization, else its title (many plans name no school), else its id. */
export function articleLabel(r: { organization: string | null; title: string | null; doc: string }): string {
  return r.organization?.trim() || r.title?.trim() || r.doc;
}

function toPoint(r: TargetRow): TargetPoint {
  return {
    id: r.id, doc: r.doc, label: articleLabel(r), organization: r.organization, province: r.province,
    indicator: r.indicator, indicatorKey: r.indicator_key, promise: formatPromise(r), value: r.value, unit: r.unit,
    kind: r.kind, year: r.year, evidence: r.evidence,
  };
}

/**
 * The indicators promised by the most articles: a chart compares schools, so a figure one plan
 * repeats (每增加12个班…, three times in one article) does not lead. Each chart keeps its most
 * common unit, so bars share one scale.
 */
async function indicatorCharts(db: ReadStore, scope: Scope, limits: ReportLimits): Promise<IndicatorChart[]> {
  const keys = await db.all<{ key: string; unit: string; total: number }>(
    `SELECT t.indicator_key AS key, t.unit, count(*) AS total, count(DISTINCT t.document_id) AS articles
     FROM targets t JOIN documents d ON d.id = t.document_id
     WHERE t.kind = 'goal' AND t.comparator NOT IN ('increase', 'decrease') AND ${scope.sql}
     GROUP BY t.indicator_key, t.unit ORDER BY articles DESC, total DESC, key LIMIT ?`,
    [...scope.params, limits.indicatorKeys * 3],
  );
  const charts: IndicatorChart[] = [];
  for (const k of keys) {
    if (charts.some((c) => c.key === k.key) || charts.length >= limits.indicatorKeys) continue;
    const rows = await db.all<TargetRow>(
      `${TARGET_SELECT} WHERE t.indicator_key = ? AND t.unit = ? AND t.kind = 'goal' AND t.comparator NOT IN ('increase', 'decrease')
       AND ${scope.sql} ORDER BY t.value DESC, d.doc LIMIT ?`,
      [k.key, k.unit, ...scope.params, limits.pointsPerChart],
    );
    charts.push({ key: k.key, unit: k.unit, total: k.total, points: rows.map(toPoint) });
  }
  return charts;
}

/** Calendar days from `first` to `last`, both counted (as the timeline view's `days`); computed here, since date arithmetic differs between SQLite and PostgreSQL. */
function daysBetween(first: string | null, last: string | null): number | null {
  if (!first || !last) return null;
  return Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
}

async function phases(db: ReadStore, scope: Scope): Promise<PhaseBar[]> {
  const rows = await db.all<{ doc: string; title: string | null; organization: string | null; ordinal: number; name: string;
    start_date: string | null; end_date: string | null; evidence: string }>(
    `SELECT d.doc, d.title, d.organization, p.ordinal, p.name, p.start_date, p.end_date, p.evidence
     FROM phases p JOIN documents d ON d.id = p.document_id WHERE ${scope.sql} ORDER BY d.doc, p.ordinal`,
    scope.params,
  );
  return rows.map((r) => {
    const range = dayRange(r.start_date, r.end_date);
    return {
      doc: r.doc, label: articleLabel(r), ordinal: r.ordinal, name: r.name, startDate: r.start_date,
      endDate: r.end_date, first: range.first, last: range.last, days: daysBetween(range.first, range.last), evidence: r.evidence,
    };
  });
}

/** Who is made responsible most often; the first assignment found stands as an example with its evidence. */
async function parties(db: ReadStore, scope: Scope, limit: number): Promise<PartyLoad[]> {
  // Rank first, then look up the kind and an example for the few parties shown, not for every name.
  return db.all<PartyLoad>(
    `SELECT top.party, top.assignments, top.articles,
            (SELECT p.kind FROM parties p WHERE p.name = top.party GROUP BY p.kind ORDER BY count(*) DESC LIMIT 1) AS kind,
            (SELECT b.task FROM assignments b WHERE b.party = top.party ORDER BY b.id LIMIT 1) AS task,
            (SELECT b.evidence FROM assignments b WHERE b.party = top.party ORDER BY b.id LIMIT 1) AS evidence
     FROM (SELECT a.party, count(*) AS assignments, count(DISTINCT a.document_id) AS articles
           FROM assignments a JOIN documents d ON d.id = a.document_id WHERE ${scope.sql}
           GROUP BY a.party ORDER BY assignments DESC, articles DESC, a.party LIMIT ?) top
     ORDER BY top.assignments DESC, top.articles DESC, top.party`,
    [...scope.params, limit],
  );
}

export async function gatherReportData(db: ReadStore, limits: ReportLimits = DEFAULT_LIMITS, now = new Date(), filter: ArticleFilter = {}): Promise<ReportData> {
  // Articles judged irrelevant stay out of the report unless the filter asks for them.
  const scope = articleWhere(filter, true);
  const folded = articleWhere(filter, true, 'folded');
  const inScope = async (table: string, alias: string): Promise<number> =>
    (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} ${alias} JOIN documents d ON d.id = ${alias}.document_id WHERE ${scope.sql}`, scope.params))!.n;
  const targets = (await db.all<TargetRow>(`${TARGET_SELECT} WHERE ${scope.sql} ORDER BY t.indicator_key, d.doc, t.start LIMIT ?`, [...scope.params, limits.tableRows])).map(toPoint);
  const targetCount = await inScope('targets', 't');
  const count = async (sql: string): Promise<number> => (await db.get<{ n: number }>(sql, scope.params))!.n;
  return {
    generatedAt: now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    totals: {
      files: await count(`SELECT count(DISTINCT d.file_id) AS n FROM documents d WHERE ${scope.sql}`),
      articles: await count(`SELECT count(*) AS n FROM documents d WHERE ${scope.sql}`),
      targets: targetCount, phases: await inScope('phases', 'p'), parties: await inScope('parties', 'p'), assignments: await inScope('assignments', 'a'),
    },
    copiesFolded: (await db.get<{ n: number }>(`SELECT count(*) AS n FROM documents d WHERE ${folded.sql}`, folded.params))!.n,
    byProvince: await counts(db, scope, 'd.province'),
    byDocType: await counts(db, scope, 'd.doc_type'),
    byYear: await counts(db, scope, `CAST(${ARTICLE_YEAR_SQL} AS TEXT)`, `CAST(${ARTICLE_YEAR_SQL} AS TEXT) IS NULL, 1`),
    indicatorCharts: await indicatorCharts(db, scope, limits),
    phases: await phases(db, scope),
    parties: await parties(db, scope, limits.parties),
    targets,
    targetsOmitted: targetCount - targets.length,
  };
}
