/**
 * Differences of fact between the outlets of one cluster (dates are compared across the story's
 * timeline instead: see ../timeline.ts). Outlets that state nothing of a kind
 * are silent, not different: only outlets that state a number (a date, an actor) take part in
 * comparing numbers (dates, actors).
 */
import type { Fact, UnitFacts } from './facts.ts';
import { quantityLabel } from './facts.ts';
import { formatValue } from './numbers.ts';
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

/** Hedges: the same figure stated with different qualifiers ("nearly 6,000" / "around 6,000" / "6,000 or so"). */
function hedges(units: readonly UnitFacts[]): RawFinding[] {
  const values = new Set(
    units.flatMap((u) => u.quantities.map((q) => q.value.value).filter((v) => typeof v === 'number')),
  );
  const out: RawFinding[] = [];
  for (const value of values) {
    const entries = firstPerOutlet(
      units.flatMap((u) => {
        const q = u.quantities.find((f) => f.value.value === value);
        return q === undefined
          ? []
          : [
              {
                outlet: u.unit.outlet,
                value: q.value.hedge || 'exact',
                label: quantityLabel(q.value, u.unit.lang),
                spans: [q.span],
              },
            ];
      }),
    );
    const sides = toSides(entries);
    if (sides.length > 1) out.push({ kind: 'hedge', subject: formatValue(value, units[0]?.unit.lang), sides });
  }
  return out;
}

/**
 * Numbers: outlets state different figures (or a figure against "thousands"). Only outlets whose
 * figures have nothing in common differ; one that adds a second figure to the shared one does not.
 */
function numbers(units: readonly UnitFacts[]): RawFinding[] {
  const stating = units.filter((u) => u.quantities.length > 0);
  const values = (u: UnitFacts) => new Set(u.quantities.map((q) => q.value.value));
  const disjoint = stating.some((a) => stating.some((b) => ![...values(a)].some((v) => values(b).has(v))));
  if (!disjoint) return [];
  const entries = firstPerOutlet(
    stating.map((u) => {
      const distinct = [...new Map(u.quantities.map((q) => [String(q.value.value), q])).values()];
      return {
        outlet: u.unit.outlet,
        value: distinct
          .map((q) => String(q.value.value))
          .sort()
          .join(' + '),
        label: distinct.map((q) => quantityLabel({ ...q.value, hedge: '' }, u.unit.lang)).join(' and '),
        spans: distinct.map((q) => q.span),
      };
    }),
  );
  const sides = toSides(entries);
  return sides.length > 1 ? [{ kind: 'number', subject: '', sides }] : [];
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

/** Every number, hedge and actor difference among the units of one cluster. */
export function compareFacts(units: readonly UnitFacts[]): RawFinding[] {
  if (new Set(units.map((u) => u.unit.outlet)).size < 2) return [];
  return [...hedges(units), ...numbers(units), ...actors(units)];
}
