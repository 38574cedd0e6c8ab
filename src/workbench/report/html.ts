import type { ReportData } from './data.js';
import { escapeHtml, inlineScriptSource, jsonForScript } from './escape.js';
import { REPORT_CSS } from './style.js';
import { foldedNote } from '../../db/copies.js';
import { countTable, partyTable, phaseTable, targetTable } from './tables.js';

export interface ReportScripts { echarts: string; client: string }

const chartCard = (title: string, id: string, table: string, height?: number): string => `
<div class="card"><h3>${escapeHtml(title)}</h3>
<div class="chart" id="${id}"${height ? ` style="height:${height}px"` : ''}></div>
<details><summary>as a table</summary>${table}</details></div>`;

function overview(data: ReportData): string {
  const t = data.totals;
  const totals = ([['files', t.files], ['articles', t.articles], ['targets', t.targets], ['phases', t.phases], ['parties', t.parties], ['assignments', t.assignments]] as const)
    .map(([name, n]) => `<li><b>${n}</b>${name}</li>`)
    .join('');
  const folded = foldedNote(data.copiesFolded);
  return `<section id="overview"><h2>Overview</h2><ul class="totals">${totals}</ul>${folded ? `<p class="muted">Each article counted once: ${escapeHtml(folded)}.</p>` : ''}<div class="grid">
${chartCard('Articles by province', 'chart-province', countTable(data.byProvince, 'province'))}
${chartCard('Articles by document type', 'chart-doctype', countTable(data.byDocType, 'doc_type'))}
${chartCard('Articles by year', 'chart-year', countTable(data.byYear, 'year'))}
</div></section>`;
}

function indicators(data: ReportData): string {
  const cards = data.indicatorCharts
    .map((c, i) => `<div class="card"><h3>${escapeHtml(c.key)} <span class="muted">(${escapeHtml(c.unit)}, ${c.total} goal targets${c.total > c.points.length ? `, ${c.points.length} highest shown` : ''})</span></h3>
<div class="chart" id="chart-indicator-${i}"></div><div class="evidence" id="evidence-indicator-${i}">Click a bar for its evidence.</div></div>`)
    .join('\n');
  return `<section id="indicators"><h2>Promised values of the most frequent indicators</h2>
<p class="muted">Goal targets that state a level (not an increase), one bar per target, across organizations.</p>
${cards ? `<div class="grid">${cards}</div>` : '<p class="muted">No goal targets in the database.</p>'}</section>`;
}

function timeline(data: ReportData): string {
  const dated = data.phases.filter((p) => p.first && p.last).length;
  const shown = Math.min(dated, 60);
  return `<section id="timeline"><h2>Implementation phases</h2>
<p class="muted">${data.phases.length} phases; ${dated} with both dates${dated > shown ? `, the first ${shown} drawn` : ''}.</p>
<div class="card"><div class="chart" id="chart-timeline" style="height:${Math.max(220, 60 + shown * 24)}px"></div>
<div class="evidence" id="evidence-timeline">Click a bar for its evidence.</div>
<details><summary>all phases with evidence</summary><div class="scroll">${phaseTable(data.phases)}</div></details></div></section>`;
}

function parties(data: ReportData): string {
  return `<section id="parties"><h2>Units and roles with the most assignments</h2>
<div class="card"><div class="chart" id="chart-parties" style="height:${Math.max(200, 40 + data.parties.length * 24)}px"></div>
<div class="evidence" id="evidence-parties">Click a bar for an example with its evidence.</div>
${partyTable(data.parties)}</div></section>`;
}

function targets(data: ReportData): string {
  const omitted = data.targetsOmitted > 0 ? ` The first ${data.targets.length} are listed; \`planmine export --format csv\` has all.` : '';
  return `<section id="targets"><h2>Every target with its evidence</h2>
<p class="muted">${data.totals.targets} targets.${escapeHtml(omitted)} Click a column head to sort; type to keep only rows that contain the words.</p>
<p><input type="search" id="targets-filter" placeholder="filter rows: 优秀率 江苏" aria-label="filter the targets"> <span class="muted" id="targets-shown"></span></p>
<div class="scroll">${targetTable(data.targets)}</div></section>`;
}

/** The whole report as one HTML document: styles, data and scripts inline, nothing fetched. */
export function renderReport(data: ReportData, scripts: ReportScripts): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>planmine report</title><link rel="icon" href="data:,"><style>${REPORT_CSS}</style></head>
<body><header><h1>planmine report</h1>
<p class="muted">School quality plans in the database, generated ${escapeHtml(data.generatedAt)}. Every figure links to the sentence it was read from.</p>
<nav><a href="#overview">overview</a><a href="#indicators">indicators</a><a href="#timeline">phases</a><a href="#parties">responsibilities</a><a href="#targets">all targets</a></nav></header>
<main>${overview(data)}${indicators(data)}${timeline(data)}${parties(data)}${targets(data)}</main>
<footer>Made by planmine. Charts: Apache ECharts (Apache License 2.0), bundled.</footer>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${inlineScriptSource(scripts.echarts)}</script>
<script>${inlineScriptSource(scripts.client)}</script>
</body></html>
`;
}
