import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * Builds a dump of `count` files by varying the sample files: new names, shuffled order, and a small
 * edit per copy so every file has its own hash. Text formats get a line appended; PDF and DOCX get
 * bytes appended after their end markers, which their parsers ignore.
 */
export function generateDump(sources: string[], dir: string, count: number): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const ext = extname(source);
    const folder = join(dir, `batch${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    const target = join(folder, `${String((i * 7919) % count).padStart(6, '0')}_copy${i}${ext}`);
    const bytes = readFileSync(source);
    const marker = ['.txt', '.html', '.htm'].includes(ext) ? `\n<!-- 副本 ${i} -->\n` : `\n% copy ${i}\n`;
    writeFileSync(target, Buffer.concat([bytes, Buffer.from(ext === '.txt' ? `\n副本编号 ${i}\n` : marker)]));
    written.push(target);
  }
  return written;
}

/** Every regular file directly in `dir` or below, as the benchmark's sample set. */
export function sampleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sampleFiles(path));
    else if (/\.(txt|html?|docx|pdf)$/i.test(name)) out.push(path);
  }
  return out;
}

