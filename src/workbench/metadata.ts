import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { TABLE_DESCRIPTIONS } from './metadata-descriptions.js';

export interface DatasetteMetadata {
  title: string;
  description: string;
  databases: Record<string, { description: string; tables: typeof TABLE_DESCRIPTIONS }>;
}

/** Datasette names a database after its file without the extension. */
export function datasetteName(dbPath: string): string {
  return basename(dbPath, extname(dbPath));
}

export function buildMetadata(dbPath: string): DatasetteMetadata {
  return {
    title: 'planmine: Chinese school quality plans',
    description:
      'Scraped school plans, action plans and work summaries (质量提升实施方案, 三年行动计划, 工作总结) read into tables. ' +
      'Every target, phase, party and assignment keeps the sentence it came from (evidence) and its offsets in documents.text.',
    databases: {
      [datasetteName(dbPath)]: {
        description: 'Built by `planmine ingest`; one row of documents per article',
        tables: TABLE_DESCRIPTIONS,
      },
    },
  };
}

/** Writes metadata.json beside the database (`datasette plans.sqlite -m metadata.json`); returns its path. */
export function writeMetadata(dbPath: string): string {
  const path = join(dirname(dbPath), 'metadata.json');
  writeFileSync(path, JSON.stringify(buildMetadata(dbPath), null, 2) + '\n');
  return path;
}
