import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** True when this process may create files in `dir` (root may everywhere but on read-only mounts). */
export function canWriteIn(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The name to open a database under for reading. A WAL database needs its `-shm` file, which
 * SQLite creates beside it; in a folder this user cannot write (a shared read-only copy, a
 * mounted archive) that fails with SQLITE_CANTOPEN. There the database is opened as a URI:
 * `mode=ro` when the `-wal` and `-shm` files are already there (a writer's changes are read),
 * else `immutable=1`: nobody can be writing a database in a folder where no `-wal` can be made.
 */
export function readOnlyName(path: string, writable = canWriteIn(dirname(resolve(path)))): { name: string; uri: boolean } {
  if (writable) return { name: path, uri: false };
  const url = pathToFileURL(resolve(path)).href;
  const journals = existsSync(`${path}-wal`) && existsSync(`${path}-shm`);
  return { name: `${url}?${journals ? 'mode=ro' : 'immutable=1'}`, uri: true };
}
