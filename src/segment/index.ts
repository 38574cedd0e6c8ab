import nodejieba from 'nodejieba';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import type { Segmenter } from '../types.js';

let loaded = false;

/**
 * Loads jieba's dictionaries once per thread (about 0.85 s and 230 MB) plus planmine's domain words.
 * Keyword extraction is natural's job here, so jieba gets a one-line IDF table instead of its
 * 260,000-entry one: 20 MB less in every worker.
 */
function ensureLoaded(): void {
  if (loaded) return;
  nodejieba.load({
    userDict: join(projectRoot(), 'src/segment/planmine.dict.utf8'),
    idfDict: join(projectRoot(), 'src/segment/no-keyword-extraction.idf.utf8'),
  });
  loaded = true;
}

const NUMERIC = /^[0-9.]+$/;

/** jieba cuts `50` into `5`,`0` and `8.98` into pieces; numbers must stay whole to be searched and read. */
export function mergeNumbers<T>(tokens: T[], wordOf: (t: T) => string, join2: (a: T, b: T) => T): T[] {
  const out: T[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (last !== undefined && NUMERIC.test(wordOf(last)) && NUMERIC.test(wordOf(token))) {
      out[out.length - 1] = join2(last, token);
    } else {
      out.push(token);
    }
  }
  return out;
}

export function createSegmenter(): Segmenter {
  ensureLoaded();
  return {
    cut: (text) =>
      mergeNumbers(
        nodejieba.cut(text, true),
        (w) => w,
        (a, b) => a + b,
      ),
    tag: (text) =>
      mergeNumbers(
        nodejieba.tag(text),
        (t) => t.word,
        (a, b) => ({ word: a.word + b.word, tag: 'm' }),
      ),
  };
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Space-joined words for the FTS index. Search mode also emits the parts of long words
 * (体质健康 → 体质, 健康), so a two-character query finds a compound it is part of.
 */
export function segmentForIndex(text: string): string {
  ensureLoaded();
  const words = mergeNumbers(nodejieba.cutForSearch(text, true), (w) => w, (a, b) => a + b);
  return words.filter((w) => WORDLIKE.test(w)).join(' ');
}

/** Query words, cut in precise mode: each is a token that segmentForIndex also emits. */
export function segmentQuery(text: string): string[] {
  return createSegmenter()
    .cut(text)
    .filter((w) => WORDLIKE.test(w));
}
