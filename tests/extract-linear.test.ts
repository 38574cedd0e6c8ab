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

/**
 * CPU milliseconds of the fastest of three runs of both extractors: CPU time, not wall time, so that
 * other processes on a shared machine do not count.
 */
function ms(article: Article): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.cpuUsage();
    targetsExtractor.extract(article, { segmenter });
    phasesExtractor.extract(article, { segmenter });
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('extraction is linear in the text length', () => {
  it.each([
    ['a run of digits', '1234567890'],
    ['one endless line of percentages', '90%,'],
    ['many short goal sentences', '优秀率达到90%,合格率不低于95%。\n'],
  ])('%s: 400 KB returns, and doubling the text does not raise the time per byte', (_label, unit) => {
    const big = articleOf(unit, 400_000);
    const started = process.cpuUsage();
    targetsExtractor.extract(big, { segmenter });
    phasesExtractor.extract(big, { segmenter });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(30_000);

    const small = ms(articleOf(unit, 100_000));
    const double = ms(articleOf(unit, 200_000));
    console.log(`${unit.slice(0, 8)}: 100 KB ${small.toFixed(0)} ms, 200 KB ${double.toFixed(0)} ms of CPU`);
    // Twice the text may take up to three times as long (the machine is shared); a quadratic spot
    // takes four. Runs of a few milliseconds are all noise and pass.
    expect(double).toBeLessThan(Math.max(small * 3, 50));
  }, 120_000);
});
