// `planmine serve` in a real browser, on the seeds (or the bundled corpus when ../shared is absent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Database } from '../src/db/connection.js';
import { buildOnce, ROOT, runCli, spawnServe } from './helpers/cli.js';
import { applyCjkFont, FONT_ORIGIN, launchBrowser, routeCjkFont, screenshot } from './helpers/browser.js';

const SEEDS = join(ROOT, '..', 'shared', 'seeds', 'txt');
// The README's screenshots show only the project's own invented corpus: seed text stays out of the repository.
const UPDATING_SCREENSHOTS = process.env.PLANMINE_UPDATE_SCREENSHOTS === '1';
const CORPUS = existsSync(SEEDS) && !UPDATING_SCREENSHOTS ? SEEDS : join(ROOT, 'corpus', 'docs');

let server: ChildProcess;
let base: string;
let db: Database;
let browser: Browser;
let page: Page;
const network: string[] = [];

/** Starts `serve` on a free port and resolves with its address, read from the line it prints. */
function startServer(dbPath: string): Promise<string> {
  const serve = spawnServe(dbPath);
  server = serve.child;
  return serve.address;
}

beforeAll(async () => {
  await buildOnce();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'planmine-serve-')), 'plans.sqlite');
  const ingest = runCli(['ingest', CORPUS, '--db', dbPath, '--jobs', '1']);
  expect(ingest.status, ingest.stderr).toBe(0);
  db = await Database.open(dbPath, { readonly: true });
  base = await startServer(dbPath);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await routeCjkFont(page);
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith(FONT_ORIGIN) && !r.url().startsWith('data:')) network.push(r.url()); });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await db?.close();
});

describe('planmine serve in a browser', () => {
  it('binds to 127.0.0.1 and narrows the article list by a facet, with counts that add up', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:/);
    await page.goto(`${base}/`);
    const all = Number(await page.textContent('#article-count'));
    // Copies of an article (documents.duplicate_of) are folded: each text is listed once.
    expect(all).toBe((await db.get<{ n: number }>('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NULL'))!.n);
    const facet = page.locator('[data-facet=province] li').filter({ hasNotText: '(unknown)' }).first();
    const [province, count] = [await facet.locator('a').textContent(), Number(await facet.locator('span').textContent())];
    await facet.locator('a').click();
    await page.waitForURL(/province=/);
    expect(Number(await page.textContent('#article-count'))).toBe(count);
    expect(count).toBeLessThan(all);
    const provinces = await page.$$eval('#article-list tbody tr td:nth-child(4)', (tds) => tds.map((td) => td.textContent));
    expect(new Set(provinces)).toEqual(new Set([province]));
    // A second facet narrows further, and the URL keeps both.
    const type = page.locator('[data-facet=type] li a').first();
    await type.click();
    await page.waitForURL(/province=.*type=|type=.*province=/);
    expect(Number(await page.textContent('#article-count'))).toBeLessThanOrEqual(count);
  });

  it('marks every target, phase and party in the text exactly at its stored offsets', async () => {
    const { doc } = (await db.get<{ doc: string }>(
      `SELECT d.doc FROM documents d ORDER BY (SELECT count(*) FROM targets t WHERE t.document_id = d.id)
         + (SELECT count(*) FROM phases p WHERE p.document_id = d.id) DESC, d.doc LIMIT 1`))!;
    await page.goto(`${base}/articles/${encodeURIComponent(doc)}`);
    const records = await db.all<{ key: string; evidence: string; sliced: string }>(
      `SELECT 'target-' || t.id AS key, t.evidence, substr(d.text, t.start + 1, t.end - t.start) AS sliced FROM targets t JOIN documents d ON d.id = t.document_id WHERE d.doc = ?
       UNION ALL SELECT 'phase-' || p.id, p.evidence, substr(d.text, p.start + 1, p.end - p.start) FROM phases p JOIN documents d ON d.id = p.document_id WHERE d.doc = ?
       UNION ALL SELECT 'party-' || p.id, p.evidence, substr(d.text, p.start + 1, p.end - p.start) FROM parties p JOIN documents d ON d.id = p.document_id WHERE d.doc = ?`,
      [doc, doc, doc],
    );
    expect(records.length).toBeGreaterThan(3);
    const marked = await page.$$eval('#text mark', (marks) => marks.map((m) => ({ spans: (m.getAttribute('data-spans') ?? '').split(' '), text: m.textContent ?? '' })));
    for (const r of records) {
      const text = marked.filter((m) => m.spans.includes(r.key)).map((m) => m.text).join('');
      expect(text, r.key).toBe(r.sliced);
      expect(r.sliced).toBe(r.evidence);
    }
    // A mark leads to its row in the table beside the text, and the row back to the mark.
    const first = page.locator('#text mark.target a').first();
    const rowId = (await first.getAttribute('href'))!.slice(1);
    await first.click();
    expect(page.url()).toContain(`#${rowId}`);
    expect(await page.locator(`#${rowId}`).isVisible()).toBe(true);
    expect(await page.locator(`#${rowId} a`).getAttribute('href')).toBe(`#m-${rowId}`);
    const source = (await db.get<{ path: string; format: string }>('SELECT f.path, f.format FROM documents d JOIN files f ON f.id = d.file_id WHERE d.doc = ?', [doc]))!;
    expect(await page.textContent('#source-path')).toBe(source.path);
    expect(await page.textContent('#source-format')).toBe(source.format);
    await applyCjkFont(page);
    await page.evaluate(() => document.querySelector('#text mark.target')!.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'serve-article.png', false);
  });

  it('finds simplified text for a traditional query, with the total and the words marked', async () => {
    await page.goto(`${base}/search?q=${encodeURIComponent('體質健康')}`);
    const total = Number(/^(\d+)/.exec((await page.textContent('#hit-count'))!)![1]);
    expect(total).toBeGreaterThan(0);
    const marks = await page.$$eval('.hit mark', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '体质健康')).toBe(true);
    // Leaving a word out leaves fewer hits.
    await page.goto(`${base}/search?q=${encodeURIComponent('體質健康 -优秀率')}`);
    expect(Number(/^(\d+)/.exec((await page.textContent('#hit-count'))!)![1])).toBeLessThan(total);
  });

  it('compares one indicator across schools: chart, table and a CSV download with a BOM', async () => {
    await page.goto(`${base}/compare?q=${encodeURIComponent('合格率')}&by=province`);
    await page.waitForSelector('#compare-chart canvas');
    const rows = await page.locator('table tbody tr[id^=target-]').count();
    expect(rows).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#compare-csv')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^province,doc,/);
    expect(lines).toHaveLength(rows + 1);
    await applyCjkFont(page);
    await screenshot(page, 'serve-compare.png');
  });

  it('answers an unknown article with a 404 page that says so', async () => {
    const response = await page.goto(`${base}/articles/${encodeURIComponent('siteA/no-such#9')}`);
    expect(response!.status()).toBe(404);
    expect(await page.textContent('.error')).toContain('no article with the id siteA/no-such#9');
  });

  it('fetched nothing from the network', () => {
    expect(network).toEqual([]);
  });
});
