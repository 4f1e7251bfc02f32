/**
 * When the entries of a catalog "agree": a property is the catalog's own when
 * every entry has it but a few outliers. The few are what a lint run should
 * then report, so the margin is small: none below eight entries (four of five
 * is no agreement), one in a catalog of eight or more, and at most 5% of a
 * large one (60 of 1,201 topics).
 */
export function outliersAllowed(total: number): number {
  if (total < 8) return 0;
  return Math.max(1, Math.floor(total * 0.05));
}

/** Whether `count` of `total` entries is "(nearly) every entry". */
export function nearlyAll(count: number, total: number): boolean {
  return total > 0 && count >= total - outliersAllowed(total);
}

/** "in 1,360 of 1,366 entries", "in every one of 12 entries". */
export function share(count: number, total: number, what = "entries"): string {
  const n = (value: number) => value.toLocaleString("en-US");
  return count === total ? `in all ${n(total)} ${what}` : `in ${n(count)} of ${n(total)} ${what}`;
}

/** Counts of each value, in first-seen order (deterministic for a given input order). */
export function tally<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The entries of a tally, most frequent first, ties in first-seen order. */
export function byCount<T>(counts: Map<T, number>): Array<[T, number]> {
  return [...counts].sort((a, b) => b[1] - a[1]);
}
