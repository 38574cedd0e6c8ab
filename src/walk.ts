import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkProblem {
  path: string;
  reason: string;
}

/**
 * Every regular file under the given paths, sorted, each once. Follows symlinks but not in loops;
 * what cannot be entered is reported, never fatal.
 */
export async function listFiles(roots: string[]): Promise<{ files: string[]; problems: WalkProblem[] }> {
  const files = new Set<string>();
  const problems: WalkProblem[] = [];
  const seenDirs = new Set<string>();

  async function visit(path: string): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const linkOk = await lstat(path).then(() => true, () => false);
      problems.push({ path, reason: linkOk ? unreachableLink(err) : missing(path) });
      return;
    }
    if (info.isFile()) {
      files.add(path);
      return;
    }
    if (!info.isDirectory()) {
      // Reading a pipe would block the run; a device is no document. Skipped, but said so.
      problems.push({ path, reason: 'not a regular file (pipe, socket or device): skipped' });
      return;
    }
    const real = await realpath(path).catch(() => path);
    if (seenDirs.has(real)) {
      problems.push({ path, reason: 'symlink loop: folder already visited' });
      return;
    }
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (err) {
      problems.push({ path, reason: `cannot list folder: ${describe(err)}` });
      return;
    }
    for (const name of entries.sort()) {
      if (name.startsWith('.')) continue;
      await visit(join(path, name));
    }
  }

  for (const root of roots) await visit(root);
  return { files: [...files].sort(), problems };
}

/** A link whose target cannot be reached: a loop, a missing target, or no permission. */
function unreachableLink(err: unknown): string {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'broken symlink: its target does not exist';
  return `cannot read: ${describe(err)}`;
}

/**
 * A listed name that cannot be opened again: names whose bytes are not UTF-8 (archives unpacked
 * on a GBK system) come back from readdir with U+FFFD and no longer name the file.
 */
function missing(path: string): string {
  if (path.includes('\uFFFD')) return 'file name is not valid UTF-8 (GBK?): cannot be opened by name; rename it to ingest it';
  return 'no such file or folder';
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symlink loop';
  return err instanceof Error ? err.message : String(err);
}
