import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { metadataHashPath, metadataPath } from '../own-outputs.js';
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

export interface MetadataWrite {
  path: string;
  /** The file was left as it was: someone changed it after planmine wrote it. */
  kept: boolean;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Writes metadata.json beside the database (`datasette plans.sqlite -m metadata.json`), unless
 * someone edited it since planmine last wrote it: a hash of planmine's last write, kept beside it,
 * tells. A metadata.json planmine has no record of is someone's too. `force` overwrites.
 */
export function writeMetadata(dbPath: string, options: { force?: boolean } = {}): MetadataWrite {
  const path = metadataPath(dbPath);
  const content = JSON.stringify(buildMetadata(dbPath), null, 2) + '\n';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current !== undefined && current !== content && !options.force) {
    const hashPath = metadataHashPath(dbPath);
    const written = existsSync(hashPath) ? readFileSync(hashPath, 'utf8').trim() : undefined;
    if (written !== sha256(current)) return { path, kept: true };
  }
  if (current !== content) writeFileSync(path, content);
  writeFileSync(metadataHashPath(dbPath), sha256(content) + '\n');
  return { path, kept: false };
}

/** The line the CLI prints after `writeMetadata`. */
export function metadataLine(result: MetadataWrite): string {
  return result.kept
    ? `kept ${result.path}: it was changed since planmine wrote it (\`planmine metadata --force\` writes it anew)`
    : `table and column descriptions for Datasette: ${result.path}`;
}
