// Held-out check: six hand-written articles nobody tuned the extractors on, scored against their
// hand-made gold with the matching rules of the benchmark (GUIDE.md), plus the general rules the
// first held-out run showed missing, each on sentences written for this test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocumentFacts } from '../extractors/document/index.js';
import { partiesExtractor } from '../extractors/parties/index.js';
import { targetsExtractor } from '../extractors/targets/index.js';
import { jsonlRecords } from '../src/db/export-jsonl.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';
import type { Article } from '../src/types.js';
import { contains, norm, overlap } from './helpers/bench-match.js';
import { freshDatabase, ingestInline } from './helpers/db.js';

type Row = Record<string, unknown>;
const FIXTURES = join(import.meta.dirname, 'fixtures', 'heldout');

// ---- a small scorer following score.mjs: same pairing rules, F1 per record type ----

const UNIT: Record<string, string> = { 名: '人', '㎡': '平方米', m2: '平方米' };
const unitOf = (u: unknown) => UNIT[norm(u)] ?? norm(u);

/** Size of a maximum one-to-one pairing of gold and predicted records (augmenting paths). */
function maxPairs(golds: Row[], preds: Row[], ok: (g: Row, p: Row) => boolean): number {
  const owner = new Array<number>(preds.length).fill(-1);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < preds.length; j++) {
      if (seen[j] || !ok(golds[i]!, preds[j]!)) continue;
      seen[j] = true;
      if (owner[j]! < 0 || assign(owner[j]!, seen)) return (owner[j] = i), true;
    }
    return false;
  };
  return golds.filter((_, i) => assign(i, new Array<boolean>(preds.length).fill(false))).length;
}

const PAIRS: Record<string, (g: Row, p: Row) => boolean> = {
  document: (g, p) => g.doc === p.doc,
  heading: (g, p) => g.level === p.level && overlap(g.text, p.text) >= 0.8,
  target: (g, p) =>
    unitOf(g.unit) === unitOf(p.unit) && typeof p.value === 'number' && Math.abs((g.value as number) - p.value) <= 0.01 + 1e-6 * Math.abs(p.value) && norm(p.evidence).includes(norm(g.anchor)),
  phase: (g, p) => g.order === p.order && (overlap(g.name, p.name) >= 0.6 || contains(g.name, p.name)),
  party: (g, p) => norm(g.name) === norm(p.name) || contains(g.name, p.name),
};

