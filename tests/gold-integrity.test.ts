// The hand-made gold of the held-out sets must itself follow GUIDE.md, or every score measured
// against it is off: ids name real files, fields take the contract's values, and each anchor,
// heading and title is a piece of the article's normalized text (NFKC, simplified, no whitespace).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { parseJsonl, type Row } from '../src/bench/score.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SETS = [
  { name: 'heldout', gold: join(FIXTURES, 'heldout', 'gold.jsonl'), pages: join(FIXTURES, 'heldout', 'txt') },
  { name: 'realstyle', gold: join(FIXTURES, 'realstyle', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle') },
  { name: 'realstyle2', gold: join(FIXTURES, 'realstyle2', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle2') },
  { name: 'realstyle3', gold: join(FIXTURES, 'realstyle3', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle3') },
  { name: 'realstyle4', gold: join(FIXTURES, 'realstyle4', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle4') },
  { name: 'realstyle5', gold: join(FIXTURES, 'realstyle5', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle5') },
  { name: 'realstyle6', gold: join(FIXTURES, 'realstyle6', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle6') },
  { name: 'realstyle7', gold: join(FIXTURES, 'realstyle7', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle7') },
  { name: 'realstyle8', gold: join(FIXTURES, 'realstyle8', 'gold.jsonl'), pages: join(FIXTURES, 'realstyle8') },
];

const COMPARATORS = ['ge', 'gt', 'le', 'lt', 'eq', 'range', 'increase', 'decrease'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The page's whole text, decoded by its declared charset, tags dropped, normalized as GUIDE.md says. */
function pageText(path: string): string {
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, 512).toString('latin1');
  const charset = /charset="?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  const raw = iconv.decode(bytes, charset).replace(/<[^>]+>/g, '\n').replace(/&nbsp;/g, ' ').replace(/&gt;/g, '>');
  return normalizeText(raw).text.replace(/\s+/g, '');
}

const compact = (s: unknown): string => normalizeText(String(s)).text.replace(/\s+/g, '');

describe.each(SETS)('$name gold follows GUIDE.md', ({ gold: goldPath, pages }) => {
  const gold = parseJsonl(readFileSync(goldPath, 'utf8'), goldPath);
  const texts = new Map<string, string>();
  for (const file of readdirSync(pages)) if (/\.(html?|txt)$/.test(file)) texts.set(file.split('.')[0]!, pageText(join(pages, file)));
  const textOf = (r: Row): string => texts.get(String(r.doc).split('#')[0]!) ?? '';
  const documents = gold.filter((r) => r.type === 'document');

  it('gives every record an id of a page in the set and a document line', () => {
    const ids = new Set(documents.map((d) => d.doc));
    for (const r of gold) {
      expect(String(r.doc)).toMatch(/^[^#]+#\d+$/);
      expect(texts.has(String(r.doc).split('#')[0]!), String(r.doc)).toBe(true);
      expect(ids.has(r.doc), `${String(r.doc)} has no document line`).toBe(true);
    }
  });

  it('keeps document fields within the contract', () => {
    for (const d of documents) {
      expect(['plan', 'summary', 'research', 'other']).toContain(d.doc_type);
      expect(['hans', 'hant']).toContain(d.script);
      expect(typeof d.relevant).toBe('boolean');
      if (d.date != null) expect(String(d.date)).toMatch(DATE);
      if (d.title != null) expect(textOf(d), String(d.doc)).toContain(compact(d.title));
    }
  });

  it('anchors every target in its article text, with a comparator and kind of the contract', () => {
    for (const t of gold.filter((r) => r.type === 'target')) {
      expect(textOf(t), `${String(t.doc)}: ${String(t.anchor)}`).toContain(compact(t.anchor));
      expect(COMPARATORS).toContain(t.comparator);
      expect(['goal', 'actual']).toContain(t.kind);
      expect(typeof t.value).toBe('number');
      if (t.kind === 'actual') expect(t.year, `${String(t.doc)}: ${String(t.anchor)}`).toBeNull();
    }
  });

  it('takes headings from the text and numbers phases from 1 with dates of the contract', () => {
    for (const h of gold.filter((r) => r.type === 'heading')) expect(textOf(h), String(h.doc)).toContain(compact(h.text));
    const phases = gold.filter((r) => r.type === 'phase');
    for (const doc of new Set(phases.map((p) => p.doc))) {
      expect(phases.filter((p) => p.doc === doc).map((p) => p.order)).toEqual(phases.filter((p) => p.doc === doc).map((_, i) => i + 1));
    }
    for (const p of phases) for (const d of [p.start, p.end]) if (d != null) expect(String(d)).toMatch(DATE);
  });

  it('never counts a generic actor as a party', () => {
    const generic = new Set(['学校', '我校', '各校', '全体教师', '学生', '家长', '幼儿园', '人民政府']);
    for (const p of gold.filter((r) => r.type === 'party')) {
      expect(generic.has(String(p.name)), String(p.name)).toBe(false);
      expect(['person', 'group', 'org', 'role']).toContain(p.kind);
    }
  });
});
