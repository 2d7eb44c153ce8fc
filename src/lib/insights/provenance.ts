/**
 * Where each outlet says its story came from: the frontmatter (`cites`, `republishedFrom`) and
 * the text ("told Fox News Digital", "According to Fox News", "a report from Fox News",
 * "According to Daljoog News analysis"), with each outlet's reuse figures from the engine.
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

/** The credits an outlet's paragraphs print, in reading order. */
function textSources(outlet: OutletAnalysis): SourceClaim[] {
  const out: SourceClaim[] = [];
  for (const sentence of outlet.sentences) {
    if (!sentence.inParagraph) continue;
    const found: { index: number; claim: SourceClaim }[] = [];
    for (const { kind, pattern } of CREDITS) {
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
