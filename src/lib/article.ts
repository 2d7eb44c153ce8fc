/**
 * One article's text structure: blocks and sentences with their ids and ranges. Ids are decided
 * here and nowhere else, so every page, link, search hit and test uses the same anchors.
 */
import { parseBlocks } from './parse.ts';
import { findQuotes } from './quotes.ts';
import { lastAtOrBefore } from './sorted-offsets.ts';
import { segmentSentences } from './segment.ts';
import { attributeSpeakers, type QuotePlace } from './speakers.ts';
import type { ArticleInput, Block, Quote, Sentence } from './types.ts';
import { countWords } from './words.ts';

export interface ArticleStructure {
  blocks: Block[];
  sentences: Sentence[];
  quotes: Quote[];
}

/** `<outlet>-p<block>-s<n>`, both numbers 1-based. */
export function sentenceId(outlet: string, blockIndex: number, n: number): string {
  return `${outlet}-p${blockIndex + 1}-s${n}`;
}

export function structureArticle(article: ArticleInput): ArticleStructure {
  const { source, slug } = article;
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const spans: (QuotePlace & { start: number; end: number; recovered: boolean; fragment: boolean; parent?: number })[] =
    [];
  for (const parsed of parseBlocks(source)) {
    const blockIndex = blocks.length;
    const block: Block = { kind: parsed.kind, start: parsed.start, end: parsed.end, sentenceIds: [] };
    if (parsed.depth !== undefined) block.depth = parsed.depth;
    const text = source.slice(parsed.start, parsed.end);
    const ranges = segmentSentences(text);
    const firstSentence = sentences.length;
    for (const r of ranges) {
      const id = sentenceId(slug, blockIndex, block.sentenceIds.length + 1);
      const start = parsed.start + r.start;
      const end = parsed.start + r.end;
      const sentenceText = source.slice(start, end);
      block.sentenceIds.push(id);
      sentences.push({
        id,
        outlet: slug,
        block: blockIndex,
        inParagraph: parsed.kind === 'paragraph',
        text: sentenceText,
        start,
        end,
        words: countWords(sentenceText),
        quoteIds: [],
        claimClusterIds: [],
        unique: false,
      });
    }
    const rangeStarts = ranges.map((r) => r.start);
    const sentenceAt = (offset: number): number => firstSentence + Math.max(0, lastAtOrBefore(rangeStarts, offset));
    const base = spans.length;
    for (const q of findQuotes(text, ranges)) {
      spans.push({
        start: parsed.start + q.start,
        end: parsed.start + q.end,
        openAt: parsed.start + q.openAt,
        closeAt: parsed.start + q.closeAt,
        firstSentence: sentenceAt(q.start),
        lastSentence: sentenceAt(Math.max(q.start, q.end - 1)),
        block: blockIndex,
        recovered: q.recovered,
        fragment: q.fragment,
        ...(q.parent !== undefined && { parent: base + q.parent }),
      });
    }
    if (block.sentenceIds.length > 0) blocks.push(block);
  }
  const speakers = attributeSpeakers(source, sentences, spans, spans);
  const quotes: Quote[] = spans.map((q, i) => {
    const sentenceIds = sentences.slice(q.firstSentence, q.lastSentence + 1).map((s) => s.id);
    const quote: Quote = {
      id: `${slug}-q${i + 1}`,
      outlet: slug,
      sentenceIds,
      text: source.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      fragment: q.fragment,
      recovered: q.recovered,
    };
    if (q.parent !== undefined) quote.parent = `${slug}-q${q.parent + 1}`;
    const speaker = speakers[i];
    if (speaker !== undefined) quote.speaker = speaker;
    sentences[q.firstSentence]?.quoteIds.push(quote.id);
    return quote;
  });
  return { blocks, sentences, quotes };
}
