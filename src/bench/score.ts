// The benchmark's scorer as a library: the pairing rules of ../shared/bench/score.mjs (GUIDE.md,
// "How score.mjs matches"), kept rule for rule so `npm run accuracy` and the tests give the
// figures score.mjs would print. score.mjs sits outside the repository, so it is mirrored, not imported.

export type Row = Record<string, unknown>;

export interface TypeScore {
  gold: number;
  pred: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Among matched pairs, the share agreeing on each field (documents: among gold documents). */
  accuracy: Record<string, number>;
}

export interface DocumentScore extends TypeScore {
  field_mean: number;
}

export interface Report {
  documents: DocumentScore;
  heading: TypeScore;
  target: TypeScore;
  phase: TypeScore;
  party: TypeScore;
  /** Targets split by unit, pairing only (score.mjs reports no agreement fields for them). */
  'target%': SplitScore;
  'target-other': SplitScore;
}

export type SplitScore = Omit<TypeScore, 'accuracy'>;

export class JsonlError extends Error {
  override readonly name = 'JsonlError';
  constructor(readonly source: string, readonly line: number, reason: string) {
    super(`${source}:${line}: not JSON: ${reason}`);
  }
}

/** One record per non-blank line; a bad line is named by its source and number. */
export function parseJsonl(text: string, source = 'jsonl'): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      rows.push(JSON.parse(line) as Row);
    } catch (err) {
      throw new JsonlError(source, i + 1, (err as Error).message);
    }
  });
  return rows;
}

export const norm = (s: unknown): string => (s == null ? '' : String(s).normalize('NFKC').replace(/[\s\u3000]+/g, ''));

const UNIT: Record<string, string> = { 名: '人', '㎡': '平方米', 'm²': '平方米', m2: '平方米', percent: '%', '％': '%' };
export const unitOf = (u: unknown): string => {
  const n = norm(u);
  return UNIT[n] ?? n;
};

/** Character-multiset F1 of two strings. */
export function overlap(a: unknown, b: unknown): number {
  const [x, y] = [norm(a), norm(b)];
  if (!x && !y) return 1;
  if (!x || !y) return 0;
  const count = new Map<string, number>();
  for (const ch of x) count.set(ch, (count.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of y) {
    const c = count.get(ch) ?? 0;
    if (c > 0) {
      common++;
      count.set(ch, c - 1);
    }
  }
  return (2 * common) / ([...x].length + [...y].length);
}

/** Either string holds the other, the shorter being at least two characters. */
export function contains(a: unknown, b: unknown): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short);
}

