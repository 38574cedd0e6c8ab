// The copy rule, its thresholds chosen by measurement on the generated set (src/bench/copies-set.ts, printed by
// `npm run bench`): true copies estimate 0.76-1.00 resemblance with their originals and keep at
// least 0.83 of their figures; one template filled in by another school reaches 0.76 resemblance
// but keeps at most 0.56 of its figures.

/** MinHash resemblance of the two articles' sampled 5-character shingles at or above which they may be copies. */
export const MIN_RESEMBLANCE = 0.75;
/** …and the share of the smaller side's figures the other side must have: other figures, another school's plan. */
export const MIN_FIGURE_AGREEMENT = 0.5;

/**
 * Two organizations named by the articles' facts that cannot be one: a town's plan and one of its
 * schools' versions of it are two plans, however alike. A name missing on either side, or one
 * inside the other (红旗小学, 平关镇红旗小学), is no conflict.
 */
export function organizationsConflict(a: string | null, b: string | null): boolean {
  return Boolean(a && b && !a.includes(b) && !b.includes(a));
}

export function isCopy(resemblance: number, figureAgreement: number, organizationConflict = false): boolean {
  return resemblance >= MIN_RESEMBLANCE && figureAgreement >= MIN_FIGURE_AGREEMENT && !organizationConflict;
}
