/** Public API of the analysis engine. */
export { analyzeStory } from './analyze.ts';
export { segmentSentences, type SentenceRange } from './segment.ts';
export { countWords } from './words.ts';
export type * from './types.ts';
export { tokenize, contentTokens, STOPWORDS } from './normalize.ts';
export { similarity, matchTokens, candidatePairs, ngrams } from './align.ts';
export { findQuotes } from './quotes.ts';
export { quoteLabel, wordDiff } from './quote-clusters.ts';
export { weightedMatch, tokenWeights } from './claims.ts';
