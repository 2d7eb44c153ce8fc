/**
 * What two sentences of different outlets share, for a page that sets them side by side. A claim
 * cluster links sentences through all the outlets that print the claim, so a member's evidence is
 * what it shares with any of them: two members can share fewer words with each other ("US officials
 * believed that a collapse of the prisons amid the chaos…" and "U.S. intelligence agencies feared
 * that if the prisons collapsed…" share "US", "prisons" and "collapse", not "believed" or "chaos").
 * This is the pair's own evidence and score, as alignment scores a pair.
 */
import { claimUnitsOf, evidenceOf, matchTerms, termWeights, type ClaimUnit } from './claims.ts';
import type { ClaimEvidence, StoryComparison } from './types.ts';

export interface SentencePairEvidence {
  /** The pair's own score (0–1, 0 when the two share fewer than MIN_SHARED_TERMS terms). */
  score: number;
  /** The terms both sentences print, as spans of each, in reading order. */
  a: ClaimEvidence[];
  b: ClaimEvidence[];
}

interface Prepared {
  units: Map<string, ClaimUnit>;
  weights: Map<string, number>;
}

/** Units and term weights are the story's, prepared once per comparison whatever the number of pairs asked. */
const prepared = new WeakMap<StoryComparison, Prepared>();

function prepare(comparison: StoryComparison): Prepared {
  let p = prepared.get(comparison);
  if (p === undefined) {
    const units = claimUnitsOf(comparison.outlets);
    p = { units: new Map(units.map((u) => [u.id, u])), weights: termWeights(units) };
    prepared.set(comparison, p);
  }
  return p;
}

/** The evidence two paragraph sentences of the story share, by sentence id. */
export function sentencePairEvidence(comparison: StoryComparison, a: string, b: string): SentencePairEvidence {
  const { units, weights } = prepare(comparison);
  const [ua, ub] = [units.get(a), units.get(b)];
  if (ua === undefined || ub === undefined)
    throw new Error(`story ${comparison.story.slug}: no paragraph sentence "${ua === undefined ? a : b}"`);
  const m = matchTerms(ua.tokens, ub.tokens, weights, Math.abs(ua.position - ub.position));
  return { score: m.score, a: evidenceOf(ua, m.matchedA), b: evidenceOf(ub, m.matchedB) };
}
