/**
 * Word counting shared by sentences, outlets and overlap shares. Intl.Segmenter's word
 * boundaries follow Unicode (UAX #29), so counts stay sensible for scripts without spaces,
 * for emoji and for combining marks, where a whitespace split would not.
 */

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Number of word-like segments in `text`. With `limit`, counting stops once it is passed (the
 * result is then limit + 1): enough to tell a short phrase from a long quote without segmenting
 * all of the long one.
 */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  for (const part of wordSegmenter.segment(text)) {
    if (part.isWordLike === true && ++n > limit) break;
  }
  return n;
}
