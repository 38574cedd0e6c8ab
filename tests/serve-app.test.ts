// The web app's routes without a browser (fastify's inject): status codes, escaping, ids with `/`.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/serve/app.js';
import { SqliteStore } from '../src/db/sqlite-store.js';
import { workbenchDatabase } from './fixtures/workbench/database.js';
import { PLANTED_SCRIPT, storePlans } from './fixtures/workbench/plans.js';

async function app() {
  const { db, path } = await workbenchDatabase();
  // An id as ingest makes it for a page in a sub-folder of the dump.
  await storePlans(db, [{
    doc: 'siteA/index#1', title: '癸校质量方案', organization: '癸校', province: '浙江', date: '2024', docType: 'plan',
    text: '癸校质量方案\n一、目标\n巩固率达到100%。', targets: [{ indicator: '巩固率', value: 100, unit: '%', comparator: 'ge', kind: 'goal', year: null, evidence: '巩固率达到100%' }],
  }]);
  await db.close();
  const readOnly = await SqliteStore.open(path, { readonly: true });
  return { server: buildApp(readOnly), db: readOnly };
}

describe('serve routes', () => {
  it('opens an article whose id holds a slash, from its encoded URL', async () => {
    const { server, db } = await app();
    const res = await server.inject(`/articles/${encodeURIComponent('siteA/index#1')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<a href="#target-');
    expect(res.body).toContain('巩固率达到100%');
    const list = await server.inject('/articles?province=浙江');
    expect(list.body).toContain('href="/articles/siteA%2Findex%231"');
    await db.close();
  });

  it('escapes scraped text everywhere it shows', async () => {
    const { server, db } = await app();
    for (const url of ['/articles', `/articles/${encodeURIComponent('a05_hostile_page#1')}`, `/search?q=${encodeURIComponent('优秀率')}`, `/compare?q=${encodeURIComponent('优秀率')}`]) {
      const res = await server.inject(url);
      expect(res.statusCode, url).toBe(200);
      // Booleans, not the body: the compare page inlines all of ECharts.
      expect(res.body.includes(PLANTED_SCRIPT), url).toBe(false);
      expect(res.body.includes('<img src=x'), url).toBe(false);
    }
    await db.close();
  });

  it('answers an unknown article and an unknown path with a 404 sentence', async () => {
    const { server, db } = await app();
    const article = await server.inject('/articles/no-such%231');
    expect(article.statusCode).toBe(404);
    expect(article.body).toContain('There is no article with the id no-such#1 in this database.');
    expect((await server.inject('/nowhere')).statusCode).toBe(404);
    await db.close();
  });

  it('turns a failure into a 500 page without a stack', async () => {
    const { server, db } = await app();
    await db.close(); // every query now fails
    const res = await server.inject('/articles');
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain('Something went wrong');
    expect(res.body).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(res.body).not.toContain('SQLITE');
  });

  it('says on the page when a search has nothing to find, and serves the compare CSV with a BOM', async () => {
    const { server, db } = await app();
    const empty = await server.inject('/search?q=-优秀率');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('give at least one word that is not excluded');
    const csv = await server.inject(`/compare.csv?q=${encodeURIComponent('体质健康 优秀率')}&by=province`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await server.inject('/compare.csv')).statusCode).toBe(400);
    await db.close();
  });
});
