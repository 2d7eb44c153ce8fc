/** One sentence as an outlet page shows it: its pieces (dateline, quotes) and the outlets that print it too. */
import type { Confidence, OutletAnalysis, Sentence } from '../lib/index.ts';
import type { StoryIndex } from './story-index.ts';

/** A piece of a sentence as it is rendered: plain text, the dateline, or (part of) a quote. */
export interface SentencePiece {
  text: string;
  kind: 'text' | 'dateline' | 'quote' | 'altered';
}

/**
 * Cuts a sentence into plain text, its dateline (when the sentence opens with it) and the
 * top-level quotes that overlap it. Joining the pieces' text gives the sentence exactly.
 */
export function sentencePieces(index: StoryIndex, outlet: OutletAnalysis, sentence: Sentence): SentencePiece[] {
  const marks: { start: number; end: number; kind: SentencePiece['kind'] }[] = [];
  const { dateline } = outlet;
  if (dateline !== undefined && sentence.text.startsWith(dateline) && outlet.sentences[0] === sentence) {
    marks.push({ start: sentence.start, end: sentence.start + dateline.length, kind: 'dateline' });
  }
  for (const quote of outlet.quotes) {
    if (quote.parent !== undefined || quote.end <= sentence.start || quote.start >= sentence.end) continue;
    const altered = index.quoteCluster(quote.id)?.member.label === 'altered';
    marks.push({
      start: Math.max(quote.start, sentence.start),
      end: Math.min(quote.end, sentence.end),
      kind: altered ? 'altered' : 'quote',
    });
  }
  marks.sort((a, b) => a.start - b.start);
  const pieces: SentencePiece[] = [];
  let at = sentence.start;
  const take = (end: number, kind: SentencePiece['kind']): void => {
    if (end > at) pieces.push({ text: sentence.text.slice(at - sentence.start, end - sentence.start), kind });
    at = Math.max(at, end);
  };
  for (const mark of marks) {
    if (mark.start < at) continue;
    take(mark.start, 'text');
    take(mark.end, mark.kind);
  }
  take(sentence.end, 'text');
  return pieces;
}

export interface SharedSentence {
  outlet: OutletAnalysis;
  sentenceId: string;
  /**
   * How sure the alignment is: the weaker of the two sentences' confidences in their shared claim
   * (the best such claim when they share several). `weak` is shown as a possible match.
   */
  confidence: Confidence;
}

const RANK: Readonly<Record<Confidence, number>> = { weak: 0, likely: 1, strong: 2 };

/**
 * The other outlets' sentences that line up with this one, at most one per outlet (its most
 * confident, then its best-scoring), in outlet order.
 */
export function sharedWith(index: StoryIndex, sentence: Sentence): SharedSentence[] {
  const found = new Map<string, { sentenceId: string; confidence: Confidence; score: number }>();
  for (const clusterId of sentence.claimClusterIds) {
    const members = index.claim(clusterId).members;
    const self = members.find((m) => m.sentenceId === sentence.id);
    if (self === undefined) continue;
    for (const member of members) {
      if (member.outlet === sentence.outlet) continue;
      const confidence = RANK[member.confidence] < RANK[self.confidence] ? member.confidence : self.confidence;
      const known = found.get(member.outlet);
      if (
        known === undefined ||
        RANK[confidence] > RANK[known.confidence] ||
        (confidence === known.confidence && member.score > known.score)
      )
        found.set(member.outlet, { sentenceId: member.sentenceId, confidence, score: member.score });
    }
  }
  return index.comparison.outlets.flatMap((o) => {
    const f = found.get(o.slug);
    return f === undefined ? [] : [{ outlet: o, sentenceId: f.sentenceId, confidence: f.confidence }];
  });
}
