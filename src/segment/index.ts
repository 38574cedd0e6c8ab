import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import type { Segmenter } from '../types.js';
import { chooseBinding, type JiebaBinding } from './binding.js';

let jieba: JiebaBinding | undefined;

/**
 * Loads jieba's dictionary plus planmine's domain words, once per thread (0.7 s); with the shared
 * binding the first thread of the process builds it (110 MB) and the others reuse it.
 */
function loaded(): JiebaBinding {
  if (jieba) return jieba;
  const binding = chooseBinding();
  binding.load({ userDict: join(projectRoot(), 'src/segment/planmine.dict.utf8') });
  jieba = binding;
  return binding;
}

/** Which jieba binding this thread uses (the bench reports it). */
export const jiebaBindingKind = (): JiebaBinding['kind'] => loaded().kind;

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
  const binding = loaded();
  return {
    cut: (text) =>
      mergeNumbers(
        binding.cut(text, true),
        (w) => w,
        (a, b) => a + b,
      ),
    tag: (text) =>
      mergeNumbers(
        binding.tag(text),
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
  const words = mergeNumbers(loaded().cutForSearch(text, true), (w) => w, (a, b) => a + b);
  return words.filter((w) => WORDLIKE.test(w)).join(' ');
}

/** Query words, cut in precise mode: each is a token that segmentForIndex also emits. */
export function segmentQuery(text: string): string[] {
  return createSegmenter()
    .cut(text)
    .filter((w) => WORDLIKE.test(w));
}
