// Headless Chromium for the browser tests, from npm alone: @sparticuz/chromium ships the browser,
// @fontsource-variable/noto-sans-sc a CJK font, so a fresh machine needs no apt step.
import chromiumPack from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { withFolderLock } from './folder-lock.js';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The first call unpacks the browser to /tmp/chromium; test files run in parallel, so one unpacks while the others wait. */
const executablePath = (): Promise<string> => withFolderLock('planmine-test-chromium.lock', 'unpack Chromium', 120_000, () => chromiumPack.executablePath());

export async function launchBrowser(): Promise<Browser> {
  // --single-process suits Lambda's sandbox; here it ends the whole browser when any one page closes.
  const args = chromiumPack.args.filter((a) => a !== '--single-process');
  return chromium.launch({ executablePath: await executablePath(), args, headless: true });
}

/** Fonts are served to the page from this made-up origin by page.route: nothing leaves the machine. */
export const FONT_ORIGIN = 'https://planmine-test-fonts.invalid';
const fontDir = join(dirname(createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc/index.css')), 'files');
// Named as the first CJK family the pages and the charts already list, so both pick it up.
const fontCss = readFileSync(join(fontDir, '..', 'index.css'), 'utf8')
  .replaceAll('url(./files/', `url(${FONT_ORIGIN}/`)
  .replaceAll("'Noto Sans SC Variable'", "'Noto Sans CJK SC'");

/** Before navigation: answer the font requests from the package's files. */
export async function routeCjkFont(page: Page): Promise<void> {
  await page.route(`${FONT_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'font/woff2', body: readFileSync(join(fontDir, new URL(route.request().url()).pathname.slice(1))) }));
}

/**
 * After load: add the font, load the subsets the page's text needs (the charts' labels sit in
 * JSON script elements, hence textContent), then redraw the charts, which measured their text before.
 */
export async function applyCjkFont(page: Page): Promise<void> {
  await page.addStyleTag({ content: fontCss });
  await page.evaluate(async () => {
    await document.fonts.load('14px "Noto Sans CJK SC"', document.documentElement.textContent ?? '');
    await document.fonts.ready;
    // Text laid out before the font came keeps its cached fallback glyphs (boxes) until laid out anew.
    document.documentElement.style.fontFamily = 'serif';
    void document.body.offsetHeight;
    document.documentElement.style.fontFamily = '';
    const echarts = (window as unknown as { echarts?: { getInstanceByDom(el: Element): { getOption(): object; setOption(o: object, notMerge: boolean): void } | undefined } }).echarts;
    if (!echarts) return;
    for (const el of document.querySelectorAll('.chart')) {
      const chart = echarts.getInstanceByDom(el);
      if (chart) chart.setOption(chart.getOption(), true);
    }
  });
  // Text already laid out swaps to the new font on a later frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(200);
}

/**
 * Saves a screenshot in a temp folder; only with PLANMINE_UPDATE_SCREENSHOTS=1 is it copied over the
 * README's image in docs/, so a test run never rewrites a tracked file by default.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'planmine-shot-')), name);
  await page.screenshot({ path, fullPage });
  if (process.env.PLANMINE_UPDATE_SCREENSHOTS === '1') copyFileSync(path, join(import.meta.dirname, '..', '..', 'docs', name));
  return path;
}
