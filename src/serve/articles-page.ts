import type { SqlValue } from '../db/connection.js';
import type { ReadStore } from '../db/store.js';
import { ARTICLE_YEAR_SQL, articleWhere } from '../workbench/filters.js';
import { articleHref, escapeHtml, href, page } from './html.js';
import { FACET_PARAMS, filterFromQuery, filterParams, pageNumber, type Query } from './params.js';

const PAGE_SIZE = 50;

/** Each facet: its URL parameter, its label and the SQL value an article has for it. */
const FACETS: { param: (typeof FACET_PARAMS)[number]; label: string; sql: string }[] = [
  { param: 'province', label: 'province', sql: "COALESCE(d.province, '')" },
  { param: 'type', label: 'document type', sql: "COALESCE(d.doc_type, '')" },
  { param: 'year', label: 'year (period)', sql: `COALESCE(CAST(${ARTICLE_YEAR_SQL} AS TEXT), '')` },
  { param: 'relevant', label: 'relevant', sql: "CASE COALESCE(d.relevant, 1) WHEN 1 THEN 'yes' ELSE 'no' END" },
  { param: 'format', label: 'format', sql: "COALESCE((SELECT format FROM files WHERE id = d.file_id), '')" },
  { param: 'organization', label: 'organization', sql: "COALESCE(d.organization, '')" },
];

interface ListRow { doc: string; title: string | null; organization: string | null; province: string | null; year: number | null; doc_type: string | null; targets: number }

const label = (value: string): string => (value === '' ? '(unknown)' : value);

/** The article list with facet counts under the current filter; every link is a bookmarkable URL. */
export async function articlesPage(db: ReadStore, query: Query): Promise<string> {
  const filter = filterFromQuery(query);
  const current = filterParams(query);
  const where = articleWhere(filter, false);
  const total = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM documents d WHERE ${where.sql}`, where.params))!.n;
  const pageNo = pageNumber(query);
  const rows = await db.all<ListRow>(
    `SELECT d.doc, d.title, d.organization, d.province, ${ARTICLE_YEAR_SQL} AS year, d.doc_type,
            (SELECT count(*) FROM targets t WHERE t.document_id = d.id) AS targets
     FROM documents d WHERE ${where.sql} ORDER BY d.doc, d.id LIMIT ? OFFSET ?`,
    [...where.params, PAGE_SIZE, (pageNo - 1) * PAGE_SIZE] as SqlValue[],
  );
  const facets: string[] = [];
  for (const facet of FACETS) {
    const counts = await db.all<{ value: string; n: number }>(
      `SELECT ${facet.sql} AS value, count(*) AS n FROM documents d WHERE ${where.sql} GROUP BY 1 ORDER BY n DESC, value LIMIT 30`,
      where.params,
    );
    const items = counts.map((c) => {
      const active = current[facet.param] === c.value;
      const link = href('/articles', { ...current, [facet.param]: c.value, page: undefined });
      return `<li${active ? ' class="active"' : ''}><a href="${escapeHtml(link)}">${escapeHtml(label(c.value))}</a><span class="muted">${c.n}</span></li>`;
    });
    facets.push(`<section data-facet="${facet.param}"><h3>${escapeHtml(facet.label)}</h3><ul>${items.join('')}</ul></section>`);
  }
  const chips = Object.entries(current).map(([name, value]) => {
    const without = { ...current };
    delete without[name];
    return `<a href="${escapeHtml(href('/articles', without))}" title="remove this filter">${escapeHtml(name)}: ${escapeHtml(label(value))} ×</a>`;
  });
  const list = rows.length === 0
    ? '<p class="muted">No article matches these filters.</p>'
    : `<table id="article-list"><thead><tr><th>article</th><th>title</th><th>organization</th><th>province</th><th>year</th><th>type</th><th>targets</th></tr></thead><tbody>
${rows.map((r) => `<tr><td><a href="${escapeHtml(articleHref(r.doc))}">${escapeHtml(r.doc)}</a></td><td>${escapeHtml(r.title)}</td><td>${escapeHtml(r.organization)}</td><td>${escapeHtml(r.province)}</td><td class="num">${escapeHtml(r.year)}</td><td>${escapeHtml(r.doc_type)}</td><td class="num">${r.targets}</td></tr>`).join('\n')}
</tbody></table>`;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pager = pages > 1 ? pagerHtml('/articles', current, pageNo, pages) : '';
  return page(
    { title: 'articles' },
    `<div class="layout"><aside class="facets">${facets.join('\n')}</aside>
<div><h1>Articles <span class="muted" id="article-count">${total}</span></h1>
<div class="chips">${chips.join('')}</div>${list}${pager}</div></div>`,
  );
}

/** Previous/next links that keep every other parameter. */
export function pagerHtml(path: string, params: Record<string, string>, pageNo: number, pages: number): string {
  const prev = pageNo > 1 ? `<a rel="prev" href="${escapeHtml(href(path, { ...params, page: pageNo - 1 }))}">← previous</a>` : '';
  const next = pageNo < pages ? `<a rel="next" href="${escapeHtml(href(path, { ...params, page: pageNo + 1 }))}">next →</a>` : '';
  return `<p class="pager">${prev}<span>page ${pageNo} of ${pages}</span>${next}</p>`;
}
