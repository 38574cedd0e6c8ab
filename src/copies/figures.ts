// The figures of an article: what tells two schools' fillings of one county template apart when
// nearly all their wording is shared.

/** Most distinct figures kept per article: enough to compare, small enough to store beside the signature. */
export const MAX_FIGURES = 200;

/**
 * The article's distinct quantities: a number with the character that says what it counts
 * (96%, 4节, 300米, 1小), sorted. Dates are left out (2024年, 3月): schools that fill in one
 * template share its timetable, and what sets their plans apart is the quantities they promise.
 */
export function articleFigures(text: string): string[] {
  const figures = new Set<string>();
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*([%\p{Script=Han}])/gu)) {
    if ('年月日号'.includes(match[2]!)) continue;
    figures.add(match[1]! + match[2]!);
    if (figures.size >= MAX_FIGURES) break;
  }
  return [...figures].sort();
}

/** Below this many figures on either side there is too little to compare: agreement is not judged. */
export const MIN_FIGURES = 4;

/**
 * Share of the smaller side's figures that the other side has too (containment, not Jaccard: a
 * repost's chrome adds dates and view counts to one side only). 1 when either side has too few.
 */
export function figureAgreement(a: readonly string[], b: readonly string[]): number {
  if (a.length < MIN_FIGURES || b.length < MIN_FIGURES) return 1;
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.filter((f) => large.has(f)).length / small.length;
}
