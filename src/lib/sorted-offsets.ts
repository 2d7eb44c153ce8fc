/** Binary search over sorted offsets: what keeps per-quote and per-word lookups linear overall on megabyte inputs. */

/** Index of the last element of `sorted` that is ≤ value, or −1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
