// The copy rule, its thresholds chosen by measurement on the generated set (src/bench/copies-set.ts,
// printed by `npm run bench`). True copies (other chrome, edits, a PDF's text, traditional script,
// lost characters) estimate 0.78-1.00 resemblance with their originals and keep at least 0.86 of
// their figures. One county template filled in by another school reaches 0.88 resemblance, so the
// text alone cannot tell it from a copy (precision 0.89 at 0.75), but keeps at most 0.73 of the
// figures even when a third of them were left as they were.

/** MinHash resemblance of the two articles' sampled 5-character shingles at or above which they may be copies. */
export const MIN_RESEMBLANCE = 0.75;
/** …and the share of the smaller side's figures the other side must have: other figures, another school's plan. */
export const MIN_FIGURE_AGREEMENT = 0.8;

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
