import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { search, snippet, snippetText } from '../src/search/fts.js';
import { similarArticles, cosine } from '../src/search/similar.js';
import { keywordTerms, refreshKeywords } from '../src/search/keywords.js';
import { freshDatabase, ingestInline } from './helpers/db.js';

describe('search over the corpus', () => {
  it('finds a two-character word inside a compound, with the article, section path and a marked snippet', async () => {
    const { db } = await freshDatabase();
    await ingestInline(db, ['corpus/docs']);
    const { hits, total } = await search(db, '体质');
    expect(hits.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(hits.length);
    for (const hit of hits) expect(snippetText(hit.snippet)).toContain('【体质】');
    expect(hits.some((h) => h.sectionPath.length > 0)).toBe(true);
    expect(await search(db, '体质 不存在的词语组合')).toEqual({ total: 0, hits: [] });
  });

  it('ranks articles by shared keywords and never lists the article itself', async () => {
    const { db } = await freshDatabase();
    await ingestInline(db, ['corpus/docs']);
    const [first] = await db.all<{ doc: string }>('SELECT doc FROM documents ORDER BY doc LIMIT 1');
    const similar = await similarArticles(db, first!.doc, 5);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.map((s) => s.doc)).not.toContain(first!.doc);
    for (let i = 1; i < similar.length; i++) expect(similar[i - 1]!.score).toBeGreaterThanOrEqual(similar[i]!.score);
    await expect(similarArticles(db, 'no-such#1')).rejects.toThrow(/no article/);
  });
});

describe('search helpers', () => {
  it('marks the query words in a snippet cut around the first one', () => {
    expect(snippetText(snippet('学生体质健康优秀率达到30%', ['体质']))).toBe('学生【体质】健康优秀率达到30%');
    expect(snippet('达到30%', ['30%'])).toEqual([{ text: '达到', marked: false }, { text: '30%', marked: true }]);
  });
  it('scores identical keyword vectors 1 and disjoint ones 0', () => {
    const a = new Map([['体质', 2], ['合格率', 1]]);
    expect(cosine(a, a).score).toBeCloseTo(1);
    expect(cosine(a, new Map([['教研', 1]])).score).toBe(0);
  });
});

describe.runIf(existsSync('../shared/seeds/txt'))('search on the seeds', () => {
  it('finds article 000_6a7843488500aee0#1 for 体质', async () => {
    const { db } = await freshDatabase();
    await ingestInline(db, ['../shared/seeds/txt']);
    expect((await search(db, '体质', { limit: 50 })).hits.map((h) => h.doc)).toContain('000_6a7843488500aee0#1');
  });
});

describe('keywords', () => {
  it('weighs terms by the whole collection, not by the page of documents being weighed', async () => {
    const { db } = await freshDatabase();
    await ingestInline(db, ['corpus/docs']);
    const stored = () => db.all<{ document_id: number; word: string; weight: number }>('SELECT document_id, word, weight FROM keywords ORDER BY document_id, word');
    await refreshKeywords(db, 1000);
    const onePage = await stored();
    await refreshKeywords(db, 2);
    expect(await stored()).toEqual(onePage);

    // tf × (1 + ln(N / (1 + df))), natural's formula, counted here from the stored words
    const documents = await db.all<{ document_id: number; words: string }>("SELECT document_id, group_concat(words, ' ') AS words FROM sentences GROUP BY document_id");
    expect(documents.length).toBeGreaterThan(2);
    const termsOf = new Map(documents.map((d) => [d.document_id, keywordTerms(d.words)]));
    for (const { document_id, word, weight } of onePage.filter((_, i) => i % 25 === 0)) {
      const tf = termsOf.get(document_id)!.filter((t) => t === word).length;
      const df = [...termsOf.values()].filter((terms) => terms.includes(word)).length;
      expect(weight).toBeCloseTo(tf * (1 + Math.log(documents.length / (1 + df))), 9);
    }
    await db.close();
  });
});
