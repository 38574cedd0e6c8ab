// Precision and recall of the copy rule on the generated set, through the real index: every text
// is normalized as the pipeline does, stored as an article, and linked by `linkCopies`.
import { rmSync } from 'node:fs';
import { openForWriting } from '../db/connection.js';
import { linkCopies } from '../db/copy-index.js';
import { copyKeyRow } from '../copies/article-copy-key.js';
import { normalizeText } from '../normalize/index.js';
import { figureAgreement, articleFigures } from '../copies/figures.js';
import { copySignature, signatureSimilarity } from '../copies/minhash.js';
import { MIN_FIGURE_AGREEMENT, MIN_RESEMBLANCE } from '../copies/rule.js';
import { generateCopySet, type CopyPair } from './copies-set.js';

export interface CopyMeasure {
  pairs: number;
  copies: number;
  /** Pair-level precision and recall of the rule at several resemblance thresholds (figure rule fixed). */
  sweep: { threshold: number; precision: number; recall: number }[];
  /** Pair level, at the chosen resemblance, by figure-agreement threshold. */
  figureSweep: { threshold: number; precision: number; recall: number }[];
  /** Pair level, resemblance threshold alone: what the figure rule adds. */
  textOnly: { precision: number; recall: number };
  /** Through the database index (LSH candidates, then the rule), at the chosen thresholds. */
  indexed: { precision: number; recall: number; linked: number };
  /** Lowest resemblance of a true copy and highest of a plan that is not one, at the pair level. */
  lowestCopy: number;
  highestOther: number;
  signatureMsPerArticle: number;
  linkMsPerArticle: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function pairScores(pairs: CopyPair[]): { copy: boolean; resemblance: number; figures: number }[] {
  return pairs.map((p) => {
    const a = normalizeText(p.original).text;
    const b = normalizeText(p.other).text;
    return { copy: p.copy, resemblance: signatureSimilarity(copySignature(a)!, copySignature(b)!), figures: figureAgreement(articleFigures(a), articleFigures(b)) };
  });
}

export async function measureCopies(plans: number, dbPath: string): Promise<CopyMeasure> {
  const pairs = generateCopySet(plans);
  const scores = pairScores(pairs);
  const measure = (said: typeof scores): { precision: number; recall: number } => {
    const right = said.filter((s) => s.copy).length;
    return { precision: ratio(right, said.length), recall: ratio(right, scores.filter((s) => s.copy).length) };
  };
  const sweep = [0.6, 0.65, 0.7, MIN_RESEMBLANCE, 0.8, 0.85, 0.9].map((threshold) => ({
    threshold, ...measure(scores.filter((s) => s.resemblance >= threshold && s.figures >= MIN_FIGURE_AGREEMENT)),
  }));
  const figureSweep = [0.5, 0.6, 0.7, MIN_FIGURE_AGREEMENT, 0.9].map((threshold) => ({
    threshold, ...measure(scores.filter((s) => s.resemblance >= MIN_RESEMBLANCE && s.figures >= threshold)),
  }));
  const textOnly = measure(scores.filter((s) => s.resemblance >= MIN_RESEMBLANCE));

  // Each original once, then its copies and its near plans, in the order a dump would list them.
  const texts: { text: string; original: number | null; copy: boolean }[] = [];
  let current = '';
  let originalAt = -1;
  for (const p of pairs) {
    if (p.original !== current) {
      originalAt = texts.length;
      texts.push({ text: normalizeText(p.original).text, original: null, copy: false });
      current = p.original;
    }
    texts.push({ text: normalizeText(p.other).text, original: originalAt, copy: p.copy });
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = await openForWriting(dbPath);
  let signatureMs = 0;
  let linkMs = 0;
  try {
    await db.beginBatch();
    for (const [i, t] of texts.entries()) {
      // One file per text, as in a dump: the writer links a file's articles after inserting them.
      const { lastID: fileId } = await db.run("INSERT INTO files (path, status, updated_at) VALUES (?, 'ingested', '')", [`generated/${i}.txt`]);
      await db.run('INSERT INTO documents (id, file_id, doc, article_index, text, chars) VALUES (?, ?, ?, ?, ?, ?)', [i + 1, fileId, `g${i}`, i, t.text, t.text.length]);
      const started = performance.now();
      const row = copyKeyRow(i, t.text)!;
      signatureMs += performance.now() - started;
      const linkStarted = performance.now();
      await linkCopies(db, fileId, JSON.stringify([row]));
      linkMs += performance.now() - linkStarted;
    }
    await db.commitBatch();
    const links = await db.all<{ id: number; duplicate_of: number | null }>('SELECT id, duplicate_of FROM documents ORDER BY id');
    let linked = 0;
    let right = 0;
    for (const link of links) {
      if (link.duplicate_of === null) continue;
      linked++;
      const truth = texts[link.id - 1]!;
      if (truth.copy && truth.original === link.duplicate_of - 1) right++;
    }
    const copies = texts.filter((t) => t.copy).length;
    const copyScores = scores.filter((s) => s.copy).map((s) => s.resemblance);
    const otherScores = scores.filter((s) => !s.copy).map((s) => s.resemblance);
    return {
      pairs: pairs.length, copies, sweep, figureSweep, textOnly,
      indexed: { precision: ratio(right, linked), recall: ratio(right, copies), linked },
      lowestCopy: Math.min(...copyScores), highestOther: Math.max(...otherScores),
      signatureMsPerArticle: signatureMs / texts.length, linkMsPerArticle: linkMs / texts.length,
    };
  } finally {
    await db.close();
  }
}
