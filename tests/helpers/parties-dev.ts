// Scores the parties extractor on the invented real-style dev set (tests/fixtures/parties-dev) with
// the benchmark's party rule (GUIDE.md): same file, names equal or one containing the other.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partiesExtractor } from '../../extractors/parties/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { buildArticles } from '../../src/structure/index.js';
import type { PartyRecord } from '../../src/types.js';

export const DEV = join(import.meta.dirname, '..', 'fixtures', 'parties-dev');
const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

interface Party {
  file: string;
  name: string;
  kind: string;
  role: string | null;
}

const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
function sameParty(g: Party, p: Party): boolean {
  const [x, y] = [norm(g.name), norm(p.name)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return x === y || (short.length >= 2 && long.includes(short));
}

/** Pairs gold and predicted parties one to one (augmenting paths), as score.mjs does. */
function pairs(golds: Party[], preds: Party[]): [Party, Party][] {
  const owner = new Array<number>(preds.length).fill(-1);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < preds.length; j++) {
      if (seen[j] || !sameParty(golds[i]!, preds[j]!)) continue;
      seen[j] = true;
      if (owner[j]! < 0 || assign(owner[j]!, seen)) return (owner[j] = i), true;
    }
    return false;
  };
  golds.forEach((_, i) => assign(i, new Array<boolean>(preds.length).fill(false)));
  return owner.flatMap((i, j) => (i >= 0 ? [[golds[i]!, preds[j]!] as [Party, Party]] : []));
}

export function predictedParties(file: string): Party[] {
  const n = normalizeText(readFileSync(join(DEV, 'txt', file), 'utf8'));
  return buildArticles({ text: n.text, sourcePath: file, script: n.script }).flatMap((article) =>
    partiesExtractor
      .extract(article, { segmenter })
      .records.filter((r): r is PartyRecord => r.type === 'party')
      .map((r) => ({ file, name: r.name, kind: r.kind, role: r.role })),
  );
}

export interface DevScore {
  gold: number;
  pred: number;
  match: number;
  precision: number;
  recall: number;
  f1: number;
  kind: number;
  role: number;
  misses: Party[];
  extras: Party[];
}

/** Scores the articles whose file name matches `only` (all of them by default). */
export function scoreDevSet(only = /./): DevScore {
  const gold = readFileSync(join(DEV, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { doc: string; name: string; kind: string; role: string | null })
    .map((r) => ({ file: `${r.doc.split('#')[0]}.txt`, name: r.name, kind: r.kind, role: r.role }));
  let [nGold, nPred] = [0, 0];
  const matched: [Party, Party][] = [];
  const misses: Party[] = [];
  const extras: Party[] = [];
  for (const file of readdirSync(join(DEV, 'txt')).filter((f) => only.test(f)).sort()) {
    const gs = gold.filter((g) => g.file === file);
    const ps = predictedParties(file);
    const paired = pairs(gs, ps);
    nGold += gs.length;
    nPred += ps.length;
    matched.push(...paired);
    misses.push(...gs.filter((g) => !paired.some(([x]) => x === g)));
    extras.push(...ps.filter((p) => !paired.some(([, y]) => y === p)));
  }
  const precision = nPred ? matched.length / nPred : 0;
  const recall = nGold ? matched.length / nGold : 0;
  const share = (ok: (g: Party, p: Party) => boolean) => (matched.length ? matched.filter(([g, p]) => ok(g, p)).length / matched.length : 0);
  return {
    gold: nGold,
    pred: nPred,
    match: matched.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    kind: share((g, p) => g.kind === p.kind),
    role: share((g, p) => (g.role ?? null) === (p.role ?? null)),
    misses,
    extras,
  };
}
