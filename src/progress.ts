import cliProgress from 'cli-progress';
import type { FileEvent } from './ingest.js';
import { oneLine } from './format/one-line.js';

/**
 * Per-file feedback: a progress bar (files, rate, time left) on a terminal; in pipes and CI only
 * the failures, one line each on stderr, since a log of every file helps nobody.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): { onFile: (e: FileEvent) => void; stop: () => void } {
  const interactive = Boolean(stream.isTTY) && !process.env.CI;
  let bar: cliProgress.SingleBar | undefined;
  let startedAt = Date.now();
  return {
    onFile(event) {
      if (event.status === 'failed') {
        bar?.stop();
        stream.write(`failed: ${oneLine(event.path)}: ${oneLine(event.reason ?? 'unknown reason')}\n`);
        if (bar) bar.start(event.total, event.done - 1);
      }
      if (!interactive) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: 'ingest [{bar}] {value}/{total} files | {speed} files/s | eta {eta_formatted}', stream, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(event.total, 0, { speed: '0' });
        startedAt = Date.now();
      }
      const seconds = (Date.now() - startedAt) / 1000;
      bar.update(event.done, { speed: seconds > 0 ? (event.done / seconds).toFixed(1) : '0' });
    },
    stop() {
      bar?.stop();
    },
  };
}
