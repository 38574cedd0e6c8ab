import type { Store } from '../db/store.js';
import { PlanmineError } from '../errors.js';
import { articleHref, escapeHtml, page } from './html.js';
import { pagerHtml } from './articles-page.js';
import { filterFromQuery, filterParams, pageNumber, param, type Query } from './params.js';

const PAGE_SIZE = 20;

/** Full-text hits with their words marked, the total, and paging that keeps the query and facets. */
export async function searchPage(store: Pick<Store, 'search'>, query: Query): Promise<string> {
  const q = (param(query, 'q') ?? '').trim();
  if (q === '') return page({ title: 'search' }, '<h1>Search</h1><p class="muted">Type words in the box above: all must occur; <code>OR</code> between alternatives; <code>-word</code> leaves out sentences with it. Traditional characters find simplified text.</p>');
  const pageNo = pageNumber(query);
  let result;
  try {
    result = await store.search(q, { limit: PAGE_SIZE, offset: (pageNo - 1) * PAGE_SIZE, filter: filterFromQuery(query) });
  } catch (err) {
    // A query with nothing to find is the reader's slip: say so on the page.
    if (err instanceof PlanmineError) return page({ title: 'search', q }, `<h1>Search</h1><p class="error">${escapeHtml(err.message)}</p>`);
    throw err;
  }
  const hits = result.hits.map((h) => {
    const snippet = h.snippet.map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
    return `<div class="hit"><a href="${escapeHtml(articleHref(h.doc))}">${escapeHtml(h.title ?? '(untitled)')}</a> <span class="muted">${escapeHtml(h.doc)} · ${escapeHtml(h.sectionPath)}</span><div class="snippet">${snippet}</div></div>`;
  });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  return page(
    { title: `search: ${q}`, q },
    `<h1>Search <span class="muted">${escapeHtml(q)}</span></h1>
<p id="hit-count">${result.total} ${result.total === 1 ? 'sentence' : 'sentences'} found</p>
${hits.join('\n')}${pages > 1 ? pagerHtml('/search', { ...filterParams(query), q }, pageNo, pages) : ''}`,
  );
}
