import { readFile } from './readers/index.js';
import type { ReadOptions } from './readers/reader.js';
import { normalizeText } from './normalize/index.js';
import { buildArticles } from './structure/index.js';
import { createSegmenter, segmentForIndex } from './segment/index.js';
import { runExtractors, type ArticleRecord, type Attributed } from '../extractors/index.js';
import type { Article, DocumentFacts, Format, Message } from './types.js';
import { LimitExceededError, NoTextError } from './errors.js';
import { DEFAULT_READ_OPTIONS } from './readers/reader.js';

export interface ProcessedArticle {
  article: Article;
  facts: DocumentFacts;
  records: Attributed<ArticleRecord>[];
  /** Space-joined index words of each sentence, in `article.sentences` order. */
  sentenceWords: string[];
}

/** Milliseconds spent in each stage, for the benchmark's per-stage table. */
export interface StageTimings {
  read: number;
  normalize: number;
  structure: number;
  extract: number;
  segment: number;
  /** Turning the results into the database's rows (on the worker, before the write). */
  pack: number;
}

export interface ProcessedFile {
  format: Format;
  encoding: string | null;
  pages: number | null;
  articles: ProcessedArticle[];
  messages: Message[];
  timings: StageTimings;
}

/** Fewer Han characters than this is a stylesheet, script or empty page that a dump swept up, not an article. */
const MIN_HAN_CHARACTERS = 20;

/**
 * read → normalize → structure → segment → extract, for one file; touches no database. `docPath` is
 * the file's path relative to the ingest folder, which names its articles (the file name without it).
 */
export async function processFile(path: string, bytes: Uint8Array, options: Partial<ReadOptions> = {}, docPath?: string): Promise<ProcessedFile> {
  const timings: StageTimings = { read: 0, normalize: 0, structure: 0, extract: 0, segment: 0, pack: 0 };
  const timed = <T>(stage: keyof StageTimings, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      timings[stage] += performance.now() - started;
    }
  };
  const readStarted = performance.now();
  const read = await readFile(bytes, path, options);
  timings.read = performance.now() - readStarted;
  const maxTextChars = options.maxTextChars ?? DEFAULT_READ_OPTIONS.maxTextChars;
  if (read.text.length > maxTextChars) {
    throw new LimitExceededError(`text too long: ${read.text.length} characters, limit ${maxTextChars} (--max-chars)`, path);
  }
  const normalized = timed('normalize', () => normalizeText(read.text));
  const articles = timed('structure', () => buildArticles({ text: normalized.text, sourcePath: path, ...(docPath === undefined ? {} : { docPath }), script: normalized.script }));
  const hanCharacters = articles.reduce((n, a) => n + (a.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
  if (hanCharacters < MIN_HAN_CHARACTERS) {
    throw new NoTextError(hanCharacters === 0 ? 'no Chinese text in the file' : `only ${hanCharacters} Chinese characters: not a plan or report`, path);
  }
  const segmenter = createSegmenter();
  const processed = articles.map((article) => {
    const { facts, records, messages } = timed('extract', () => runExtractors(article, { segmenter }));
    article.messages.push(...messages);
    const sentenceWords = timed('segment', () => article.sentences.map((s) => segmentForIndex(article.text.slice(s.start, s.end))));
    return { article, facts, records, sentenceWords };
  });
  return { format: read.format, encoding: read.encoding, pages: read.pages ?? null, messages: read.messages, articles: processed, timings };
}
