// Stage headings of real-style pages (tests/fixtures/structure-pages5, gold written before planmine
// first ran on them): the heading's dates in brackets closed by `.`, `。` or `:` with the body on
// the same line, also with the whole plan flattened onto one line. Every text there is invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phasesExtractor } from '../extractors/phases/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { readFile } from '../src/readers/index.js';
import { buildArticles } from '../src/structure/index.js';

const DIR = join(import.meta.dirname, 'fixtures', 'structure-pages5');
type Phase = [string, string | null, string | null];
const gold = JSON.parse(readFileSync(join(DIR, 'phases.json'), 'utf8')) as Record<string, Phase[]>;
const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

async function phasesOf(file: string): Promise<Phase[]> {
  const read = await readFile(new Uint8Array(readFileSync(join(DIR, file))), file);
  const n = normalizeText(read.text);
  const [article] = buildArticles({ text: n.text, sourcePath: file, script: n.script });
  return phasesExtractor.extract(article!, { segmenter }).records.map((r): Phase => [r.name, r.start, r.end]);
}

describe('stages whose heading ends with a stop before its body (structure-pages5)', () => {
  it.each(Object.entries(gold))('%s gives its stages with their dates', async (file, expected) => {
    expect(await phasesOf(file)).toEqual(expected);
  });
});
