/**
 * Differences of fact between the outlets of one cluster (dates are compared across the story's
 * timeline instead: see ./timeline.ts; quantities across whole articles: see ./quantities.ts). Outlets that state nothing of a kind
 * are silent, not different: only outlets that state a number (a date, an actor) take part in
 * comparing numbers (dates, actors).
 */
import type { Fact, UnitFacts } from './facts.ts';
import type { FindingKind, FindingSide, TextSpan } from './types.ts';

/** A finding before it has an id, a cluster and a summary. */
export interface RawFinding {
  kind: FindingKind;
  /** What the sides disagree about, for the summary ("6,000", a quote's words); "" when the kind says it. */
  subject: string;
  sides: FindingSide[];
}

interface Entry {
  outlet: string;
  value: string;
  label: string;
  spans: TextSpan[];
}

/** Groups entries by value into sides, the most widely printed first; ties in order of first appearance. */
export function toSides(entries: readonly Entry[]): FindingSide[] {
  const sides = new Map<string, FindingSide>();
  for (const e of entries) {
    const side = sides.get(e.value) ?? { value: e.value, label: e.label, outlets: [], spans: [] };
    if (!side.outlets.includes(e.outlet)) side.outlets.push(e.outlet);
    side.spans.push(...e.spans);
    sides.set(e.value, side);
  }
  return [...sides.values()]
    .map((s) => ({ ...s, outlets: [...s.outlets].sort() }))
    .sort((a, b) => b.outlets.length - a.outlets.length);
}

/** One entry per outlet: an outlet with two sentences in a quote cluster states its value once. */
function firstPerOutlet(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.outlet) && seen.add(e.outlet));
}

/**
 * Actors: outlets credit the same statement to different actors. Naming fewer actors is not a
 * difference; naming an actor the other leaves out, while it names one this one leaves out, is.
 */
function actors(units: readonly UnitFacts[]): RawFinding[] {
  const named = units.filter((u) => u.actors.length > 0);
  const keys = (u: UnitFacts) => new Set(u.actors.map((a) => a.value.key));
  const disagree = named.some((a) =>
    named.some((b) => [...keys(a)].some((k) => !keys(b).has(k)) && [...keys(b)].some((k) => !keys(a).has(k))),
  );
  if (!disagree) return [];
  const byKey = (u: UnitFacts): Fact<{ key: string }>[] => [...new Map(u.actors.map((a) => [a.value.key, a])).values()];
  const sides = toSides(
    firstPerOutlet(
      named.map((u) => ({
        outlet: u.unit.outlet,
        value: [...keys(u)].sort().join(' + '),
        label: byKey(u)
          .map((a) => a.span.text)
          .join(', '),
        spans: u.actors.map((a) => a.span),
      })),
    ),
  );
  return sides.length > 1 ? [{ kind: 'actor', subject: '', sides }] : [];
}

/**
 * Every actor difference among the units of one cluster. (Numbers are compared per quantity across
 * whole articles: see quantities.ts.)
 */
export function compareFacts(units: readonly UnitFacts[]): RawFinding[] {
  if (new Set(units.map((u) => u.unit.outlet)).size < 2) return [];
  return actors(units);
}
