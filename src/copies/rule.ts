// The copy rule, chosen by measurement on the generated set (src/bench/copies-set.ts, printed by
// `npm run bench`): true copies estimate 0.76-1.00 resemblance with their originals and keep at
// least 0.83 of their figures; one template filled in by another school reaches 0.76 resemblance
// but keeps at most 0.56 of its figures.

/** MinHash resemblance of the two articles' sampled 5-character shingles at or above which they may be copies. */
export const MIN_RESEMBLANCE = 0.75;
/** …and the share of the smaller side's figures the other side must have: other figures, another school's plan. */
export const MIN_FIGURE_AGREEMENT = 0.5;

export function isCopy(resemblance: number, figureAgreement: number): boolean {
  return resemblance >= MIN_RESEMBLANCE && figureAgreement >= MIN_FIGURE_AGREEMENT;
}