function f1(gold: Row[], pred: Row[], type: string): number {
  const docs = new Set([...gold, ...pred].filter((r) => r.type === type).map((r) => String(r.doc)));
  let [nGold, nPred, nMatch] = [0, 0, 0];
  for (const doc of docs) {
    const gs = gold.filter((r) => r.type === type && r.doc === doc);
    const ps = pred.filter((r) => r.type === type && r.doc === doc);
    nGold += gs.length;
    nPred += ps.length;
    nMatch += maxPairs(gs, ps, PAIRS[type]!);
  }
  const [p, r] = [nPred ? nMatch / nPred : 0, nGold ? nMatch / nGold : 0];
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Share of gold documents whose field the export gives as the gold does (score.mjs's document rules). */
function documentFieldAccuracy(gold: Row[], pred: Row[]): number {
  const docs = gold.filter((r) => r.type === 'document');
  const fields = ['title', 'organization', 'province', 'date', 'period_start', 'period_end', 'doc_type', 'relevant', 'script'];
  let agree = 0;
  for (const g of docs) {
    const p = pred.find((r) => r.type === 'document' && r.doc === g.doc);
    if (!p) continue;
    for (const f of fields) {
      if (f === 'title') agree += overlap(g.title, p.title) >= 0.8 ? 1 : 0;
      else if (f === 'organization') agree += (g.organization == null ? p.organization == null : contains(g.organization, p.organization) || norm(g.organization) === norm(p.organization)) ? 1 : 0;
      else agree += (g[f] ?? null) === (p[f] ?? null) ? 1 : 0;
    }
  }
  return agree / (docs.length * fields.length);
}

describe('held-out articles against their hand-made gold', async () => {
  const gold = readFileSync(join(FIXTURES, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const { db } = await freshDatabase();
  await ingestInline(db, [join(FIXTURES, 'txt')]);
  const pred: Row[] = [];
  for await (const row of jsonlRecords(db)) pred.push(row);
  await db.close();

  // Floors a little under what the extractors reach (see the commit that set them): a drop means
  // a rule stopped generalizing.
  it.each([
    ['heading', 0.95],
    ['target', 0.93],
    ['phase', 0.95],
    ['party', 0.9],
    ['document', 0.98],
  ])('%s F1 stays at or above %f', (type, floor) => {
    expect(f1(gold, pred, type)).toBeGreaterThanOrEqual(floor);
  });

  it('document fields mostly agree with the gold', () => {
    expect(documentFieldAccuracy(gold, pred)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every article and only them, the compilation split in two', () => {
    const docs = pred.filter((r) => r.type === 'document').map((r) => r.doc).sort();
    expect(docs).toEqual(gold.filter((r) => r.type === 'document').map((r) => r.doc).sort());
  });
});

// ---- the general rules the held-out run called for, on sentences of their own ----

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };
function articleOf(raw: string): Article {
  const n = normalizeText(raw);
  return buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script })[0]!;
}
const targets = (raw: string) => targetsExtractor.extract(articleOf(raw), { segmenter }).records;
const parties = (raw: string) => partiesExtractor.extract(articleOf(raw), { segmenter }).records.filter((r) => r.type === 'party');

describe('rules the held-out check called for', () => {
  it('累计 in a plan sums up a promised figure: the goal keeps its due year', () => {
    const found = targets('某镇中学办学条件改善三年计划\n一、工作目标\n到2028年,新建塑胶跑道不少于2条,累计投入维修资金350万元。');
    const money = found.find((t) => t.unit === '万元');
    expect(money).toMatchObject({ value: 350, kind: 'goal', year: 2028 });
  });

  it('百分之百 is 100 percent', () => {
    const found = targets('某小学教师培训计划\n全体教师继续教育学分登记率达百分之百。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 100, unit: '%', comparator: 'ge' });
  });

  it('positions seated in a group (局长任组长, 各科室负责人为成员) are its roles', () => {
    const found = parties('某县学前教育普及工作方案\n成立某县学前教育普及工作领导小组,局长任组长,分管副局长任副组长,各科室负责人为成员。');
    const byName = new Map(found.map((p) => [p.name, p]));
    expect(byName.get('局长')).toMatchObject({ kind: 'role', role: '组长' });
    expect(byName.get('分管副局长')).toMatchObject({ kind: 'role', role: '副组长' });
    expect(byName.get('科室负责人')).toMatchObject({ kind: 'role', role: '成员' });
    expect(byName.get('局长')?.group).toMatch(/领导小组$/);
  });

  it('a bureau or hospital section that acts is an org; the one housing an office too', () => {
    const found = parties('某县教研工作方案\n领导小组办公室设在人事股。督导科负责过程检查,护理部负责培训考核。').map((p) => p.name);
    expect(found).toEqual(expect.arrayContaining(['人事股', '督导科', '护理部']));
  });

  it('a population whose share is measured is not charged with anything', () => {
    const found = parties('某中学教师发展规划\n到2027年,专任教师研究生学历比例达到12%。').map((p) => p.name);
    expect(found).not.toContain('专任教师');
  });

  it('a kind of school in a paper title is no organization; a hospital signing its plan is', () => {
    const paper = extractDocumentFacts(articleOf('城乡结合部农村小学阅读教学的实践研究\n摘要:本文探讨阅读教学。\n关键词:阅读;农村\n一、研究背景\n阅读是学习的基础。'), { segmenter });
    expect(paper.organization).toBeNull();
    const hospital = extractDocumentFacts(articleOf('某县中医院护理质量提升活动方案\n一、工作目标\n患者满意度达到95%。\n某县中医院\n2022年5月6日'), { segmenter });
    expect(hospital.organization).toMatch(/中医院$/);
  });
});
