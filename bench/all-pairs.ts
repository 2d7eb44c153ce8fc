/**
 * The naive baseline the engine is measured against: every paragraph sentence of every outlet
 * scored against every sentence of every other outlet, with the engine's own terms, weights and
 * score (`matchTerms`) and its lowest acceptance threshold. Only the candidate step differs:
 * all pairs instead of the engine's term index. It stops at scoring, so it does less than
 * `analyzeStory` (no quotes, no clustering), which flatters the baseline, not the engine.
 */
// The one module outside src/lib that reaches past the entry point: it must score pairs exactly
// as the engine's claim step does (eslint.config.js names this exception).
import { matchTerms, termWeights, WEAK_SCORE } from '../src/lib/claims.ts';
import { structureArticle, terms, type ArticleInput } from '../src/lib/index.ts';

export interface AllPairsResult {
  sentences: number;
  pairs: number;
  accepted: number;
}

export function allPairs(articles: readonly ArticleInput[]): AllPairsResult {
  const units = articles.flatMap((article) => {
    return structureArticle(article)
      .sentences.filter((s) => s.inParagraph)
      .map((s, i, prose) => ({
        outlet: article.slug,
        position: (i + 0.5) / prose.length,
        tokens: terms(s.text).map((t) => t.key),
      }));
  });
  const weights = termWeights(units);
  let pairs = 0;
  let accepted = 0;
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.outlet === b.outlet) continue;
      pairs++;
      if (matchTerms(a.tokens, b.tokens, weights, Math.abs(a.position - b.position)).score >= WEAK_SCORE) accepted++;
    }
  }
  return { sentences: units.length, pairs, accepted };
}
