import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../lib/types.ts';

/**
 * Word-level diff from `from` to `to`, from the `diff` package. Whitespace counts as a token
 * (`diffWordsWithSpace`; plain `diffWords` may take a common part's spacing from one side only,
 * "October , Director"), so joining the parts that are not `added` gives `from` exactly and
 * joining those not `removed` gives `to`: each side is shown with its own spacing intact.
 * Changes separated only by a space are merged into one removal and one addition, so a reworded
 * phrase reads as a phrase rather than as alternating single words.
 * Kept per build: the overview's "what differs" list and the pairwise pages diff the same
 * sentence pairs.
 */
export function wordDiff(from: string, to: string): readonly DiffPart[] {
  const key = `${from}\0${to}`;
  let parts = diffs.get(key);
  if (parts === undefined) {
    parts = mergeChangeRuns(diffWordsWithSpace(from, to).map((part) => ({ value: part.value, added: part.added, removed: part.removed })));
    diffs.set(key, parts);
  }
  return parts;
}

const diffs = new Map<string, readonly DiffPart[]>();

const changed = (part: DiffPart | undefined): boolean => part !== undefined && (part.added || part.removed);

function mergeChangeRuns(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i];
    if (part === undefined) break;
    if (!changed(part)) {
      out.push(part);
      i += 1;
      continue;
    }
    // A run of changes, bridging unchanged whitespace that has changes on both sides.
    let removed = '';
    let added = '';
    let j = i;
    for (; j < parts.length; j += 1) {
      const p = parts[j];
      if (p === undefined) break;
      if (p.removed) removed += p.value;
      else if (p.added) added += p.value;
      else if (/^\s+$/.test(p.value) && changed(parts[j + 1])) {
        removed += p.value;
        added += p.value;
      } else break;
    }
    if (removed !== '') out.push({ value: removed, added: false, removed: true });
    if (added !== '') out.push({ value: added, added: true, removed: false });
    i = j;
  }
  return out;
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
