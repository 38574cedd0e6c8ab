/** Median of the values; the mean of the middle two when the count is even. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds for display without turning 33.333333 into noise; whole numbers stay whole. */
export function roundForDisplay(value: number): number {
  return Math.round(value * 100) / 100;
}
