/** Reading-order helpers shared by quote and claim clusters. */

/** Median of a non-empty list (0 for an empty one). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sorts clusters by position, then by their first member's id, so ties are deterministic. */
export function byReadingOrder<T extends { position: number; firstKey: string }>(a: T, b: T): number {
  return a.position - b.position || (a.firstKey < b.firstKey ? -1 : a.firstKey > b.firstKey ? 1 : 0);
}
