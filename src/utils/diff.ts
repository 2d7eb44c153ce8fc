import { wordDiff as exactWordDiff } from '../lib/quote-clusters.ts';
import type { DiffPart } from '../lib/types.ts';

/**
 * Word diff of two sentences for display: the engine's exact diff (joining the parts that are not
 * `added` gives `from`, those not `removed` give `to`), read as phrases. Kept per build: the
 * overview's "what differs" list and the pairwise pages diff the same sentence pairs.
 */
export function wordDiff(from: string, to: string): readonly DiffPart[] {
  const key = `${from}\0${to}`;
  let parts = diffs.get(key);
  if (parts === undefined) {
    parts = phrases(exactWordDiff(from, to));
    diffs.set(key, parts);
  }
  return parts;
}

const diffs = new Map<string, readonly DiffPart[]>();

const changed = (part: DiffPart | undefined): boolean => part !== undefined && (part.added || part.removed);

/**
 * An exact diff with changes separated only by a space merged into one removal and one addition,
 * so a reworded phrase reads as a phrase rather than as alternating single words. Both wordings
 * still rebuild exactly.
 */
export function phrases(parts: readonly DiffPart[]): DiffPart[] {
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
