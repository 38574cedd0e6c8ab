// Runs the built CLI as a child process, the way a researcher does, for tests of exit codes,
// stderr lines, worker time limits and kill -9.
import { execFileSync, spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { withFolderLock } from './folder-lock.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist/src/cli.js');

/**
 * Compiles to dist once even when several test files ask at the same time (vitest runs files in
 * parallel): the first takes a lock folder, the others wait for it. tsc exits non-zero on type
 * errors in files under work elsewhere while still emitting, so success is judged by the output.
 */
export function buildOnce(): Promise<void> {
  return withFolderLock('planmine-test-build.lock', 'build', 180_000, async () => {
    // One build per vitest run: its test files share the parent process.
    const marker = join(tmpdir(), `planmine-test-built-${process.ppid}`);
    if (!existsSync(marker)) {
      try {
        execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'pipe', timeout: 150_000 });
      } catch {
        // Judged below by the files tsc wrote.
      }
      writeFileSync(marker, '');
    }
    if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/src/worker.js'))) throw new Error('build did not produce dist/src/cli.js');
  });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: SpawnSyncOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: '1' }, ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Starts an ingest without waiting, for tests that kill it or read the database meanwhile. */
export function spawnIngest(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, 'ingest', ...args], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, CI: '1' } });
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** Starts `planmine serve --port 0` on `db`; `address` resolves with the URL it prints once listening. */
export function spawnServe(db: string): { child: ChildProcess; address: Promise<string> } {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const address = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (url) resolve(url[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { child, address };
}
