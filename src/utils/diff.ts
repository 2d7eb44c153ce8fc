import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../lib/types.ts';

/**
 * Word-level diff from `from` to `to`, from the `diff` package. Whitespace counts as a token
 * (`diffWordsWithSpace`; plain `diffWords` may take a common part's spacing from one side only,
 * "October , Director"), so joining the parts that are not `added` gives `from` exactly and
 * joining those not `removed` gives `to`: each side is shown with its own spacing intact.
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWordsWithSpace(from, to).map((part) => ({ value: part.value, added: part.added, removed: part.removed }));
}

/** Share (0–1) of the words of both sides that the diff keeps unchanged. */
export function sameWordShare(parts: readonly DiffPart[]): number {
  let same = 0;
  let total = 0;
  for (const part of parts) {
    const count = part.value.split(/\s+/).filter(Boolean).length;
    total += part.added || part.removed ? count : 2 * count;
    if (!part.added && !part.removed) same += 2 * count;
  }
  return total === 0 ? 1 : same / total;
}
