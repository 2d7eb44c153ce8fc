/**
 * The naive baseline the engine is measured against: every paragraph sentence of every outlet
 * scored against every sentence of every other outlet, with the engine's own tokens, weights and
 * similarity (`weightedMatch`) and its acceptance thresholds. Only the candidate step differs:
 * all pairs instead of the engine's n-gram index. It stops at scoring, so it does less than
 * `analyzeStory` (no quotes, no clustering), which flatters the baseline, not the engine.
 */
// The one module outside src/lib that reaches past the entry point: it must score pairs exactly
// as the engine's claim step does (eslint.config.js names this exception).
import {
  CLAIM_CONTAINED_MIN_SCORE,
  CLAIM_MIN_CONTAINMENT,
  CLAIM_MIN_SCORE,
  tokenWeights,
  weightedMatch,
} from '../src/lib/claims.ts';
import { contentTokens, structureArticle, tokenize, type ArticleInput } from '../src/lib/index.ts';

export interface AllPairsResult {
  sentences: number;
  pairs: number;
  accepted: number;
}

export function allPairs(articles: readonly ArticleInput[]): AllPairsResult {
  const units = articles.flatMap((article) => {
    return structureArticle(article)
      .sentences.filter((s) => s.inParagraph)
      .map((s) => ({ outlet: article.slug, tokens: contentTokens(tokenize(s.text)) }));
  });
  const weights = tokenWeights(units);
  let pairs = 0;
  let accepted = 0;
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.outlet === b.outlet) continue;
      pairs++;
      const p = weightedMatch(a.tokens, b.tokens, weights);
      if (
        p.score >= CLAIM_MIN_SCORE ||
        (p.containment >= CLAIM_MIN_CONTAINMENT && p.score >= CLAIM_CONTAINED_MIN_SCORE)
      )
        accepted++;
    }
  }
  return { sentences: units.length, pairs, accepted };
}
