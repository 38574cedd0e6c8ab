import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { metadataPath, writtenHashPath } from '../own-outputs.js';
import { isPostgresUrl, type SchemaDescribed } from '../db/store.js';
import { TABLE_DESCRIPTIONS, type TableDescription } from './metadata-descriptions.js';

export interface DatasetteMetadata {
  title: string;
  description: string;
  databases: Record<string, { description: string; tables: Record<string, TableDescription> }>;
}

/** Datasette names a database after its file without the extension; a PostgreSQL database has its own name. */
export function datasetteName(db: string): string {
  if (isPostgresUrl(db)) {
    try {
      return decodeURIComponent(new URL(db).pathname.slice(1)) || 'postgres';
    } catch {
      return 'postgres';
    }
  }
  return basename(db, extname(db));
}

export function buildMetadata(db: string, tables: Record<string, TableDescription> = TABLE_DESCRIPTIONS): DatasetteMetadata {
  return {
    title: 'planmine: Chinese school quality plans',
    description:
      'Scraped school plans, action plans and work summaries (质量提升实施方案, 三年行动计划, 工作总结) read into tables. ' +
      'Every target, phase, party and assignment keeps the sentence it came from (evidence) and its offsets in documents.text.',
    databases: {
      [datasetteName(db)]: {
        description: 'Built by `planmine ingest`; one row of documents per article',
        tables,
      },
    },
  };
}

export interface MetadataWrite {
  path: string;
  /** The file was left as it was: someone changed it after planmine wrote it. */
  kept: boolean;
}

export interface MetadataOptions {
  force?: boolean;
  /** Where to write it; beside a SQLite database when not given. */
  out?: string;
  tables?: Record<string, TableDescription>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Writes metadata.json beside the database (`datasette plans.sqlite -m metadata.json`), unless
 * someone edited it since planmine last wrote it: a hash of planmine's last write, kept beside it,
 * tells. A metadata.json planmine has no record of is someone's too. `force` overwrites.
 */
export function writeMetadata(db: string, options: MetadataOptions = {}): MetadataWrite {
  const path = options.out ?? metadataPath(db);
  const hashPath = writtenHashPath(path);
  const content = JSON.stringify(buildMetadata(db, options.tables), null, 2) + '\n';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current !== undefined && current !== content && !options.force) {
    const written = existsSync(hashPath) ? readFileSync(hashPath, 'utf8').trim() : undefined;
    if (written !== sha256(current)) return { path, kept: true };
  }
  if (current !== content) writeFileSync(path, content);
  writeFileSync(hashPath, sha256(content) + '\n');
  return { path, kept: false };
}

/** The line the CLI prints after describing a schema, wherever the descriptions went. */
export function describedLine(result: SchemaDescribed): string {
  return result.kept
    ? `kept ${result.where}: it was changed since planmine wrote it (\`planmine metadata --force\` writes it anew)`
    : `table and column descriptions for ${result.readers}: ${result.where}`;
}

/** The line the CLI prints after `writeMetadata`. */
export function metadataLine(result: MetadataWrite): string {
  return describedLine({ where: result.path, readers: 'Datasette', kept: result.kept });
}
