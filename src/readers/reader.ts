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
  /**
   * Characters of text one file may yield. Extraction holds the text, its sentences and records at
   * once: past about 10 million characters a worker runs out of memory, and no plan comes near.
   */
  maxTextChars: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxPages: 2000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 5000,
  maxTextChars: 4_000_000,
};

/**
 * mammoth builds a DOM of the whole body part: a 30 MB `word/document.xml` exhausts a worker, 10 MB
 * takes a minute. Images live in other parts, so a DOCX full of photos is not held to this.
 */
export const MAX_DOCX_BODY_BYTES = 16 * 1024 * 1024;