const same = (a: unknown, b: unknown): boolean => norm(a) === norm(b);
const PROVINCE_SUFFIX = /(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;
const province = (p: unknown): string => norm(p).replace(PROVINCE_SUFFIX, '');

type Pairs = [Row, Row][];
type Ok = (g: Row, p: Row) => boolean;

/**
 * A maximum one-to-one pairing of gold and predicted records (augmenting paths). Where `best` is
 * given, pairs that also satisfy it are matched first, so identical anchors pair with their own record.
 */
export function match(golds: Row[], preds: Row[], ok: Ok, best?: Ok): Pairs {
  if (best) {
    const first = match(golds, preds, (g, p) => ok(g, p) && best(g, p));
    const usedG = new Set(first.map(([g]) => g));
    const usedP = new Set(first.map(([, p]) => p));
    return first.concat(match(golds.filter((g) => !usedG.has(g)), preds.filter((p) => !usedP.has(p)), ok));
  }
  const edges = golds.map((g) => preds.flatMap((p, j) => (ok(g, p) ? [j] : [])));
  const owner = new Array<number>(preds.length).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const held = owner[j]!;
      if (held < 0 || tryAssign(held, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  golds.forEach((_, i) => tryAssign(i, new Array<boolean>(preds.length).fill(false)));
  const pairs: Pairs = [];
  owner.forEach((i, j) => {
    if (i >= 0) pairs.push([golds[i]!, preds[j]!]);
  });
  return pairs;
}

export const prf = (matched: number, nGold: number, nPred: number): Pick<TypeScore, 'precision' | 'recall' | 'f1'> => {
  const precision = nPred ? matched / nPred : 0;
  const recall = nGold ? matched / nGold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

function byDoc(rows: Row[], keep: (r: Row) => boolean): Map<unknown, Row[]> {
  const m = new Map<unknown, Row[]>();
  for (const r of rows) {
    if (!keep(r)) continue;
    const list = m.get(r.doc) ?? [];
    list.push(r);
    m.set(r.doc, list);
  }
  return m;
}

/** A problem found while scoring, for `--verbose`-style listings. */
export type Miss = string;

function scoreType(gold: Row[], pred: Row[], keep: (r: Row) => boolean, ok: Ok, fields: Record<string, Ok>, best: Ok | undefined, misses?: Miss[]): TypeScore {
  const g = byDoc(gold, keep);
  const p = byDoc(pred, keep);
  let [nGold, nPred, nMatch] = [0, 0, 0];
  const agree = Object.fromEntries(Object.keys(fields).map((k) => [k, 0]));
  for (const doc of new Set([...g.keys(), ...p.keys()])) {
    const gs = g.get(doc) ?? [];
    const ps = p.get(doc) ?? [];
    nGold += gs.length;
    nPred += ps.length;
    const pairs = match(gs, ps, ok, best);
    nMatch += pairs.length;
    for (const [a, b] of pairs) for (const [k, f] of Object.entries(fields)) if (f(a, b)) agree[k]!++;
    if (misses) {
      const hitG = new Set(pairs.map(([a]) => a));
      const hitP = new Set(pairs.map(([, b]) => b));
      for (const a of gs) if (!hitG.has(a)) misses.push(`missed   ${String(a.type)} ${String(doc)} ${JSON.stringify(a)}`);
      for (const b of ps) if (!hitP.has(b)) misses.push(`spurious ${String(b.type)} ${String(doc)} ${JSON.stringify(b)}`);
      for (const [a, b] of pairs)
        for (const [k, f] of Object.entries(fields))
          if (!f(a, b)) misses.push(`wrong    ${String(a.type)}.${k} ${String(doc)} gold=${JSON.stringify(a[k])} got=${JSON.stringify(b[k])} (${String(a.anchor ?? a.name ?? a.text ?? '')})`);
    }
  }
  const accuracy = Object.fromEntries(Object.entries(agree).map(([k, v]) => [k, nMatch ? v / nMatch : 0]));
  return { gold: nGold, pred: nPred, matched: nMatch, ...prf(nMatch, nGold, nPred), accuracy };
}

export const DOCUMENT_FIELDS: Record<string, Ok> = {
  title: (a, b) => overlap(a.title, b.title) >= 0.8,
  organization: (a, b) => (a.organization == null ? b.organization == null : contains(a.organization, b.organization) || same(a.organization, b.organization)),
  province: (a, b) => province(a.province) === province(b.province),
  date: (a, b) => norm(a.date) === norm(b.date),
  period_start: (a, b) => (a.period_start ?? null) === (b.period_start ?? null),
  period_end: (a, b) => (a.period_end ?? null) === (b.period_end ?? null),
  doc_type: (a, b) => a.doc_type === b.doc_type,
  relevant: (a, b) => a.relevant === b.relevant,
  script: (a, b) => a.script === b.script,
};

function scoreDocuments(gold: Row[], pred: Row[], misses?: Miss[]): DocumentScore {
  const predDocs = new Map(pred.filter((r) => r.type === 'document').map((r) => [r.doc, r]));
  const goldRows = gold.filter((r) => r.type === 'document');
  const goldDocs = new Set(goldRows.map((r) => r.doc));
  const agree = Object.fromEntries(Object.keys(DOCUMENT_FIELDS).map((k) => [k, 0]));
  let found = 0;
  for (const g of goldRows) {
    const p = predDocs.get(g.doc);
    if (!p) {
      misses?.push(`missed   document ${String(g.doc)}`);
      continue;
    }
    found++;
    for (const [k, f] of Object.entries(DOCUMENT_FIELDS)) {
      if (f(g, p)) agree[k]!++;
      else misses?.push(`wrong    document.${k} ${String(g.doc)} gold=${JSON.stringify(g[k])} got=${JSON.stringify(p[k])}`);
    }
  }
  for (const d of predDocs.keys()) if (!goldDocs.has(d)) misses?.push(`spurious document ${String(d)}`);
  const nGold = goldDocs.size;
  const accuracy = Object.fromEntries(Object.entries(agree).map(([k, v]) => [k, nGold ? v / nGold : 0]));
  const values = Object.values(accuracy);
  const field_mean = values.reduce((s, v) => s + v, 0) / values.length;
  return { gold: nGold, pred: predDocs.size, matched: found, ...prf(found, nGold, predDocs.size), accuracy, field_mean };
}

const isType = (type: string) => (r: Row): boolean => r.type === type;
const sameIndicator: Ok = (a, b) => contains(a.indicator, b.indicator) || same(a.indicator, b.indicator);
const targetQuantity: Ok = (a, b) =>
  unitOf(a.unit) === unitOf(b.unit) &&
  typeof b.value === 'number' &&
  Math.abs(Number(a.value) - b.value) <= 0.01 + 1e-6 * Math.abs(Number(a.value)) &&
  norm(b.evidence).includes(norm(a.anchor));
// the split of score.mjs leaves out the number check: a numeric string still pairs there
const splitQuantity: Ok = (a, b) =>
  unitOf(a.unit) === unitOf(b.unit) && Math.abs(Number(a.value) - Number(b.value)) <= 0.01 + 1e-6 * Math.abs(Number(a.value)) && norm(b.evidence).includes(norm(a.anchor));
const isPercent = (r: Row): boolean => unitOf(r.unit) === '%';

const pairingOnly = ({ accuracy: _unused, ...rest }: TypeScore): SplitScore => rest;

/** Scores an export against gold as score.mjs does; `misses`, when given, collects what went wrong. */
export function score(gold: Row[], pred: Row[], misses?: Miss[]): Report {
  return {
    documents: scoreDocuments(gold, pred, misses),
    heading: scoreType(gold, pred, isType('heading'), (a, b) => a.level === b.level && overlap(a.text, b.text) >= 0.8, {}, undefined, misses),
    target: scoreType(
      gold,
      pred,
      isType('target'),
      targetQuantity,
      {
        comparator: (a, b) => a.comparator === b.comparator,
        kind: (a, b) => a.kind === b.kind,
        year: (a, b) => (a.year ?? null) === (b.year ?? null),
        indicator: sameIndicator,
      },
      (a, b) => sameIndicator(a, b) && a.comparator === b.comparator && a.kind === b.kind,
      misses,
    ),
    phase: scoreType(gold, pred, isType('phase'), (a, b) => a.order === b.order && (overlap(a.name, b.name) >= 0.6 || contains(a.name, b.name)), {
      start: (a, b) => norm(a.start) === norm(b.start),
      end: (a, b) => norm(a.end) === norm(b.end),
    }, undefined, misses),
    party: scoreType(
      gold,
      pred,
      isType('party'),
      (a, b) => same(a.name, b.name) || contains(a.name, b.name),
      { kind: (a, b) => a.kind === b.kind, role: (a, b) => a.kind !== 'person' || same(a.role, b.role) },
      (a, b) => same(a.name, b.name),
      misses,
    ),
    // score.mjs splits targets without the agreement fields and without best-first pairing
    'target%': pairingOnly(scoreType(gold, pred, (r) => r.type === 'target' && isPercent(r), splitQuantity, {}, undefined)),
    'target-other': pairingOnly(scoreType(gold, pred, (r) => r.type === 'target' && !isPercent(r), splitQuantity, {}, undefined)),
  };
}
