/** A run of text that is either matched (shown in `<mark>`) or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` at fuse.js match ranges (inclusive `[start, end]` UTF-16 indices, as
 * `includeMatches` reports them) into marked and unmarked runs that together spell `text`.
 * Ranges may be unsorted, overlapping or run past the end; empty runs are never produced.
 */
export function highlightSegments(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const sorted = ranges
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(text.length, end + 1)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of sorted) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), mark: false });
    const last = segments.at(-1);
    if (from === cursor && last?.mark === true) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}
