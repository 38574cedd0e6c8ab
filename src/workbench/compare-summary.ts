import type { CompareBy, CompareRow } from './compare.js';
import { median } from './stats.js';

/** Count, min, median and max of targets that can honestly be set side by side. */
export interface CompareGroup {
  group: string;
  indicator_key: string;
  kind: 'goal' | 'actual';
  /** `level` states where the indicator stands (达到95%); `change` states a move (提高5个百分点). */
  measure: 'level' | 'change';
  unit: string;
  count: number;
  articles: number;
  min: number;
  median: number;
  max: number;
}

export const NO_VALUE = '(none)';

const CHANGE_COMPARATORS = new Set(['increase', 'decrease']);

export function groupValue(row: CompareRow, by: CompareBy | null): string {
  if (by === null) return '(all)';
  const value = by === 'year' ? row.year : row[by];
  return value === null || value === '' ? NO_VALUE : String(value);
}

/**
 * Groups by the chosen column and by everything that makes numbers incomparable: the indicator,
 * goal versus actual, level versus change, and the unit (95% and 95人 are not one scale).
 */
export function summarizeTargets(rows: readonly CompareRow[], by: CompareBy | null): CompareGroup[] {
  type Head = Pick<CompareGroup, 'group' | 'indicator_key' | 'kind' | 'measure' | 'unit'>;
  const groups = new Map<string, { head: Head; values: number[]; docs: Set<string> }>();
  for (const row of rows) {
    const measure = CHANGE_COMPARATORS.has(row.comparator) ? 'change' : 'level';
    const head: Head = { group: groupValue(row, by), indicator_key: row.indicator_key, kind: row.kind, measure, unit: row.unit };
    const id = JSON.stringify(Object.values(head));
    const entry = groups.get(id) ?? { head, values: [] as number[], docs: new Set<string>() };
    entry.values.push(row.value);
    entry.docs.add(row.doc);
    groups.set(id, entry);
  }
  const summary = [...groups.values()].map(({ head, values, docs }) => ({
    ...head,
    count: values.length,
    articles: docs.size,
    min: Math.min(...values),
    median: median(values)!,
    max: Math.max(...values),
  }));
  return summary.sort(
    (a, b) =>
      a.indicator_key.localeCompare(b.indicator_key, 'zh') ||
      Number(a.group === NO_VALUE) - Number(b.group === NO_VALUE) ||
      a.group.localeCompare(b.group, 'zh') ||
      a.kind.localeCompare(b.kind) ||
      a.measure.localeCompare(b.measure) ||
      a.unit.localeCompare(b.unit),
  );
}
