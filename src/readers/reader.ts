import type { Format, ReadResult } from '../types.js';

/** One reader per format; `index.ts` dispatches by signature first, extension second. */
export interface Reader {
  format: Format;
  extensions: readonly string[];
  /** True when the bytes look like this format, whatever the file is called. */
  sniff(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array, path: string, options: ReadOptions): Promise<ReadResult>;
}

export interface ReadOptions {
  /** PDF page limit; more pages is a failure, not a truncation. */
  maxPages: number;
  /** Total size a DOCX may expand to, or a PDF's Flate streams inflate to (decompression bombs). */
  maxUncompressedBytes: number;
  /** DOCX: entries allowed in the archive. */
  maxZipEntries: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxPages: 2000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 5000,
};
