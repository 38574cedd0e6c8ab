// The indicator keys of every target in the bundled corpus and the dev fixtures, checked in general
// terms: `compare` and the report group by these keys, so a key that is a bare subject (学生, 生均) or a
// fragment (中 out of 中学生, 用面积) hides values and puts junk at the top (issue 13, class 10).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../src/pipeline.js';
import { indicatorKey } from '../src/db/indicator-key.js';
import { createSegmenter } from '../src/segment/index.js';

const FOLDERS = ['corpus/docs', 'corpus/src', 'tests/fixtures/targets-dev/docs', 'tests/fixtures/targets-dev5/docs', 'tests/fixtures/targets-dev2/docs', 'tests/fixtures/targets-dev3/docs', 'tests/fixtures/targets-dev4/docs'];

/** Who or what is counted, or a bare verb: never a name for what is measured. */
const BARE_SUBJECT =
  /^(?:学生|学校|教师|老师|每名|每位|每生|生均|人均|每班|班|班级|全校|我校|各校|幼儿|儿童|少年|家长|初中|小学|中学|中学生|小学生|安排|开展|投入|投资|组织|有|占|达到)$/;
/** A key whose first or last word is a lone particle or linking verb was cut out of a longer phrase. */
const EDGE_WORD = /^[的了和与及或等在为是有占达用把被将对]$/;

function hasCutEdge(words: string[]): boolean {
  return EDGE_WORD.test(words[0] ?? '') || EDGE_WORD.test(words[words.length - 1] ?? '');
}

function marksRemoved(s: string): string {
  return s.normalize('NFKC').replace(/[《》“”"'‘’「」()\[\]()\s]/g, '');
}

/** True when `key` is some of `words`, whole and in order: no word was cut to make it. */
function isWholeWords(key: string, words: string[]): boolean {
  let at = 0;
  for (const w of words) {
    if (key.startsWith(w, at)) at += w.length;
    if (at === key.length) return true;
  }
  return at === key.length;
}

async function corpusIndicators(): Promise<string[]> {
  const indicators: string[] = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const file = await processFile(path, readFileSync(path));
      for (const a of file.articles) {
        for (const { record } of a.records) if (record.type === 'target' && record.indicator) indicators.push(record.indicator);
      }
    }
  }
  return indicators;
}

describe('indicator keys of the bundled corpus', () => {
  it('are never a bare subject, never a fragment and always whole words of their indicator', async () => {
    const segmenter = createSegmenter();
    const indicators = await corpusIndicators();
    expect(indicators.length).toBeGreaterThan(60);
    const bad: string[] = [];
    const keys = new Map<string, Set<string>>();
    for (const indicator of indicators) {
      const key = indicatorKey(indicator);
      keys.set(key, (keys.get(key) ?? new Set()).add(indicator));
      const words = segmenter.cut(marksRemoved(indicator));
      const problem =
        BARE_SUBJECT.test(key) ? 'bare subject' : key.length < 2 ? 'too short' : hasCutEdge(segmenter.cut(key)) ? 'cut edge' : !isWholeWords(key, words) ? `not whole words of ${words.join('/')}` : null;
      if (problem) bad.push(`${key} ← ${indicator}: ${problem}`);
    }
    // The list a researcher sees in `compare`: printed so a reviewer can read it.
    console.log([...keys].sort().map(([k, v]) => `${k} ← ${[...v].join(' | ')}`).join('\n'));
    expect(bad).toEqual([]);
  }, 60_000);

  it('the checks catch the defects they name', () => {
    const segmenter = createSegmenter();
    expect(BARE_SUBJECT.test(indicatorKey('生均'))).toBe(true);
    expect(hasCutEdge(segmenter.cut('用面积'))).toBe(true);
    expect(hasCutEdge(segmenter.cut('占地面积'))).toBe(false);
    expect(isWholeWords('中', segmenter.cut('中学生'))).toBe(false);
    expect(isWholeWords('体质健康优秀率', segmenter.cut('学生体质健康测试优秀率'))).toBe(true);
  });
});
