import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

export interface WalkProblem {
  path: string;
  reason: string;
}

/** A file found under a root: `path` keys it in the database, `docPath` names its articles. */
export interface ListedFile {
  /** Absolute: the root's real path joined with `docPath`, the same whatever folder the command ran in. */
  path: string;
  /** Relative to the folder given to ingest (or, for a file given by itself, to its folder), `/`-separated. */
  docPath: string;
}

export interface Listing {
  files: ListedFile[];
  problems: WalkProblem[];
  /** The absolute paths the run looked at (folders and files given): only files under these can be missing. */
  scopes: string[];
}

/** True when `path` is `scope` or lies inside it. */
export function isUnder(path: string, scope: string): boolean {
  return path === scope || path.startsWith(scope.endsWith(sep) ? scope : scope + sep);
}

/**
 * Every regular file under the given paths, sorted by path, each once. Follows symlinks inside the
 * root but not in loops; a symlink leading out of the root is reported, and followed only with
 * `followLinks`; what cannot be entered is reported, never fatal.
 */
export async function listFiles(roots: string[], options: { followLinks?: boolean } = {}): Promise<Listing> {
  const files = new Map<string, ListedFile>();
  const problems: WalkProblem[] = [];
  const scopes: string[] = [];
  const seenDirs = new Set<string>();

  /** `isLink`: whether `path` itself is a symlink, known from its folder's listing. */
  async function visit(path: string, docPath: string, root: string, isLink: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const linkOk = await lstat(path).then(() => true, () => false);
      problems.push({ path, reason: linkOk ? unreachableLink(err) : missing(path) });
      return;
    }
    if (isLink && !options.followLinks) {
      const target = await realpath(path).catch(() => path);
      if (!isUnder(target, root)) {
        problems.push({ path, reason: `symlink leads outside the ingest folder (to ${target}): not followed (--follow-links follows it)` });
        return;
      }
    }
    if (info.isFile()) {
      files.set(path, { path, docPath });
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
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (err) {
      problems.push({ path, reason: `cannot list folder: ${describe(err)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      await visit(join(path, name), docPath ? `${docPath}/${name}` : name, root, entry.isSymbolicLink());
    }
  }

  for (const given of roots) {
    const absolute = resolve(given);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      // The real path: a dump reached through a symlinked folder is the same dump.
      const root = await realpath(absolute);
      scopes.push(root);
      await visit(root, '', root, false);
    } else {
      // A file given by itself is named relative to its own folder, and is followed wherever it leads: it was asked for.
      const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
      const path = join(folder, basename(absolute));
      scopes.push(path);
      await visit(path, basename(absolute), sep, false);
    }
  }
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems, scopes };
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
