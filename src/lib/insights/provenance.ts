/**
 * Where each outlet says its story came from: the frontmatter (`cites`, `republishedFrom`), the
 * text ("told Fox News Digital", "According to Fox News", "a report from Fox News",
 * "According to Daljoog News analysis") and the credit line under it ("Source: Las Vegas News
 * Magazine"), with each outlet's reuse figures from the engine.
 */
import type { OutletProvenance, SourceClaim, SourceKind, StoryProvenance, TextSpan } from './types.ts';
import { outletKey, sameOutlet } from '../outlet-names.ts';
import type { OutletAnalysis, StoryComparison } from '../types.ts';

/** A name as printed: capitalised words, "of"/"the" allowed inside ("Office of the Director …"). */
const NAME = "(?<name>(?:[A-Z][\\p{L}\\p{N}'’&.-]*)(?:\\s+(?:(?:of|the|for)\\s+)*[A-Z][\\p{L}\\p{N}'’&.-]*)*)";

/** Phrases that credit a source, each with the kind of credit it is. Names must be capitalised, so "told lawmakers" and "according to the source" are not credits to an outlet. */
const CREDITS: readonly {
  kind: Exclude<SourceKind, 'cites' | 'republished-from' | 'own-analysis'>;
  pattern: RegExp;
}[] = [
  { kind: 'told', pattern: new RegExp(`\\btold\\s+(?:the\\s+)?${NAME}`, 'gu') },
  { kind: 'according-to', pattern: new RegExp(`\\baccording\\s+to\\s+(?:the\\s+)?${NAME}`, 'giu') },
  {
    kind: 'report-from',
    pattern: new RegExp(
      `\\b(?:report|interview|analysis|article|story)\\s+(?:from|by|with|in|on)\\s+(?:the\\s+)?${NAME}`,
      'gu',
    ),
  },
];

/**
 * A credit line names the source it was taken from: "Source: X", "Source" and X on the next line,
 * "Via X", "Originally published by X". Only credit blocks (`:::credit`) are read for it, where such
 * a line says where the article came from rather than where a fact did.
 */
const CREDIT_LINE = {
  kind: 'credit',
  pattern: new RegExp(
    `^\\s*(?:[Ss]ources?|[Vv]ia|[Oo]riginally\\s+(?:published|appeared)\\s+(?:by|in|on|at))\\s*[:—–-]?\\s*${NAME}`,
    'gu',
  ),
} as const;

/** The credits an outlet prints, in reading order: in its paragraphs, and on its credit lines. */
function textSources(outlet: OutletAnalysis): SourceClaim[] {
  const out: SourceClaim[] = [];
  const creditBlocks = new Set(outlet.blocks.flatMap((b, i) => (b.kind === 'credit' ? [i] : [])));
  for (const sentence of outlet.sentences) {
    const found: { index: number; claim: SourceClaim }[] = [];
    const credits: typeof CREDITS = sentence.inParagraph
      ? CREDITS
      : creditBlocks.has(sentence.block)
        ? [CREDIT_LINE]
        : [];
    for (const { kind, pattern } of credits) {
      for (const match of sentence.text.matchAll(pattern)) {
        const printed = match.groups?.['name'] ?? '';
        // The name may end the sentence: its full stop is not part of it.
        const name = printed.replace(/[.’'-]+$/u, '');
        if (!/^\p{Lu}/u.test(name)) continue;
        const length = match[0].length - (printed.length - name.length);
        const own = sameOutlet(name, outlet.outlet) || outletKey(name).startsWith(outletKey(outlet.outlet));
        const span: TextSpan = {
          outlet: outlet.slug,
          sentenceId: sentence.id,
          text: match[0].slice(0, length),
          start: sentence.start + match.index,
          end: sentence.start + match.index + length,
        };
        found.push({
          index: match.index,
          claim: { source: own ? outlet.outlet : name, kind: own ? 'own-analysis' : kind, from: 'text', span },
        });
      }
    }
    out.push(...found.sort((a, b) => a.index - b.index).map((f) => f.claim));
  }
  return out;
}

export function describeProvenance(comparison: StoryComparison): StoryProvenance {
  const original = comparison.story.originalReport?.outlet;
  const byName = new Map(comparison.outlets.map((o) => [outletKey(o.outlet), o]));
  const chainOf = (outlet: OutletAnalysis, seen: Set<string>): string[] => {
    const from = outlet.republishedFrom;
    if (from === undefined || seen.has(outletKey(from))) return [];
    seen.add(outletKey(from));
    const upstream = byName.get(outletKey(from));
    return [from, ...(upstream === undefined ? [] : chainOf(upstream, seen))];
  };
  const outlets = comparison.outlets.map((outlet): OutletProvenance => {
    const sources: SourceClaim[] = [
      ...outlet.cites.map((source): SourceClaim => ({ source, kind: 'cites', from: 'frontmatter' })),
      ...(outlet.republishedFrom === undefined
        ? []
        : [{ source: outlet.republishedFrom, kind: 'republished-from', from: 'frontmatter' } satisfies SourceClaim]),
      ...textSources(outlet),
    ];
    const credits: string[] = [];
    for (const s of sources)
      if (s.kind !== 'own-analysis' && !credits.some((c) => outletKey(c) === outletKey(s.source)))
        credits.push(s.source);
    const paragraphs = outlet.sentences.filter((s) => s.inParagraph).length;
    return {
      outlet: outlet.slug,
      sources,
      credits,
      chain: chainOf(outlet, new Set([outletKey(outlet.outlet)])),
      namesNoSource: credits.length === 0,
      citesOriginal: original !== undefined && credits.some((c) => sameOutlet(c, original)),
      sharedShare: outlet.sharedShare,
      uniqueSentences: outlet.uniqueSentences,
      uniqueShare: paragraphs === 0 ? 0 : outlet.uniqueSentences / paragraphs,
    };
  });
  return {
    ...(original !== undefined && { original }),
    outlets,
    unsourced: outlets.filter((o) => o.namesNoSource).map((o) => o.outlet),
  };
}
