// Extraction time must grow with the length of the text, not its square (issue 14 item 9): scraped
// pages can hold hundreds of kilobytes of digit runs or one endless line of percentages.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';
import type { Article } from '../src/types.js';
import { phasesExtractor } from '../extractors/phases/index.js';
import { targetsExtractor } from '../extractors/targets/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

function articleOf(unit: string, bytes: number): Article {
  const raw = `某小学质量提升方案\n${unit.repeat(Math.ceil(bytes / unit.length))}`;
  const n = normalizeText(raw);
  return buildArticles({ text: n.text, sourcePath: 'long.txt', script: n.script })[0]!;
}

/** Milliseconds of the faster of two runs of both extractors. */
function ms(article: Article): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    targetsExtractor.extract(article, { segmenter });
    phasesExtractor.extract(article, { segmenter });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('extraction is linear in the text length', () => {
  it.each([
    ['a run of digits', '1234567890'],
    ['one endless line of percentages', '90%,'],
    ['many short goal sentences', '优秀率达到90%,合格率不低于95%。\n'],
  ])('%s: 400 KB returns, and doubling the text does not raise the time per byte', (_label, unit) => {
    const started = performance.now();
    const big = articleOf(unit, 400_000);
    targetsExtractor.extract(big, { segmenter });
    phasesExtractor.extract(big, { segmenter });
    expect(performance.now() - started).toBeLessThan(30_000);

    const small = ms(articleOf(unit, 100_000));
    const double = ms(articleOf(unit, 200_000));
    // Twice the text may take up to three times as long (the machine is shared); a quadratic spot
    // takes four. Runs of a few milliseconds are all noise and pass.
    expect(double).toBeLessThan(Math.max(small * 3, 50));
  }, 120_000);
});
