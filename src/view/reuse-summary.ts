/**
 * What the overview's summary says about who copied whom and what each outlet alone says, as data
 * and as one sentence each, with the URLs to link them to; and the sentence under the original report
 * that says which outlets credit it, computed rather than assumed.
 */
import type { StoryComparison, StoryDifferences } from '../lib/index.ts';
import { joinNames, percent, plural } from './format.ts';

/** One clause of "who copied whom": the outlets it is about, and what is said of them. */
export interface ReusePart {
  /** Outlet slugs, in the order the clause names them. */
  outlets: string[];
  /** What is said of them, without their names ("republishes Las Vegas News Magazine (stated)"). */
  label: string;
  /** The whole clause, names included. */
  text: string;
}

/**
 * "Who copied whom", one clause each, from what the outlets state and what the texts share: stated
 * republications, inferred directions with how sure, pairs of unknown direction, outlets naming no source.
 */
export function reuseParts(comparison: StoryComparison, differences: StoryDifferences): ReusePart[] {
  const name = (slug: string): string => comparison.outlets.find((o) => o.slug === slug)?.outlet ?? slug;
  const part = (outlets: string[], label: string): ReusePart => ({
    outlets,
    label,
    text: `${joinNames(outlets.map(name))} ${label}`,
  });
  const parts: ReusePart[] = [];
  for (const o of comparison.outlets) {
    if (o.republishedFrom !== undefined) parts.push(part([o.slug], `republishes ${o.republishedFrom} (stated)`));
  }
  for (const p of differences.reuse.pairs) {
    if (!p.related) continue;
    const d = p.direction;
    if (d?.basis === 'stated' && comparison.outlets.find((o) => o.slug === d.to)?.republishedFrom !== undefined)
      continue;
    if (d !== undefined) {
      const how = d.basis === 'stated' ? 'stated' : `${d.confidence}: ${d.basis}`;
      parts.push(part([d.to], `took text from ${name(d.from)} (${how})`));
    } else {
      const shares = [p.a.alignedShare, p.b.alignedShare].sort((x, y) => x - y).map(percent);
      const aligned = shares[0] === shares[1] ? shares[0] : `${shares[0]}–${shares[1]}`;
      parts.push(
        part(
          [p.a.outlet, p.b.outlet],
          `share ${aligned} of their text in aligned sentences and wording only they print; direction unknown`,
        ),
      );
    }
  }
  const unsourced = differences.provenance.unsourced;
  if (unsourced.length > 0) parts.push(part(unsourced, `${unsourced.length === 1 ? 'names' : 'name'} no source`));
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
