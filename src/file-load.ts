import { open, type FileHandle } from 'node:fs/promises';
import { constants } from 'node:fs';
import { createHash } from 'node:crypto';

/** Why a file was not read, as stored in `errors`. */
export type LoadProblem = { problem: string; stage: 'read' | 'limit' };

export type Loaded = { bytes: Buffer; sha256: string; release: () => void } | LoadProblem;

/**
 * Bytes read but not yet parsed, across all files at once: read-ahead and the parse window are
 * bounded by what they hold, not only by how many files (eight 50 MB files are 400 MB).
 */
export function createByteBudget(limit: number): { take: (bytes: number) => Promise<() => void> } {
  let inFlight = 0;
  const waiting: { bytes: number; admit: () => void }[] = [];
  const admitWaiting = (): void => {
    // In arrival order: the file the run needs next must not be overtaken by smaller ones behind it.
    while (waiting.length && (inFlight === 0 || inFlight + waiting[0]!.bytes <= limit)) {
      const next = waiting.shift()!;
      inFlight += next.bytes;
      next.admit();
    }
  };
  return {
    take(bytes) {
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        inFlight -= bytes;
        admitWaiting();
      };
      return new Promise((resolve) => {
        waiting.push({ bytes, admit: () => resolve(release) });
        admitWaiting();
      });
    },
  };
}

export interface LoadLimits {
  maxBytes: number;
  timeoutMs: number;
}

/**
 * Opens the file and checks what it is before reading a byte: only a regular file within
 * `maxBytes` is read, so a FIFO or a sparse 2 GB file costs nothing.
 */
export async function openChecked(path: string, limits: LoadLimits): Promise<{ handle: FileHandle; size: number } | LoadProblem> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO put in place after the walk would otherwise wait for a writer forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { problem: `cannot read file: ${readProblem(err as NodeJS.ErrnoException)}`, stage: 'read' };
  }
  const info = await handle.stat();
  const refuse = (problem: string, stage: 'read' | 'limit'): LoadProblem => {
    void handle.close().catch(() => undefined);
    return { problem, stage };
  };
  if (!info.isFile()) return refuse('not a regular file (pipe, socket or device): skipped', 'read');
  // Empty files are common in dumps (failed downloads) and all share one hash: say what they are.
  if (info.size === 0) return refuse('empty file (0 bytes)', 'read');
  if (info.size > limits.maxBytes) return refuse(`file too large: ${info.size} bytes, limit ${limits.maxBytes} (--max-bytes)`, 'limit');
  return { handle, size: info.size };
}

/**
 * Reads the opened file whole (at most `size` bytes, its size when checked) and hashes it. The read
 * has a time limit: a file on a hung mount must not stop the run.
 */
export async function readChecked(handle: FileHandle, size: number, timeoutMs: number): Promise<{ bytes: Buffer; sha256: string } | LoadProblem> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const reading = readAll(handle, size);
  try {
    const bytes = await Promise.race([reading, timedOut]);
    if (bytes === 'timeout') {
      // The blocked read keeps its thread; the handle is closed once it returns, if ever.
      void reading.finally(() => handle.close()).catch(() => undefined);
      return { problem: `read timed out after ${Math.round(timeoutMs / 1000)} s`, stage: 'read' };
    }
    await handle.close();
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (err) {
    void handle.close().catch(() => undefined);
    return { problem: `cannot read file: ${readProblem(err as NodeJS.ErrnoException)}`, stage: 'read' };
  } finally {
    clearTimeout(timer);
  }
}

async function readAll(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    // Shorter than when checked: cut while being read; what is there is the file.
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

function readProblem(err: NodeJS.ErrnoException): string {
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  // Listed at the start of the run, gone by the time its turn came (a dump still being unpacked or cleaned).
  if (err.code === 'ENOENT') return 'it disappeared during the run';
  if (err.code === 'EISDIR') return 'it became a folder during the run';
  if (err.code === 'EAGAIN') return 'the read would block (not a regular file?)';
  return err.message;
}

/**
 * Loads files within the limits, each holding room in a budget of `budgetBytes` until the caller
 * releases it. Files are admitted to the budget in the order asked for (their reads then overlap):
 * the caller waits for them in that order, and a later file holding the room an earlier one needs
 * would stop the run.
 */
export function createLoader(limits: LoadLimits, budgetBytes: number): (path: string) => Promise<Loaded> {
  const budget = createByteBudget(budgetBytes);
  let admissions: Promise<unknown> = Promise.resolve();
  return (path) => {
    // Opened and checked at once; only the turns at the budget are taken in order.
    const checked = openChecked(path, limits);
    const admitted = admissions.then(async () => {
      const opened = await checked;
      return 'problem' in opened ? opened : { ...opened, release: await budget.take(opened.size) };
    });
    admissions = admitted.catch(() => undefined);
    return admitted.then(async (opened): Promise<Loaded> => {
      if ('problem' in opened) return opened;
      const read = await readChecked(opened.handle, opened.size, limits.timeoutMs);
      if ('problem' in read) {
        opened.release();
        return read;
      }
      return { ...read, release: opened.release };
    });
  };
}
