// Vitest runs test files in parallel processes: work that must happen once (a build, unpacking the
// browser) is guarded by a lock folder, which mkdir creates atomically.
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` holding the lock `name`; the others wait. A lock older than `staleMs` belongs to a run
 * that died and is taken over.
 */
export async function withFolderLock<T>(name: string, what: string, staleMs: number, work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), name);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > staleMs) rmdirSync(lock);
      if (Date.now() - started > staleMs - 10_000) throw new Error(`timed out waiting for another test to ${what}`);
      await sleep(300);
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(lock);
  }
}
