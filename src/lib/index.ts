/** Public API of the analysis engine. */
export { analyzeStory } from './analyze.ts';
export { segmentSentences, type SentenceRange } from './segment.ts';
export { countWords } from './words.ts';
export type * from './types.ts';
