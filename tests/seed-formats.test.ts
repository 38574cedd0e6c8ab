import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processFile } from '../src/pipeline.js';
import type { Article } from '../src/types.js';
import { overlap } from '../src/bench/score.js';

const SEEDS = '../shared/seeds';
const FORMATS = ['docx', 'pdf', 'pdf-spaced', 'html-gbk', 'html-big5'] as const;

async function articlesOf(folder: string): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  for (const name of readdirSync(folder).sort()) {
    const path = `${folder}/${name}`;
    for (const { article } of (await processFile(path, readFileSync(path))).articles) articles.set(article.id, article);
  }
  return articles;
}

/** Share of characters two texts have in common (multiset F1), whitespace ignored: the scorer's title overlap. */
const agreement = overlap;

describe.runIf(existsSync(`${SEEDS}/txt`))('one document, one text, whatever its format', () => {
  let reference: Map<string, Article>;

  it('finds the 14 articles of the five seed pages in the txt versions', async () => {
    reference = await articlesOf(`${SEEDS}/txt`);
    expect(reference.size).toBe(14);
  });

  for (const format of FORMATS) {
    it(`${format}: the same article ids, each text agreeing with the txt version to 99% or more`, async () => {
      const articles = await articlesOf(`${SEEDS}/${format}`);
      expect([...articles.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [id, article] of articles) {
        expect(agreement(reference.get(id)!.text, article.text), id).toBeGreaterThanOrEqual(0.99);
      }
    });
  }
});
