import { formatTable } from '../format/table.js';
import { formatPromise } from './compare-output.js';
import { periodOf, relevanceOf, type ArticleView } from './article.js';

/** One article for a terminal: its facts, heading tree, then each kind of record with its evidence. */
export function articleAsText(a: ArticleView, width: number): string {
  const facts: [string, string | number | null][] = [
    ['doc', a.doc], ['title', a.title], ['organization', a.organization], ['province', a.province], ['date', a.date],
    ['period', periodOf(a)], ['type', a.docType], ['relevant', relevanceOf(a.relevant)], ['script', a.script],
    ['file', `${a.path} (${a.format ?? 'unknown format'})`], ['characters', [...a.text].length],
  ];
  const headings = a.headings.map((h) => `${'  '.repeat(Math.max(0, h.level - 1))}${h.numbering ? h.numbering + ' ' : ''}${h.title}`);
  const section = (name: string, count: number, body: string): string => `\n${name} (${count}):\n${count === 0 ? '  none' : body}`;
  return [
    facts.map(([k, v]) => `${k.padEnd(13)}${v ?? ''}`).join('\n'),
    section('headings', headings.length, headings.map((h) => '  ' + h).join('\n')),
    section('targets', a.targets.length, formatTable(a.targets.map((t) => ({ indicator: t.indicator, kind: t.kind, value: formatPromise(t), year: t.year, evidence: t.evidence })), width)),
    section('phases', a.phases.length, formatTable(a.phases.map((p) => ({ '#': p.ordinal, phase: p.name, start: p.start_date, end: p.end_date, evidence: p.evidence })), width)),
    section('parties', a.parties.length, formatTable(a.parties.map((p) => ({ name: p.name, kind: p.kind, role: p.role, group: p.group_name, evidence: p.evidence })), width)),
    section('assignments', a.assignments.length, formatTable(a.assignments.map((x) => ({ party: x.party, task: x.task, deadline: x.deadline, evidence: x.evidence })), width)),
  ].join('\n');
}
