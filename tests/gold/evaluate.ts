/**
 * The engine's analysis of a story scored against its gold standard: what `npm run eval` prints
 * and the bench's alignment section reports. The scoring of each part is score.ts.
 */
import {
  analyzeStory,
  type ArticleInput,
  type ClaimMember,
  type StoryComparison,
  type StoryInput,
  tokenize,
} from '../../src/lib/index.ts';
import type { Gold } from './gold-file.ts';
import {
  matchQuoteMember,
  scoreClaimOutlets,
  scoreClaims,
  scoreOwn,
  scoreQuotes,
  type OutletPairScore,
  type OwnScore,
  type PairScore,
  type QuoteScore,
} from './score.ts';

export interface Report {
  story: string;
  gold: { file: string; claims: number; quoteClusters: number; own: number };
  claims: OutletPairScore;
  claimSentences: PairScore;
  /** The same score with possible matches (weak members) counted as stated. */
  possible: OutletPairScore;
  quotes: QuoteScore;
  own: OwnScore;
  /** Quote references that agree with the gold's majority wordings. */
  references: { agree: number; of: number; disagree: string[] };
}

/** Claim clusters with only the members of a given confidence. */
function claimsAt(c: StoryComparison, keep: (m: ClaimMember) => boolean): { members: ClaimMember[] }[] {
  return c.claimClusters.map((cluster) => ({ members: cluster.members.filter(keep) }));
}

export function evaluate(gold: Gold, file: string, c: StoryComparison): Report {
  const stated = claimsAt(c, (m) => m.confidence !== 'weak');
  const paragraphSentences = c.outlets.flatMap((o) => o.sentences.filter((s) => s.inParagraph));
  return {
    story: gold.story,
    gold: {
      file,
      claims: gold.claims.length,
      quoteClusters: gold.quotes.length,
      own: Object.values(gold.own).flat().length,
    },
    claims: scoreClaimOutlets(gold.claims, stated),
    claimSentences: scoreClaims(gold.claims, stated),
    possible: scoreClaimOutlets(gold.claims, c.claimClusters),
    quotes: scoreQuotes(gold.quotes, c.quoteClusters),
    references: referenceAgreement(gold, c),
    own: scoreOwn(
      gold.own,
      paragraphSentences.filter((s) => s.unique).map((s) => s.id),
    ),
  };
}

/**
 * Quote references against the gold's `majority_wording`: for each gold quote printed by two or
 * more outlets, the engine cluster holding most of its members must have a reference with the same
 * words (compared as tokens, edge punctuation aside) when the gold has one, and none when it has
 * none (null).
 */
function referenceAgreement(gold: Gold, c: StoryComparison): { agree: number; of: number; disagree: string[] } {
  const words = (text: string): string => tokenize(text).join(' ');
  let agree = 0;
  let of = 0;
  const disagree: string[] = [];
  for (const g of gold.quotes) {
    if (g.majority_wording === undefined) continue;
    of++;
    const votes = new Map<string, number>();
    for (const cluster of c.quoteClusters)
      for (const m of cluster.members) {
        const key = matchQuoteMember(m, [g]);
        if (key !== undefined) votes.set(cluster.id, (votes.get(cluster.id) ?? 0) + 1);
      }
    const id = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const engine = c.quoteClusters.find((q) => q.id === id)?.reference?.text;
    const ok =
      g.majority_wording === null
        ? engine === undefined
        : engine !== undefined && words(engine) === words(g.majority_wording);
    if (ok) agree++;
    else
      disagree.push(
        `${g.id} (${id ?? 'no cluster'}): gold ${JSON.stringify(g.majority_wording)}, engine ${JSON.stringify(engine ?? null)}`,
      );
  }
  return { agree, of, disagree };
}

/** The primary claim score with each outlet left out of both the engine's input and the gold. */
export function leaveOneOut(
  gold: Gold,
  story: StoryInput,
  articles: readonly ArticleInput[],
): { outlet: string; score: OutletPairScore }[] {
  return articles.map((left) => {
    const kept = articles.filter((a) => a !== left);
    const c = analyzeStory(story, kept);
    const claims = gold.claims
      .map((g) => ({
        id: g.id,
        members: Object.fromEntries(Object.entries(g.members).filter(([outlet]) => outlet !== left.slug)),
      }))
      .filter((g) => Object.keys(g.members).length > 1);
    return {
      outlet: left.slug,
      score: scoreClaimOutlets(
        claims,
        claimsAt(c, (m) => m.confidence !== 'weak'),
      ),
    };
  });
}
