// The pages' frame: one inline stylesheet, a sticky header with the search box, nothing fetched.
import { escapeHtml } from '../workbench/report/escape.js';

export { escapeHtml };

/** A URL with its query string; empty values are kept only when `keepEmpty` (an unknown province is ''). */
export function href(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, String(v));
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

/** The path of one article's page: ids can hold `/` and `#`, so they are encoded as one segment. */
export const articleHref = (doc: string): string => `/articles/${encodeURIComponent(doc)}`;

// No system-ui: on Linux it can name a face whose fallback for Han characters draws boxes.
const CSS = `
:root { color-scheme: light; --ink: #1d2530; --muted: #5b6675; --line: #d9dee5; --accent: #3b6ea8; --header: 56px; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #f6f7f9; }
header.top { position: sticky; top: 0; z-index: 10; height: var(--header); display: flex; align-items: center; gap: 18px; padding: 0 24px; background: #fff; border-bottom: 1px solid var(--line); }
header.top b { font-size: 17px; }
header.top a { color: var(--accent); text-decoration: none; }
header.top form { margin-left: auto; }
main { padding: 16px 24px 40px; max-width: 1500px; margin: 0 auto; }
/* Anchored rows and marks stop below the sticky header instead of under it. */
[id] { scroll-margin-top: calc(var(--header) + 12px); }
h1 { font-size: 21px; margin: 4px 0 8px; }
h2 { font-size: 16px; margin: 18px 0 6px; }
a { color: var(--accent); }
.muted { color: var(--muted); }
input[type=search], input[type=text] { padding: 5px 8px; border: 1px solid var(--line); border-radius: 4px; min-width: 260px; font: inherit; }
button, select { font: inherit; padding: 4px 10px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 7px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.num { text-align: right; white-space: nowrap; }
.layout { display: grid; grid-template-columns: 230px 1fr; gap: 20px; }
.facets h3 { font-size: 13px; margin: 14px 0 4px; text-transform: uppercase; color: var(--muted); }
.facets ul { list-style: none; margin: 0; padding: 0; }
.facets li { display: flex; justify-content: space-between; gap: 6px; }
.facets li.active { font-weight: bold; }
.chips a { display: inline-block; margin: 0 6px 6px 0; padding: 1px 8px; border-radius: 10px; background: #e3ebf5; text-decoration: none; }
.article { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 20px; align-items: start; }
.text { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; white-space: pre-wrap; line-height: 1.9; }
.records { position: sticky; top: calc(var(--header) + 10px); max-height: calc(100vh - var(--header) - 20px); overflow: auto; }
mark { padding: 0 1px; border-radius: 2px; }
mark a { color: inherit; text-decoration: none; }
mark.target { background: #ffe08a; }
mark.phase { background: #bfe3c6; }
mark.party { background: #cfdcf5; }
mark.target.party, mark.target.phase { background: linear-gradient(#ffe08a 60%, #cfdcf5 60%); }
tr:target { outline: 2px solid var(--accent); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0 14px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.toc { margin: 0 0 12px; padding-left: 0; list-style: none; }
.toc li { margin: 1px 0; }
.hit { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.hit mark { background: #ffe08a; }
.pager a, .pager span { margin-right: 12px; }
.chart { width: 100%; height: 380px; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
.error { background: #fff3f0; border: 1px solid #e7b4a8; padding: 8px 12px; border-radius: 6px; }
`;

export interface PageOptions { title: string; q?: string; scripts?: string[] }

/** A whole page; `body` is HTML the caller has escaped. */
export function page(options: PageOptions, body: string): string {
  const scripts = (options.scripts ?? []).map((s) => `<script>${s}</script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} · planmine</title><link rel="icon" href="data:,"><style>${CSS}</style></head>
<body><header class="top"><b>planmine</b><a href="/articles">articles</a><a href="/compare">compare</a>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${escapeHtml(options.q ?? '')}" placeholder="search: 体质健康 OR 近视率 -幼儿园"> <button>search</button></form></header>
<main>${body}</main>
${scripts}
</body></html>
`;
}
