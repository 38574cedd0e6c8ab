import { basename, dirname, join } from 'node:path';

/** Where `planmine ingest` and `planmine metadata` write Datasette's descriptions: beside the database. */
export function metadataPath(dbPath: string): string {
  return join(dirname(dbPath), 'metadata.json');
}

/** The hash of the metadata.json planmine last wrote: a file that no longer matches was edited by someone. */
export function metadataHashPath(dbPath: string): string {
  return writtenHashPath(metadataPath(dbPath));
}

/** Where planmine keeps the hash of a file it wrote (`.name.sha256` beside it), to tell a later edit. */
export function writtenHashPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.sha256`);
}

/**
 * The files planmine itself writes beside a database: the database, its journals, and the
 * metadata. A dump may hold the database being written, and these are no articles.
 */
export function ownOutputs(dbPath: string): string[] {
  return [...['', '-wal', '-shm', '-journal'].map((suffix) => dbPath + suffix), metadataPath(dbPath), metadataHashPath(dbPath)];
}
