import { PlanmineError } from '../errors.js';

/**
 * The database (or an output file) cannot be used: damaged, disk full, read-only. Its own class
 * because the CLI ends with its own exit code (5): nothing is wrong with the request. (A `--db`
 * that names a file which is not a planmine database is a wrong request: a PlanmineError, exit 2.)
 */
export class StorageError extends PlanmineError {
  override name = 'StorageError';
  constructor(reason: string) {
    super('write', reason);
  }
}

/** SQLite's words after its code, e.g. "file is not a database". */
function sqliteWords(err: { message?: string }): string {
  return (err.message ?? '').replace(/^SQLITE_\w+:\s*/, '');
}

/**
 * A sentence for the ways a database or output file fails, or undefined for anything else (a
 * bug, which keeps its raw form). `dbPath` names the database the command was working on.
 */
export function storageError(err: unknown, dbPath?: string): PlanmineError | undefined {
  if (err instanceof PlanmineError) return err instanceof StorageError ? err : undefined;
  if (!(err instanceof Error)) return undefined;
  const { code, path } = err as NodeJS.ErrnoException;
  const db = dbPath ?? 'the database';
  switch (code) {
    case 'SQLITE_NOTADB':
      return new PlanmineError('read', `${db} is not a planmine database (${sqliteWords(err)})`);
    case 'SQLITE_CORRUPT':
      return new StorageError(`${db} is damaged (${sqliteWords(err)}): restore a copy, or ingest again into a new file`);
    case 'SQLITE_FULL':
      return new StorageError(`the disk is full while writing ${db}: free space and run again (files already stored are kept)`);
    case 'SQLITE_READONLY':
      return new StorageError(`${db} cannot be written (read-only file, folder or disk): ${sqliteWords(err)}`);
    case 'SQLITE_CANTOPEN':
      return new StorageError(`cannot open ${db}: the file or its folder cannot be created or read`);
    case 'SQLITE_IOERR':
      return new StorageError(`reading or writing ${db} failed (${sqliteWords(err)}): check the disk`);
    case 'ENOSPC':
      return new StorageError(`the disk is full while writing ${path ?? db}: free space and run again`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new StorageError(`cannot use ${path ?? db}: ${code === 'EROFS' ? 'read-only file system' : 'permission denied'}`);
    default:
      return undefined;
  }
}
