/**
 * Who the outlets say said it. Inside a quote cluster: the same words credited to different
 * speakers, or printed with no speaker at all (attribution), and the same speaker quoted as
 * speaking to different venues (speaker). Across a claim cluster: words one outlet prints inside
 * quotation marks that another prints as its own narration (attribution).
 */
import { contentTokens, tokenize } from '../normalize.ts';
import type { OutletAnalysis, QuoteCluster, StoryComparison } from '../types.ts';
import { toSides, type RawFinding } from './compare.ts';
import type { TextSpan } from './types.ts';

/** A quote needs at least this many content words for its wording to be recognisable as narration. */
export const NARRATION_MIN_WORDS = 3;
/**
 * Share of the quote's content words (with repeats) that must appear, outside quotation marks, in
 * another outlet's sentence of the same claim for that sentence to print the quote as narration.
 * 0.6 keeps reworded narration ("preventing nearly 6,000 ISIS fighters from slipping into the fog
 * of war" for "How do you prevent roughly 6,000 ISIS fighters from disappearing into the fog of
 * war?") and rejects sentences that share only the topic.
 */
export const NARRATION_MIN_SHARE = 0.6;

const memberSpan = (m: { outlet: string; sentenceId: string; text: string; start: number; end: number }): TextSpan => ({
  outlet: m.outlet,
  sentenceId: m.sentenceId,
  text: m.text,
  start: m.start,
  end: m.end,
});

/** Quote credited to different speakers, or to nobody by some outlets. */
export function speakerFindings(cluster: QuoteCluster): RawFinding[] {
  const out: RawFinding[] = [];
  const bySpeaker = toSides(
    cluster.members.map((m) => ({
      outlet: m.outlet,
      value: m.speaker?.key ?? 'none',
      label: m.speaker === undefined ? 'no speaker named' : m.speaker.printed,
      spans: [memberSpan(m)],
    })),
  );
  if (bySpeaker.length > 1 && new Set(bySpeaker.flatMap((s) => s.outlets)).size > 1) {
    out.push({ kind: 'attribution', subject: `“${cluster.canonical}”`, sides: bySpeaker });
  }
  // The venue is compared only where outlets name one: "said" is not a different venue from "told Fox News".
  const venues = toSides(
    cluster.members.flatMap((m) =>
      m.speaker?.venue === undefined
        ? []
        : [
            {
              outlet: m.outlet,
              value: `${m.speaker.key} → ${m.speaker.venue.toLowerCase()}`,
              label: `${m.speaker.printed}, to ${m.speaker.venue}`,
              spans: [memberSpan(m)],
            },
          ],
    ),
  );
  if (venues.length > 1) out.push({ kind: 'speaker', subject: `who heard “${cluster.canonical}”`, sides: venues });
  return out;
}

/** The sentence's text with its quoted spans blanked out, so only narration is left. */
function narration(outlet: OutletAnalysis, sentenceId: string): string | undefined {
  const sentence = outlet.sentences.find((s) => s.id === sentenceId);
  if (sentence === undefined) return undefined;
  let text = sentence.text;
  for (const q of outlet.quotes) {
    const from = Math.max(q.start, sentence.start) - sentence.start;
    const to = Math.min(q.end, sentence.end) - sentence.start;
    if (to > from) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/** Share of `words` (with repeats) that occur in `text`. */
function coverage(words: readonly string[], text: string): number {
  const available = new Map<string, number>();
  for (const t of contentTokens(tokenize(text))) available.set(t, (available.get(t) ?? 0) + 1);
  let found = 0;
  for (const w of words) {
    const n = available.get(w) ?? 0;
    if (n > 0) {
      found++;
      available.set(w, n - 1);
    }
  }
  return words.length === 0 ? 0 : found / words.length;
}

/** Words quoted by some outlets and printed as narration by others in the same claim. */
export function narrationFindings(cluster: QuoteCluster, comparison: StoryComparison): RawFinding[] {
  const outlets = new Map(comparison.outlets.map((o) => [o.slug, o]));
  const quoted = new Set(cluster.members.map((m) => m.outlet));
  const sentenceIds = new Set(cluster.members.map((m) => m.sentenceId));
  const claims = comparison.claimClusters.filter((c) => c.members.some((m) => sentenceIds.has(m.sentenceId)));
  const narrators = new Map<string, TextSpan>();
  for (const member of cluster.members) {
    const words = contentTokens(tokenize(member.text));
    if (words.length < NARRATION_MIN_WORDS) continue;
    for (const claim of claims) {
      for (const m of claim.members) {
        const outlet = outlets.get(m.outlet);
        if (quoted.has(m.outlet) || narrators.has(m.outlet) || outlet === undefined) continue;
        const text = narration(outlet, m.sentenceId);
        if (text !== undefined && coverage(words, text) >= NARRATION_MIN_SHARE) narrators.set(m.outlet, memberSpan(m));
      }
    }
  }
  if (narrators.size === 0) return [];
  const sides = toSides([
    ...cluster.members.map((m) => ({
      outlet: m.outlet,
      value: 'quote',
      label: 'printed as a quote',
      spans: [memberSpan(m)],
    })),
    ...[...narrators.values()].map((span) => ({
      outlet: span.outlet,
      value: 'narration',
      label: 'printed as narration, without quotation marks',
      spans: [span],
    })),
  ]);
  return [{ kind: 'attribution', subject: `“${cluster.canonical}”`, sides }];
}
