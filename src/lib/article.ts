/**
 * One article's text structure: blocks and sentences with their ids and ranges. Ids are decided
 * here and nowhere else, so every page, link, search hit and test uses the same anchors.
 */
import { parseBlocks } from './parse.ts';
import { segmentSentences } from './segment.ts';
import type { ArticleInput, Block, Sentence } from './types.ts';
import { countWords } from './words.ts';

export interface ArticleStructure {
  blocks: Block[];
  sentences: Sentence[];
}

/** `<outlet>-p<block>-s<n>`, both numbers 1-based. */
export function sentenceId(outlet: string, blockIndex: number, n: number): string {
  return `${outlet}-p${blockIndex + 1}-s${n}`;
}

export function structureArticle(article: ArticleInput): ArticleStructure {
  const { source, slug } = article;
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const parsed of parseBlocks(source)) {
    const blockIndex = blocks.length;
    const block: Block = { kind: parsed.kind, start: parsed.start, end: parsed.end, sentenceIds: [] };
    if (parsed.depth !== undefined) block.depth = parsed.depth;
    const text = source.slice(parsed.start, parsed.end);
    for (const r of segmentSentences(text)) {
      const id = sentenceId(slug, blockIndex, block.sentenceIds.length + 1);
      const start = parsed.start + r.start;
      const end = parsed.start + r.end;
      const sentenceText = source.slice(start, end);
      block.sentenceIds.push(id);
      sentences.push({
        id,
        outlet: slug,
        block: blockIndex,
        text: sentenceText,
        start,
        end,
        words: countWords(sentenceText),
        quoteIds: [],
        claimClusterIds: [],
        unique: false,
      });
    }
    if (block.sentenceIds.length > 0) blocks.push(block);
  }
  return { blocks, sentences };
}
