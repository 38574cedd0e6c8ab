/** One stylesheet, inlined: the report opens from disk with no network. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2530; --muted: #5b6675; --line: #d9dee5; --accent: #3b6ea8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.55 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #f6f7f9; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
nav a { margin-right: 14px; color: var(--accent); }
.muted { color: var(--muted); }
.totals { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; padding: 0; list-style: none; }
.totals li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; }
.totals b { display: block; font-size: 20px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 16px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px 12px; }
.chart { width: 100%; height: 300px; }
.evidence { min-height: 1.6em; color: var(--muted); font-size: 13px; }
.evidence q { color: var(--ink); }
.tip-evidence { display: inline-block; max-width: 420px; white-space: normal; color: #444; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f5; position: sticky; top: 0; white-space: nowrap; }
/* A linked row stops below the sticky column heads instead of under them. */
tr[id] { scroll-margin-top: 3em; }
tr:target { outline: 2px solid var(--accent); }
#targets th { cursor: pointer; user-select: none; }
#targets th[aria-sort=ascending]::after { content: ' ▲'; }
#targets th[aria-sort=descending]::after { content: ' ▼'; }
#targets-filter { padding: 4px 8px; min-width: 280px; border: 1px solid var(--line); border-radius: 4px; }
td.num { text-align: right; white-space: nowrap; }
td.ev { max-width: 520px; }
tr:target { background: #fff3c4; }
details { margin: 8px 0; }
summary { cursor: pointer; color: var(--accent); }
.scroll { max-height: 640px; overflow: auto; border: 1px solid var(--line); }
footer { max-width: 1200px; margin: 32px auto; padding: 0 24px; color: var(--muted); font-size: 12px; }
`;
