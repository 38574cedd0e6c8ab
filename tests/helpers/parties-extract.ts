// Runs the parties extractor on an invented snippet, as the pipeline would (normalize, split articles).
import { partiesExtractor } from '../../extractors/parties/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { buildArticles } from '../../src/structure/index.js';
import type { AssignmentRecord, PartyRecord } from '../../src/types.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

export function extractParties(raw: string) {
  const n = normalizeText(raw);
  const records = buildArticles({ text: n.text, sourcePath: 'real.txt', script: n.script }).flatMap((a) => partiesExtractor.extract(a, { segmenter }).records);
  const parties = records.filter((r): r is PartyRecord => r.type === 'party');
  const assignments = records.filter((r): r is AssignmentRecord => r.type === 'assignment');
  return { parties, assignments, names: parties.map((p) => p.name), byName: new Map(parties.map((p) => [p.name, p])) };
}
