import type { ReadStore } from '../db/store.js';
import { compareTargets, COMPARE_BY, type CompareBy, type CompareResult } from '../workbench/compare.js';
import { formatPromise } from '../workbench/compare-output.js';
import { groupValue } from '../workbench/compare-summary.js';
import { roundForDisplay } from '../workbench/stats.js';
import { htmlTable } from '../workbench/report/tables.js';
import { inlineScriptSource, jsonForScript } from '../workbench/report/escape.js';
import { articleLabel } from '../workbench/report/data.js';
import { articleHref, escapeHtml, href, page } from './html.js';
import { filterFromQuery, filterParams, param, type Query } from './params.js';

/** The indicator words and grouping of a compare URL; none when the box is empty. */
export function compareRequest(query: Query): { words: string[]; by: CompareBy } {
  const by = param(query, 'by');
  return {
    words: (param(query, 'q') ?? '').split(/\s+/).filter(Boolean),
    by: COMPARE_BY.includes(by as CompareBy) ? (by as CompareBy) : 'province',
  };
}

export async function runCompare(db: ReadStore, query: Query): Promise<CompareResult> {
  const { words, by } = compareRequest(query);
  return compareTargets(db, words, { by, filter: filterFromQuery(query) });
}

// Draws one bar per target, grouped as the table is; the data sits in a JSON script element.
const CHART_SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('compare-data').textContent);
  var el = document.getElementById('compare-chart');
  if (!el || data.length === 0) return;
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: '-apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' },
    tooltip: { trigger: 'item', confine: true, formatter: function (p) {
      var d = data[p.dataIndex];
      var esc = function (s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); };
      return '<b>' + esc(d.label) + '</b> (' + esc(d.group) + ')<br>' + esc(d.indicator) + ' ' + esc(d.promise) + '<br>' + esc(d.evidence);
    } },
    grid: { left: 60, right: 20, top: 30, bottom: 120 },
    xAxis: { type: 'category', data: data.map(function (d) { return d.group + ' · ' + d.label; }), axisLabel: { interval: 0, rotate: 35, width: 150, overflow: 'truncate' } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', barMaxWidth: 44, data: data.map(function (d) { return d.value; }), itemStyle: { color: '#c0622f' },
      label: { show: data.length <= 30, position: 'top' } }],
  });
  chart.on('click', function (p) { location.hash = 'target-' + data[p.dataIndex].id; });
  window.addEventListener('resize', function () { chart.resize(); });
})();`;

/** One indicator across schools: a chart, the rows with their evidence, the group summary and a CSV link. */
export async function comparePage(db: ReadStore, query: Query, echarts: string): Promise<string> {
  const { words, by } = compareRequest(query);
  const q = words.join(' ');
  const options = COMPARE_BY.map((b) => `<option value="${b}"${b === by ? ' selected' : ''}>${b}</option>`).join('');
  const form = `<form action="/compare" method="get"><input type="text" name="q" value="${escapeHtml(q)}" placeholder="indicator words, e.g. 体质健康 优秀率"> by <select name="by">${options}</select> <button>compare</button></form>`;
  if (words.length === 0) return page({ title: 'compare' }, `<h1>Compare one indicator across schools</h1>${form}<p class="muted">Targets match when every word occurs in their indicator (体质健康 优秀率, 巩固率, 近视率).</p>`);
  const result = await runCompare(db, query);
  const csvHref = href('/compare.csv', { ...filterParams(query), q, by });
  const bars = result.rows.map((r) => ({ id: r.target_id, group: groupValue(r, by), label: articleLabel(r), indicator: r.indicator, promise: formatPromise(r), value: r.value, evidence: r.evidence }));
  const rows = htmlTable(result.rows, [
    { head: by, cell: (r) => groupValue(r, by) },
    { head: 'article', cell: (r) => r.doc },
    { head: 'organization', cell: (r) => articleLabel(r) },
    { head: 'indicator', cell: (r) => r.indicator },
    { head: 'kind', cell: (r) => r.kind },
    { head: 'value', cell: (r) => formatPromise(r), className: 'num' },
    { head: 'year', cell: (r) => r.year, className: 'num' },
    { head: 'evidence', cell: (r) => r.evidence },
  ], (r) => `target-${r.target_id}`);
  // Article ids become links once the table is escaped: ids are plain text, their link is the article page.
  const linked = result.rows.reduce((html, r) => html.replace(`<tr id="target-${r.target_id}"><td>${escapeHtml(groupValue(r, by))}</td><td>${escapeHtml(r.doc)}</td>`,
    `<tr id="target-${r.target_id}"><td>${escapeHtml(groupValue(r, by))}</td><td><a href="${escapeHtml(articleHref(r.doc))}">${escapeHtml(r.doc)}</a></td>`), rows);
  const summary = htmlTable(result.summary, [
    { head: by, cell: (g) => g.group },
    { head: 'indicator key', cell: (g) => g.indicator_key },
    { head: 'kind', cell: (g) => g.kind },
    { head: 'measure', cell: (g) => g.measure },
    { head: 'unit', cell: (g) => g.unit },
    { head: 'count', cell: (g) => g.count, className: 'num' },
    { head: 'articles', cell: (g) => g.articles, className: 'num' },
    { head: 'min', cell: (g) => roundForDisplay(g.min), className: 'num' },
    { head: 'median', cell: (g) => roundForDisplay(g.median), className: 'num' },
    { head: 'max', cell: (g) => roundForDisplay(g.max), className: 'num' },
  ]);
  return page(
    { title: `compare: ${q}`, scripts: [inlineScriptSource(echarts), CHART_SCRIPT] },
    `<h1>Compare <span class="muted">${escapeHtml(q)}</span> by ${escapeHtml(by)}</h1>${form}
<p><span id="compare-count">${result.rows.length} targets</span> · <a id="compare-csv" href="${escapeHtml(csvHref)}" download>download CSV</a> <span class="muted">(UTF-8 with BOM, opens in Excel)</span></p>
${result.rows.length > 0 ? '<div class="chart" id="compare-chart"></div>' : ''}
<h2>Summary</h2>${summary}<h2>Targets</h2>${linked}
<script type="application/json" id="compare-data">${jsonForScript(bars)}</script>`,
  );
}
