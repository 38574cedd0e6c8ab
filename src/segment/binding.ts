import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { projectRoot } from '../paths.js';

/** The jieba calls planmine makes: precise cut, search-mode cut and part-of-speech tags. */
export interface JiebaBinding {
  /** `shared`: native/shared-jieba.cpp, one dictionary per process; `nodejieba`: two per thread. */
  kind: 'shared' | 'nodejieba';
  load(files: { userDict: string }): void;
  cut(text: string, hmm: boolean): string[];
  cutForSearch(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
}

interface SharedAddon {
  load(dict: string, hmm: string, userDict: string): boolean;
  cut(text: string, hmm: boolean): string[];
  cutForSearch(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
}

/** nodejieba's own dictionary files (exported by its index.js, missing from its typings). */
const dictionaries = nodejieba as unknown as { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string };

export const SHARED_ADDON_PATH = join(projectRoot(), 'native/build/Release/shared_jieba.node');

/**
 * nodejieba's load() reads the 350,000-word dictionary twice (for its segmenter and again for a
 * TextRank extractor planmine never calls), in every worker thread: 220 MB a thread. The shared
 * addon, built by `npm ci` from nodejieba's own cppjieba sources, holds one 110 MB copy for the
 * whole process and gives the same words. Without a C++ toolchain at install, nodejieba is used.
 */
function sharedBinding(addon: SharedAddon): JiebaBinding {
  return {
    kind: 'shared',
    load: ({ userDict }) => {
      addon.load(dictionaries.DEFAULT_DICT, dictionaries.DEFAULT_HMM_DICT, userDict);
    },
    cut: (text, hmm) => addon.cut(text, hmm),
    cutForSearch: (text, hmm) => addon.cutForSearch(text, hmm),
    tag: (text) => addon.tag(text),
  };
}

export function nodejiebaBinding(): JiebaBinding {
  return {
    kind: 'nodejieba',
    // Keyword extraction is natural's job here, so jieba gets a one-line IDF table instead of its
    // 260,000-entry one: 20 MB less in every worker.
    load: ({ userDict }) => nodejieba.load({ userDict, idfDict: join(projectRoot(), 'src/segment/no-keyword-extraction.idf.utf8') }),
    cut: (text, hmm) => nodejieba.cut(text, hmm),
    cutForSearch: (text, hmm) => nodejieba.cutForSearch(text, hmm),
    tag: (text) => nodejieba.tag(text),
  };
}

/**
 * The shared addon when it is built and loads (PLANMINE_JIEBA=nodejieba forces nodejieba, for
 * comparison). A build for another platform, copied along with a checkout, falls back too: the
 * words are the same, only the memory differs (the bench prints which binding ran).
 */
export function chooseBinding(env: NodeJS.ProcessEnv = process.env, addonPath = SHARED_ADDON_PATH): JiebaBinding {
  if (env['PLANMINE_JIEBA'] !== 'nodejieba' && existsSync(addonPath)) {
    try {
      return sharedBinding(createRequire(import.meta.url)(addonPath) as SharedAddon);
    } catch {
      return nodejiebaBinding();
    }
  }
  return nodejiebaBinding();
}
