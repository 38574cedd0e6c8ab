import type { ReadStore } from '../db/store.js';
import { formatPromise } from '../workbench/compare-output.js';
import { loadArticle, periodOf, relevanceOf, type ArticleView } from '../workbench/article.js';
import { htmlTable } from '../workbench/report/tables.js';
import { escapeHtml, href, page } from './html.js';
import { markedText, type Span } from './marked-text.js';

const backLink = (key: string): string => `<a href="#m-${key}" title="show in the text">↑</a>`;

function facts(a: ArticleView): string {
  const rows: [string, string, string | undefined][] = [
    ['title', a.title ?? '', undefined],
    ['organization', a.organization ?? '', a.organization ? href('/articles', { organization: a.organization }) : undefined],
    ['province', a.province ?? '', a.province ? href('/articles', { province: a.province }) : undefined],
    ['date', a.date ?? '', undefined],
    ['period', periodOf(a) ?? '', undefined],
    ['type', a.docType ?? '', a.docType ? href('/articles', { type: a.docType }) : undefined],
    ['relevant', relevanceOf(a.relevant), undefined],
    ['script', a.script ?? '', undefined],
    ['source file', a.path, undefined],
    ['format', a.format ?? 'unknown', undefined],
  ];
  return `<dl class="facts">${rows.map(([k, v, link]) => `<dt>${k}</dt><dd${k === 'source file' ? ' id="source-path"' : k === 'format' ? ' id="source-format"' : ''}>${link ? `<a href="${escapeHtml(link)}">${escapeHtml(v)}</a>` : escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function headingTree(a: ArticleView): string {
  if (a.headings.length === 0) return '<p class="muted">No headings found.</p>';
  return `<ul class="toc">${a.headings.map((h, i) => `<li style="padding-left:${(h.level - 1) * 16}px"><a href="#h-${i}">${escapeHtml(`${h.numbering ? h.numbering + ' ' : ''}${h.title}`)}</a></li>`).join('')}</ul>`;
}

/** One article: facts, heading tree, the text with every record marked, and the records' tables beside it. */
export async function articlePage(db: ReadStore, doc: string): Promise<string> {
  const a = await loadArticle(db, doc);
  const spans: Span[] = [
    ...a.targets.map((t) => ({ key: `target-${t.id}`, kind: 'target' as const, start: t.start, end: t.end, title: `target: ${t.indicator} ${formatPromise(t)}` })),
    ...a.phases.map((p) => ({ key: `phase-${p.id}`, kind: 'phase' as const, start: p.start, end: p.end, title: `phase ${p.ordinal}: ${p.name}` })),
    ...a.parties.map((p) => ({ key: `party-${p.id}`, kind: 'party' as const, start: p.start, end: p.end, title: `party: ${p.name}` })),
  ];
  const text = markedText(a.text, spans, a.headings.map((h, i) => ({ id: `h-${i}`, at: h.start })));
  const targets = htmlTable(a.targets, [
    { head: '', cell: () => '' },
    { head: 'indicator', cell: (t) => t.indicator },
    { head: 'kind', cell: (t) => t.kind },
    { head: 'value', cell: (t) => formatPromise(t), className: 'num' },
    { head: 'year', cell: (t) => t.year, className: 'num' },
  ], (t) => `target-${t.id}`);
  const phases = htmlTable(a.phases, [
    { head: '', cell: () => '' },
    { head: '#', cell: (p) => p.ordinal, className: 'num' },
    { head: 'phase', cell: (p) => p.name },
    { head: 'start', cell: (p) => p.start_date },
    { head: 'end', cell: (p) => p.end_date },
  ], (p) => `phase-${p.id}`);
  const parties = htmlTable(a.parties, [
    { head: '', cell: () => '' },
    { head: 'name', cell: (p) => p.name },
    { head: 'kind', cell: (p) => p.kind },
    { head: 'role', cell: (p) => p.role },
    { head: 'group', cell: (p) => p.group_name },
  ], (p) => `party-${p.id}`);
  // htmlTable escapes every cell; the empty first cell of each row gets its link back into the text here.
  const withBackLinks = (table: string): string => table.replace(/<tr id="([a-z]+-\d+)"><td><\/td>/g, (_m, key: string) => `<tr id="${key}"><td>${backLink(key)}</td>`);
  const title = a.title ?? a.doc;
  return page(
    { title },
    `<p class="muted"><a href="/articles">articles</a> / ${escapeHtml(a.doc)}</p><h1>${escapeHtml(title)}</h1>${facts(a)}
<div class="article"><div><h2>Headings</h2>${headingTree(a)}<h2>Text <span class="muted">(<mark class="target">targets</mark> <mark class="phase">phases</mark> <mark class="party">parties</mark>)</span></h2>
<div class="text" id="text">${text}</div></div>
<aside class="records"><h2 id="targets">Targets (${a.targets.length})</h2>${withBackLinks(targets)}
<h2 id="phases">Phases (${a.phases.length})</h2>${withBackLinks(phases)}
<h2 id="parties">Parties (${a.parties.length})</h2>${withBackLinks(parties)}</aside></div>`,
  );
}
