/**
 * The facts one outlet's text states inside a cluster, as exact spans: named actors. (Dates are
 * collected story-wide by ./timeline.ts, quantities by ./quantities.ts.) Also how a quantity reads.
 */
import { findActors, type ActorLexicon } from './actors.ts';
import { formatValue, type Quantity } from './numbers.ts';
import type { TextSpan } from './types.ts';

/** One outlet's text inside a cluster: a claim member's sentence or a quote member's words. */
export interface Unit {
  outlet: string;
  sentenceId: string;
  text: string;
  /** Offset of `text` in the outlet's source. */
  start: number;
  lang: string;
}

export interface Fact<T> {
  span: TextSpan;
  value: T;
}

export interface UnitFacts {
  unit: Unit;
  actors: Fact<{ key: string; kind: 'person' | 'organisation' }>[];
}

function span(unit: Unit, index: number, length: number): TextSpan {
  return {
    outlet: unit.outlet,
    sentenceId: unit.sentenceId,
    text: unit.text.slice(index, index + length),
    start: unit.start + index,
    end: unit.start + index + length,
  };
}

export function unitFacts(unit: Unit, lexicon: ActorLexicon): UnitFacts {
  return {
    unit,
    actors: findActors(unit.text, lexicon).map((a) => ({
      span: span(unit, a.index, a.length),
      value: { key: a.key, kind: a.kind },
    })),
  };
}

/** "nearly 6,000", "6,000 or so", "6,000": a quantity as the outlet states it, normalised. */
export function quantityLabel(q: Quantity, lang: string): string {
  const value = formatValue(q.value, lang);
  if (q.hedge === '') return value;
  return /^(?:or so|or more|odd)$/.test(q.hedge) ? `${value} ${q.hedge}` : `${q.hedge} ${value}`;
}
