/**
 * Quantities across whole articles: what each outlet says about one quantity (the detainees moved:
 * "nearly 6,000", "6,000 or so", "around 6,000", "thousands", a headline's bare "6,000"), collected
 * from its headline, standfirst and every paragraph sentence, and reported as one finding per
 * quantity that lists each way it is stated. Comparing inside one claim alone would call an outlet
 * vague for "thousands" in its lead while its next sentence says "around 6,000".
 *
 * Mentions are one quantity when they are of the same order of magnitude and either sit in
 * sentences the site states as one claim (possible matches link nothing), or give the same figure
 * (6,000 in a headline and 6,000 in a sentence), or are the same outlet's headline or standfirst
 * figure and a body mention of that figure.
 */
import type { OutletAnalysis, StoryComparison } from '../types.ts';
import { toSides, type RawFinding } from './compare.ts';
import { quantityLabel } from './facts.ts';
import { findQuantities, formatValue, type Quantity } from './numbers.ts';
import type { TextSpan } from './types.ts';

/** Orders of magnitude of the vague counts findQuantities reads. */
const VAGUE_MAGNITUDE: Readonly<Record<string, number>> = {
  dozens: 1,
  hundreds: 2,
  thousands: 3,
  'tens of thousands': 4,
  'hundreds of thousands': 5,
  millions: 6,
};

interface Mention {
  span: TextSpan;
  quantity: Quantity;
  magnitude: number;
  lang: string;
}

function magnitude(q: Quantity): number | undefined {
  if (typeof q.value === 'number') return q.value >= 1 ? Math.floor(Math.log10(q.value)) : 0;
  return VAGUE_MAGNITUDE[q.value];
}

/** The outlet's headline or standfirst as a span, where the analysis found it printed in the source. */
function fieldSpan(o: OutletAnalysis, field: 'title' | 'standfirst'): TextSpan | undefined {
  const part = field === 'title' ? o.titleRange : o.standfirstRange;
  return part === undefined ? undefined : { outlet: o.slug, sentenceId: field, ...part };
}

/** Figures below this are too common ("two", "3") to say that two mentions are one quantity. */
const MIN_LINKING_FIGURE = 100;

function mentionsIn(span: TextSpan, lang: string): Mention[] {
  return findQuantities(span.text, lang).flatMap((q) => {
    const m = magnitude(q);
    if (m === undefined) return [];
    const start = span.start + q.index;
    const text = span.text.slice(q.index, q.index + q.length);
    return [{ span: { ...span, text, start, end: start + q.length }, quantity: q, magnitude: m, lang }];
  });
}

class UnionFind {
  readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x]! !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** One `number` finding per quantity that two or more outlets state in two or more ways. */
export function quantityFindings(comparison: StoryComparison): RawFinding[] {
  const mentions: Mention[] = [];
  const uf = new UnionFind();
  /** First mention index of each (key) seen, to union later ones with it. */
  const firstOf = new Map<string, number>();
  const link = (key: string, i: number): void => {
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else uf.union(first, i);
  };
  const stated = new Map<string, string[]>();
  for (const c of comparison.claimClusters)
    for (const m of c.members)
      if (m.confidence !== 'weak') stated.set(m.sentenceId, [...(stated.get(m.sentenceId) ?? []), c.id]);

  for (const o of comparison.outlets) {
    const found: Mention[] = [];
    for (const field of ['title', 'standfirst'] as const) {
      const span = fieldSpan(o, field);
      if (span !== undefined) found.push(...mentionsIn(span, o.lang));
    }
    const headlineCount = found.length;
    for (const s of o.sentences)
      if (s.inParagraph)
        found.push(
          ...mentionsIn({ outlet: o.slug, sentenceId: s.id, text: s.text, start: s.start, end: s.end }, o.lang),
        );
    found.forEach((m, k) => {
      const i = uf.add();
      mentions.push(m);
      const figure = typeof m.quantity.value === 'number' ? String(m.quantity.value) : undefined;
      if (figure !== undefined && Number(figure) >= MIN_LINKING_FIGURE) link(`figure ${figure}`, i);
      // An outlet's headline figure is the figure its body states.
      if (figure !== undefined) link(`${o.slug} figure ${figure}`, i);
      else if (k < headlineCount) link(`${o.slug} vague ${m.magnitude}`, i);
      for (const claim of stated.get(m.span.sentenceId) ?? []) link(`claim ${claim} ${m.magnitude}`, i);
    });
  }

  const groups = new Map<number, Mention[]>();
  mentions.forEach((m, i) => groups.set(uf.find(i), [...(groups.get(uf.find(i)) ?? []), m]));
  const out: RawFinding[] = [];
  for (const group of groups.values()) {
    const outlets = new Set(group.map((m) => m.span.outlet));
    if (outlets.size < 2) continue;
    const sides = toSides(
      group.map((m) => {
        const label = quantityLabel(m.quantity, m.lang);
        return { outlet: m.span.outlet, value: label.toLowerCase(), label, spans: [m.span] };
      }),
    );
    if (sides.length < 2) continue;
    // The figure the quantity is known by: the exact number most mentions give.
    const figures = new Map<number, number>();
    for (const m of group)
      if (typeof m.quantity.value === 'number') figures.set(m.quantity.value, (figures.get(m.quantity.value) ?? 0) + 1);
    const figure = [...figures].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    out.push({
      kind: 'number',
      subject: figure === undefined ? (sides[0]?.label ?? '') : formatValue(figure, group[0]?.lang),
      sides,
    });
  }
  return out;
}
