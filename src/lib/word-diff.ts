/**
 * The one word diff of two wordings (a quote against its cluster's canonical wording, two outlets'
 * sentences of one claim), exact enough that both wordings rebuild from its parts.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from './types.ts';

/**
 * A diff gives up beyond this many edits (long texts that differ wholesale) and is shown as a whole
 * replacement. This bounds the work by the texts alone; there is no wall-clock timeout, which would
 * make the output depend on how busy the machine is (two builds of one content must be identical).
 */
export const WORD_DIFF_MAX_EDITS = 400;

/**
 * Unicode word boundaries (UAX #29), which keep a number whole ("6,000", "1.5") and an
 * abbreviation's inner dots ("U.S") where the `diff` package's own word pattern splits them into
 * "6" "," "000". The rules are the same in every locale for the scripts the site prints; the locale
 * is fixed so that a build does not depend on the machine's.
 */
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/** Words, whitespace runs and punctuation marks, each a token; together exactly the text. */
function tokens(text: string): string[] {
  return Array.from(WORDS.segment(text), (s) => s.segment);
}

/**
 * Word diff from `from` to `to`, as plain JSON parts. Whitespace is a token of its own, so the
 * parts rebuild both wordings exactly: joining the parts that are not added gives `from`, and those
 * not removed give `to` (plain `diffWords` takes a common part's spacing from one side only).
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  // Most quotes are printed by one outlet, so they are their own canonical wording: the diff of
  // a text with itself is that text, unchanged.
  if (to === from) return [{ value: to, added: false, removed: false }];
  const parts = diffArrays(tokens(from), tokens(to), { maxEditLength: WORD_DIFF_MAX_EDITS });
  if (parts === undefined) {
    return [
      { value: from, added: false, removed: true },
      { value: to, added: true, removed: false },
    ];
  }
  return parts.map((p) => ({ value: p.value.join(''), added: p.added, removed: p.removed }));
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
