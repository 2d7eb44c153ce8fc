/**
 * The analysis engine's entry point. Pages, endpoints, the search index, the command-line tools and
 * the bench import the engine from here and nowhere else (ESLint enforces it); unit tests may reach
 * into single modules.
 */
export { analyzeStory } from './analyze.ts';
export { outletMembers } from './claims.ts';
export { sentencePairEvidence, type SentencePairEvidence } from './sentence-pairs.ts';
export { describeDifferences } from './insights/index.ts';
export { structureArticle } from './article.ts';
export { parseArticle, type MarkupProblem } from './parse.ts';
export { contentTokens, tokenize } from './normalize.ts';
export { terms, type Term, type TermKind } from './terms.ts';
export { fold, latinLookAlike, INVISIBLE } from './fold.ts';
export { countWords } from './words.ts';
export { outletKey } from './outlet-names.ts';
export { ALIAS_GROUPS, aliasKey, aliasSpellings, type AliasGroup } from './aliases.ts';
export { wordDiff } from './word-diff.ts';
export type * from './types.ts';
export type * from './insights/types.ts';
