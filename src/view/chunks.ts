/**
 * Long lists of claims are printed in blocks. A browser lays out a table, or a list with its
 * contents, in one piece: the side-by-side page's one table of 41 rows (17,600 px tall on a phone)
 * and a pair page's list of 28 claims were the longest tasks of their pages' loads. Blocks below
 * the first screen are laid out only when the reader nears them (`.deferred` in global.css).
 */

/** Claims per block, at most. */
export const CLAIMS_PER_BLOCK = 8;

/**
 * The items cut into as few consecutive chunks of at most `max` as possible, as even as the
 * count allows (34 items, 8 at most: 6, 7, 7, 7, 7). No chunk is empty; no items, no chunk.
 */
export function evenChunks<T>(items: readonly T[], max = CLAIMS_PER_BLOCK): T[][] {
  const n = items.length;
  const k = Math.ceil(n / Math.max(1, max));
  return Array.from({ length: k }, (_, i) => items.slice(Math.floor((i * n) / k), Math.floor(((i + 1) * n) / k)));
}
