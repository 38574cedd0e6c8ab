// Invented pages in the style of real scraped ones (document-site wrappers, 范文 compilations,
// flattened text, footers mid-plan, speeches, news, a Hong Kong plan; then summaries, self-check
// reports, a kindergarten plan, glued headings, page markers; then stage headings closed by `.`,
// lists of figures in 范文 pages, report section titles numbered or not), with gold written before
// planmine first ran on each batch: article count, page title and headings (top two levels).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { readFile } from '../src/readers/index.js';
import { buildArticles } from '../src/structure/index.js';

const BATCHES = ['structure-pages', 'structure-pages2', 'structure-pages3', 'structure-pages4', 'structure-pages5', 'structure-pages6', 'structure-pages7', 'structure-pages8', 'structure-pages9'];
type Heading = [number, string];
interface Gold {
  title: string | null;
  articles: Heading[][];
}
const goldOf = (batch: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', batch, 'gold.json'), 'utf8')) as Record<string, Gold>;

async function pageOf(dir: string, file: string) {
  const read = await readFile(new Uint8Array(readFileSync(join(dir, file))), file);
  const n = normalizeText(read.text);
  return buildArticles({ text: n.text, sourcePath: file, script: n.script });
}

/** Headings matched one to one by level and text; the benchmark's 80% overlap is not needed for exact gold. */
function matched(expected: readonly Heading[], found: readonly Heading[]): number {
  const left = [...found];
  let n = 0;
  for (const [level, text] of expected) {
    const i = left.findIndex(([l, t]) => l === level && t === text);
    if (i >= 0) (n++, left.splice(i, 1));
  }
  return n;
}

describe.each(BATCHES)('real-style pages in %s', async (batch) => {
  const dir = join(import.meta.dirname, 'fixtures', batch);
  const results = await Promise.all(Object.entries(goldOf(batch)).map(async ([file, g]) => {
    const articles = await pageOf(dir, file);
    const found = articles.map((a) => a.sections.filter((s) => s.level <= 2).map((s): Heading => [s.level, s.title]));
    let hits = 0;
    g.articles.forEach((expected, i) => (hits += matched(expected, found[i] ?? [])));
    return { file, g, articles, found, hits };
  }));

  it.each(results.map((r) => [r.file, r] as const))('%s splits into its articles', (_file, r) => {
    expect(r.articles.length).toBe(r.g.articles.length);
  });
  it('finds the headings with F1 of at least 0.95', () => {
    const gold = results.reduce((n, r) => n + r.g.articles.flat().length, 0);
    const predicted = results.reduce((n, r) => n + r.found.flat().length, 0);
    const hits = results.reduce((n, r) => n + r.hits, 0);
    const f1 = (2 * hits) / (gold + predicted);
    expect(f1, JSON.stringify(results.filter((r) => r.hits !== r.g.articles.flat().length || r.found.flat().length !== r.hits).map((r) => [r.file, r.found]))).toBeGreaterThanOrEqual(0.95);
  });
  it('offers the document title as the page title where the page names one', () => {
    for (const r of results.filter((x) => x.g.title !== null)) expect(r.articles[0]!.pageContext.title, r.file).toBe(r.g.title);
  });
});

describe('the level of a timetable’s stages', () => {
  const sectionsOf = (text: string) => {
    const n = normalizeText(text);
    return buildArticles({ text: n.text, sourcePath: 'stages.txt', script: n.script })[0]!.sections.map((s) => [s.level, s.title] as Heading);
  };
  const PLAN = [
    '某小学劳动教育实施方案',
    '一、课程安排',
    '(一)劳动必修课。三至六年级每周安排1节劳动课。',
    '(二)校园劳动岗。每班设立劳动岗位不少于10个。',
    '二、实施步骤',
    '1.准备阶段(2025 年 3 月 1 日—3 月 20 日):制定方案,培训教师。',
    '2.实施阶段(2025 年 3 月 21 日—6 月 10 日):全面开设课程。',
    '三、基本原则',
    '1.育人为本',
    '坚持以劳树德。',
    '2.注重实效',
    '坚持因地制宜。',
  ].join('\n');

  it('a stage numbered `1.` straight under its section is level 2, though another section puts `(一)` between the styles', () => {
    const sections = sectionsOf(PLAN);
    expect(sections).toContainEqual([2, '准备阶段(2025年3月1日—3月20日)']);
    expect(sections).toContainEqual([2, '实施阶段(2025年3月21日—6月10日)']);
  });

  it('other `1.` headings keep their style’s level, below `(一)`, as the seeds’ gold reads them', () => {
    expect(sectionsOf(PLAN)).toContainEqual([3, '育人为本']);
  });
});
