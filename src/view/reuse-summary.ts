/**
 * What the overview's summary says about who copied whom and what each outlet alone says, as data
 * and as one sentence each, with the URLs to link them to; and the sentence under the original report
 * that says which outlets credit it, computed rather than assumed.
 */
import type { StoryComparison, StoryDifferences } from '../lib/index.ts';
import { joinNames, percent, plural } from './format.ts';

/**
 * "Who copied whom", one clause each, from what the outlets state and what the texts share: stated
 * republications, inferred directions with how sure, pairs of unknown direction, outlets naming no source.
 */
export function reuseParts(comparison: StoryComparison, differences: StoryDifferences): string[] {
  const name = (slug: string): string => comparison.outlets.find((o) => o.slug === slug)?.outlet ?? slug;
  const parts: string[] = [];
  for (const o of comparison.outlets) {
    if (o.republishedFrom !== undefined) parts.push(`${o.outlet} republishes ${o.republishedFrom} (stated)`);
  }
  for (const p of differences.reuse.pairs) {
    if (!p.related) continue;
    const d = p.direction;
    if (d?.basis === 'stated' && comparison.outlets.find((o) => o.slug === d.to)?.republishedFrom !== undefined)
      continue;
    if (d !== undefined) {
      parts.push(
        `${name(d.to)} took text from ${name(d.from)} (${d.basis === 'stated' ? 'stated' : `${d.confidence}: ${d.basis}`})`,
      );
    } else {
      const shares = [p.a.alignedShare, p.b.alignedShare].sort((x, y) => x - y).map(percent);
      const aligned = shares[0] === shares[1] ? shares[0] : `${shares[0]}–${shares[1]}`;
      parts.push(
        `${name(p.a.outlet)} and ${name(p.b.outlet)} share ${aligned} of their text in aligned sentences and wording only they print; direction unknown`,
      );
    }
  }
  const unsourced = differences.provenance.unsourced.map(name);
  if (unsourced.length > 0)
    parts.push(`${joinNames(unsourced)} ${unsourced.length === 1 ? 'names' : 'name'} no source`);
  return parts;
}

/**
 * Under the original report: which outlets credit it and which name no source, never "every outlet
 * traces back to it" unless every one does.
 */
export function originalReportLine(comparison: StoryComparison, differences: StoryDifferences): string {
  const { provenance } = differences;
  const name = (slug: string): string => comparison.outlets.find((o) => o.slug === slug)?.outlet ?? slug;
  const crediting = provenance.outlets.filter((o) => o.citesOriginal).map((o) => name(o.outlet));
  const unsourced = provenance.unsourced.map(name);
  const other = provenance.outlets
    .filter((o) => !o.citesOriginal && !o.namesNoSource)
    .map((o) => `${name(o.outlet)} credits ${joinNames(o.credits)}`);
  const total = comparison.outlets.length;
  const head =
    crediting.length === total
      ? `All ${plural(total, 'outlet')} below credit it.`
      : crediting.length === 0
        ? 'No outlet below credits it.'
        : `${crediting.length} of the ${plural(total, 'outlet')} below credit it: ${joinNames(crediting)}.`;
  const tail = [
    ...other,
    ...(unsourced.length > 0 ? [`${joinNames(unsourced)} ${unsourced.length === 1 ? 'names' : 'name'} no source`] : []),
  ];
  return tail.length === 0 ? head : `${head} ${tail.join('; ')}.`;
}
