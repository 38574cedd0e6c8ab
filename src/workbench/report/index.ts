import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReadStore } from '../../db/store.js';
import { projectRoot } from '../../paths.js';
import { gatherReportData, DEFAULT_LIMITS, type ReportLimits } from './data.js';
import { renderReport, type ReportScripts } from './html.js';
import type { ArticleFilter } from '../filters.js';

export function loadScripts(): ReportScripts {
  const require = createRequire(import.meta.url);
  return {
    echarts: readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8'),
    // Plain browser JavaScript kept beside the sources (tsc does not copy it), like schema.sql.
    client: readFileSync(join(projectRoot(), 'src/workbench/report/client.js'), 'utf8'),
  };
}

export interface ReportOptions {
  limits?: ReportLimits;
  /** The time printed as "generated"; fixed in tests so the page is reproducible. */
  now?: Date;
  /** Which articles; irrelevant ones and copies of an article are left out unless it asks for them. */
  filter?: ArticleFilter;
}

/** Builds the report HTML from the database. */
export async function buildReport(db: ReadStore, options: ReportOptions = {}): Promise<string> {
  return renderReport(await gatherReportData(db, options.limits ?? DEFAULT_LIMITS, options.now ?? new Date(), options.filter ?? {}), loadScripts());
}

/** Writes the self-contained report to `outPath` (folders created); returns its size in bytes. */
export async function writeReport(db: ReadStore, outPath: string, options: ReportOptions = {}): Promise<number> {
  const html = await buildReport(db, options);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, html);
  return Buffer.byteLength(html);
}
