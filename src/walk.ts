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
      problems.push({ path, reason: linkOk ? `cannot read: ${describe(err)}` : 'no such file or folder' });
      return;
    }
    if (info.isFile()) {
      files.add(path);
      return;
    }
    if (!info.isDirectory()) return;
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

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symlink loop';
  return err instanceof Error ? err.message : String(err);
}
