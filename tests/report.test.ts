import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { applyCjkFont, FONT_ORIGIN, launchBrowser, routeCjkFont, screenshot } from './helpers/browser.js';
import { openForWriting } from '../src/db/connection.js';
import { writeReport } from '../src/workbench/report/index.js';
import { escapeHtml, jsonForScript } from '../src/workbench/report/escape.js';
import { workbenchDatabase } from './fixtures/workbench/database.js';
import { PLANTED_SCRIPT } from './fixtures/workbench/plans.js';


describe('report escaping', () => {
  it('escapes markup in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
    expect(escapeHtml(null)).toBe('');
  });

  it('embeds JSON no document text can break out of, and that reads back unchanged', () => {
    const value = { evidence: `达到28%</script>${PLANTED_SCRIPT}<!-- \u2028 &` };
    const embedded = jsonForScript(value);
    expect(embedded).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(embedded)).toEqual(value);
  });
});

describe('report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let html: string;
  const problems: string[] = [];

  beforeAll(async () => {
    const { db } = await workbenchDatabase();
    const out = join(mkdtempSync(join(tmpdir(), 'planmine-report-')), 'report.html');
    await writeReport(db, out, { now: new Date('2026-11-01T09:00:00Z') });
    await db.close();
    html = readFileSync(out, 'utf8');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await routeCjkFont(page);
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // The report must open offline: any request that is not the file itself is a defect.
    // (The test's own font, served by page.route, is the one exception.)
    page.on('request', (r) => { if (!/^(file|data):/.test(r.url()) && !r.url().startsWith(FONT_ORIGIN)) problems.push(`network: ${r.url()}`); });
    await page.goto(pathToFileURL(out).href);
    await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length > 0);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every chart', async () => {
    const charts = await page.$$eval('.chart', (els) => els.map((el) => ({ id: el.id, drawn: el.querySelector('canvas, svg') !== null })));
    expect(charts.map((c) => c.id)).toEqual(expect.arrayContaining(['chart-province', 'chart-doctype', 'chart-year', 'chart-indicator-0', 'chart-timeline', 'chart-parties']));
    expect(charts.filter((c) => !c.drawn)).toEqual([]);
  });

  it('charts the most promised indicator across organizations', async () => {
    const heading = await page.textContent('#indicators h3');
    expect(heading).toContain('体质健康优秀率');
  });

  it('logs no errors and fetches nothing', () => {
    expect(problems).toEqual([]);
  });

  it('shows a script planted in a document as text and never runs it', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    const cell = page.locator('#targets td', { hasText: PLANTED_SCRIPT }).first();
    expect(await cell.textContent()).toContain(`28%</script>${PLANTED_SCRIPT}`);
    expect(await cell.isVisible()).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(3);
  });

  it('shows the evidence of a bar when it is clicked, linked to its row in the table', async () => {
    // Find the pixel of the first bar (the highest promise) from the chart itself, then click it like a reader.
    const point = await page.evaluate(() => {
      const el = document.getElementById('chart-indicator-0')!;
      const chart = (window as unknown as { echarts: { getInstanceByDom(el: Element): { convertToPixel(f: object, v: number[]): number[]; getOption(): { series: { data: number[] }[] } } } }).echarts.getInstanceByDom(el);
      const value = chart.getOption().series[0]!.data[0]!;
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [0, value / 2]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x!, y: box.top + y! + window.scrollY };
    });
    await page.evaluate((y) => window.scrollTo(0, y - 300), point.y);
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.mouse.click(point.x, point.y - scrollY);
    const panel = page.locator('#evidence-indicator-0');
    await expect.poll(() => panel.textContent()).toContain('2026年全校学生体质健康优秀率力争达到35%');
    const href = await panel.locator('a').getAttribute('href');
    expect(href).toMatch(/^#target-\d+$/);
    expect(await page.locator(href!).textContent()).toContain('丙区中心学校');
  });

  it('opens without errors on an empty database, saying there is nothing yet', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'planmine-empty-')), 'plans.sqlite');
    const db = await openForWriting(path);
    const out = join(path, '..', 'report.html');
    await writeReport(db, out);
    await db.close();
    const empty = await browser.newPage();
    const errors: string[] = [];
    empty.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    empty.on('pageerror', (e) => errors.push(e.message));
    await empty.goto(pathToFileURL(out).href);
    await empty.waitForLoadState('load');
    expect(errors).toEqual([]);
    expect(await empty.textContent('#indicators')).toContain('No goal targets in the database.');
    await empty.close();
  });

  it('sorts the targets table by a column head and filters it by typed words', async () => {
    const values = () => page.$$eval('#targets tbody tr:not([hidden]) td:nth-child(4)', (tds) => tds.map((td) => Number(td.getAttribute('data-sort'))));
    await page.click('#targets th:nth-child(4)');
    const ascending = await values();
    expect(ascending.length).toBeGreaterThan(3);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.click('#targets th:nth-child(4)');
    expect(await values()).toEqual([...ascending].reverse());
    await page.fill('#targets-filter', '丙区中心学校 优秀率');
    const kept = await page.$$eval('#targets tbody tr:not([hidden])', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(ascending.length);
    for (const row of kept) expect(row.includes('丙区中心学校') && row.includes('优秀率')).toBe(true);
    await page.fill('#targets-filter', '');
  });

  it('scrolls a linked row into view below the sticky column heads', async () => {
    // A short scroll box, as a long table has, so the link scrolls inside it under the sticky heads.
    const id = await page.evaluate(() => {
      (document.querySelector('#targets .scroll') as HTMLElement).style.maxHeight = '160px';
      return document.querySelectorAll('#targets tbody tr')[6]!.id;
    });
    await page.evaluate((target) => { location.hash = target; }, id);
    const { row, head } = await page.evaluate((target) => {
      const tr = document.getElementById(target)!;
      const th = tr.closest('table')!.querySelector('th')!;
      return { row: tr.getBoundingClientRect().top, head: th.getBoundingClientRect().bottom };
    }, id);
    expect(row).toBeGreaterThanOrEqual(head - 1);
    await page.evaluate(() => {
      (document.querySelector('#targets .scroll') as HTMLElement).style.maxHeight = '';
      history.replaceState(null, '', location.pathname);
    });
  });

  it('saves a screenshot for the README', async () => {
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      const echarts = (window as unknown as { echarts: { getInstanceByDom(el: Element): { dispatchAction(a: object): void } } }).echarts;
      for (const el of document.querySelectorAll('.chart')) echarts.getInstanceByDom(el).dispatchAction({ type: 'hideTip' });
      window.scrollTo(0, 0);
    });
    await applyCjkFont(page);
    await page.waitForTimeout(300); // the tooltip hides on a timer
    expect(existsSync(await screenshot(page, 'report.png'))).toBe(true);
  });
});
