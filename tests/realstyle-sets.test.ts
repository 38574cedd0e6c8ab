// The real-style held-out sets (tests/fixtures/realstyle, realstyle2 …): pages written in the style of real
// scraped ones, each set's gold committed before planmine first ran on it. Later rules were written on
// invented fixtures for the classes a set's first run missed, never on its text. Floors sit a little under
// each set's current figures (first runs and history in the README's Accuracy section), so a rule change
// that breaks pages nobody tuned on fails here; they are not goals. Fields a set gets wholly right are held
// at 1, which guards the weakest ones.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIds, scoreFixtureSet } from './helpers/fixture-set.js';

type DocumentField = 'title' | 'organization' | 'province' | 'date' | 'doc_type' | 'period_start' | 'period_end' | 'relevant' | 'script';

interface HeldOutFloors {
  set: string;
  f1: { target: number; phase: number; party: number; heading: number };
  documentMean: number;
  /** Document fields that must stay exactly right. */
  exactFields: DocumentField[];
  /** Shares of matched targets whose comparator, kind, due year and indicator agree with the gold. */
  agreement: { comparator: number; kind: number; year: number; indicator: number };
}

const SETS: HeldOutFloors[] = [
  {
    // first run 0.735 / 0.773 / 0.576 / 0.647 / 0.600; now 0.971 / 0.851 / 0.937 / 0.963 / 0.978
    set: 'realstyle',
    f1: { target: 0.95, phase: 0.82, party: 0.92, heading: 0.94 },
    documentMean: 0.96,
    exactFields: ['organization', 'province', 'doc_type', 'relevant'],
    agreement: { comparator: 0.94, kind: 0.89, year: 0.97, indicator: 0.95 },
  },
  {
    // first run 0.991 / 0.950 / 0.768 / 0.964 / 0.881; now 0.991 / 1.000 / 0.931 / 0.976 / 0.985
    set: 'realstyle2',
    f1: { target: 0.97, phase: 0.95, party: 0.92, heading: 0.95 },
    documentMean: 0.96,
    exactFields: ['title', 'province', 'doc_type', 'period_start', 'period_end', 'relevant', 'script'],
    agreement: { comparator: 0.95, kind: 0.96, year: 0.97, indicator: 0.95 },
  },
  {
    // first run 0.981 / 0.914 / 0.905 / 0.926 / 0.956; now 0.991 / 1.000 / 0.963 / 0.941 / 0.978
    set: 'realstyle3',
    f1: { target: 0.97, phase: 0.97, party: 0.95, heading: 0.92 },
    documentMean: 0.96,
    exactFields: ['title', 'province', 'date', 'doc_type', 'relevant', 'script'],
    agreement: { comparator: 0.97, kind: 0.95, year: 0.97, indicator: 0.95 },
  },
  {
    // first run 0.896 / 0.818 / 0.820 / 0.906 / 0.824; now 0.996 / 1.000 / 0.952 / 0.976 / 0.981
    set: 'realstyle4',
    f1: { target: 0.97, phase: 0.97, party: 0.93, heading: 0.95 },
    documentMean: 0.95,
    exactFields: ['title', 'province', 'doc_type', 'period_start', 'period_end', 'relevant', 'script'],
    agreement: { comparator: 0.97, kind: 0.97, year: 0.97, indicator: 0.95 },
  },
  {
    // first run (code of e31f6fa) 0.991 / 1.000 / 0.932 / 0.976 / 0.963; now 1.000 / 1.000 / 0.940 / 1.000 /
    // 1.000 (rounds on its classes: titles, duty-table targets with year 0.954 → 1.000 and indicator
    // 0.889 → 0.926, parties, stage levels, PDF text saved as .txt). Nine articles, so one wrong document field is 0.889 and the exact fields
    // ask for every article
    set: 'realstyle5',
    f1: { target: 0.98, phase: 0.97, party: 0.92, heading: 0.97 },
    documentMean: 0.97,
    exactFields: ['title', 'organization', 'province', 'date', 'period_start', 'period_end', 'doc_type', 'relevant', 'script'],
    agreement: { comparator: 0.97, kind: 0.96, year: 0.97, indicator: 0.9 },
  },
  {
    // first run (code of 5637619) 0.991 / 0.462 / 0.880 / 1.000 / 0.975; now 0.991 / 0.788 / 0.943 / 1.000 /
    // 0.975 after a round on its classes (theme-month calendars, 整改清单 goals, holders on duty lines). Its
    // 周次 schedule, which its gold counts as phases and the rules leave out as a routine calendar, stays missed
    set: 'realstyle6',
    f1: { target: 0.96, phase: 0.76, party: 0.91, heading: 0.97 },
    documentMean: 0.95,
    exactFields: ['organization', 'province', 'date', 'period_end', 'doc_type', 'relevant', 'script'],
    agreement: { comparator: 0.97, kind: 0.97, year: 0.96, indicator: 0.9 },
  },
  {
    // first run (code of 9f55168) 0.909 / 0.741 / 0.878 / 0.675 / 0.722, 8 of 10 articles (a compilation split
    // only by its titles read as one); now 0.981 / 0.889 / 0.906 / 0.982 / 0.944 after a round on its classes
    set: 'realstyle7',
    f1: { target: 0.95, phase: 0.86, party: 0.88, heading: 0.95 },
    documentMean: 0.92,
    exactFields: ['title', 'doc_type', 'relevant'],
    agreement: { comparator: 0.97, kind: 0.89, year: 0.9, indicator: 0.93 },
  },
  {
    // first run (code of bd2f1e2) 0.945 / 0.846 / 0.835 / 0.772 / 0.827, 8 of 9 articles (a ◎范本◎ compilation read
    // as one); now 0.987 / 0.846 / 0.893 / 0.973 / 0.963 after a round on its two structural classes
    set: 'realstyle8',
    f1: { target: 0.96, phase: 0.82, party: 0.87, heading: 0.95 },
    documentMean: 0.94,
    exactFields: ['province', 'date', 'doc_type', 'relevant'],
    agreement: { comparator: 0.93, kind: 0.97, year: 0.95, indicator: 0.86 },
  },
];

describe.each(SETS)('real-style held-out set $set against its hand-made gold', async (floors) => {
  const { gold, pred, report, failed } = await scoreFixtureSet(join(import.meta.dirname, 'fixtures', floors.set));

  it('rejects no page and finds every article, and only them (compilations split, chrome left out)', () => {
    expect(failed).toBe(0);
    expect(documentIds(pred)).toEqual(documentIds(gold));
  });

  it.each(Object.entries(floors.f1))('%s F1 stays at or above %f', (type, floor) => {
    expect(report[type as keyof HeldOutFloors['f1']].f1).toBeGreaterThanOrEqual(floor);
  });

  it('document fields stay at their level', () => {
    expect(report.documents.field_mean).toBeGreaterThanOrEqual(floors.documentMean);
    for (const field of floors.exactFields) expect(report.documents.accuracy[field], field).toBe(1);
  });

  it('targets keep their comparator, kind, due year and indicator', () => {
    for (const [measure, floor] of Object.entries(floors.agreement)) {
      expect(report.target.accuracy[measure as keyof HeldOutFloors['agreement']], measure).toBeGreaterThanOrEqual(floor);
    }
  });
});
