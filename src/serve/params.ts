import { parseRelevant, type ArticleFilter } from '../workbench/filters.js';

export type Query = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (a repeated one counts once). */
export function param(query: Query, name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The facets of a URL as the filter the CLI takes; a value that cannot be read narrows nothing. */
export function filterFromQuery(query: Query): ArticleFilter {
  const year = param(query, 'year');
  const relevant = param(query, 'relevant');
  return {
    province: param(query, 'province'),
    type: param(query, 'type'),
    organization: param(query, 'organization'),
    format: param(query, 'format'),
    year: year !== undefined && /^\d{4}$/.test(year) ? Number(year) : undefined,
    relevant: relevant === undefined ? undefined : parseRelevant(relevant),
  };
}

/** The facets set in a URL, as strings, to carry into the next link. */
export function filterParams(query: Query): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FACET_PARAMS) {
    const v = param(query, name);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

export const FACET_PARAMS = ['province', 'type', 'year', 'relevant', 'organization', 'format'] as const;

/** A positive page number from the URL, 1 when absent or unreadable. */
export function pageNumber(query: Query): number {
  const n = Number(param(query, 'page'));
  return Number.isInteger(n) && n > 0 ? n : 1;
}
