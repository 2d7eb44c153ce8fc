/**
 * Claims worded differently: two outlets print the same claim but keep little of each other's
 * wording, so a reader comparing them sees a paraphrase, not a copy.
 */
import { outletMembers } from '../claims.ts';
import type { ClaimCluster } from '../types.ts';
import { sameWordShare, wordDiff } from '../word-diff.ts';
import type { Rewording, TextSpan } from './types.ts';

/**
 * Two members of one claim count as worded differently when the word diff keeps less than this
 * share of their words: under a third, the sentences share the facts but little of the phrasing.
 */
export const SUBSTANTIAL_REWORDING = 0.35;

/**
 * For each claim, the pair of outlets' members that keeps the fewest words in common, when that is
 * below SUBSTANTIAL_REWORDING. Each outlet by its member there (outletMembers); possible matches
 * (weak members) are not claims the site states, so they are left out.
 */
export function rewordings(claims: readonly ClaimCluster[]): Rewording[] {
  const out: Rewording[] = [];
  for (const cluster of claims) {
    let best: Rewording | undefined;
    const members = outletMembers(cluster, true);
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) {
        const sameWords = sameWordShare(wordDiff(a.text, b.text));
        if (sameWords < SUBSTANTIAL_REWORDING && (best === undefined || sameWords < best.sameWords)) {
          best = { cluster: cluster.id, a: span(a), b: span(b), sameWords: Math.round(sameWords * 1000) / 1000 };
        }
      }
    });
    if (best !== undefined) out.push(best);
  }
  return out;
}

function span(m: TextSpan): TextSpan {
  return { outlet: m.outlet, sentenceId: m.sentenceId, text: m.text, start: m.start, end: m.end };
}
