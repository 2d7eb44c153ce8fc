/**
 * The tables under the who-copied-whom graph: every edge in words (the graph's text alternative), and
 * every pair of outlets the texts relate, with the evidence.
 */
import type { StoryComparison, StoryDifferences } from '../lib/index.ts';
import { percent, plural } from './format.ts';
import type { ReuseGraph } from './reuse-graph.ts';
import { pairPath, sentencePath } from './urls.ts';

export interface EdgeRow {
  from: string;
  to: string;
  /** "stated" or "inferred", in words. */
  kind: string;
  label: string;
}

/** The graph's edges as rows: who, to whom, stated or inferred, and what it rests on. */
export function edgeRows(graph: ReuseGraph): EdgeRow[] {
  const label = new Map(graph.boxes.map((b) => [b.id, b.label]));
  return graph.edges.map((e) => ({
    from: label.get(e.from) ?? e.from,
    to: label.get(e.to) ?? e.to,
    kind:
      e.style === 'stated'
        ? 'stated source'
        : e.style === 'inferred'
          ? 'inferred from the texts'
          : 'shared wording, direction unknown',
    label: e.label,
  }));
}

export interface PairRow {
  a: string;
  b: string;
  /** The pair page, which lists what each says that the other does not. */
  href: string;
  /** "10% / 10%": each outlet's share of words printed word for word by the other. */
  verbatim: string;
  /** "76% / 71%": each outlet's share of words in sentences aligned with the other. */
  aligned: string;
  /** The longest passage only these two print (or, failing that, the longest they share), with where it is. */
  passage?: { text: string; href: string; words: number; alsoIn: string[] };
  passages: string;
  /** Shared cuts or alterations of quotes. */
  variants: string[];
  /** "A → B, strong: reason" or "direction unknown". */
  direction: string;
  related: boolean;
}

export function pairRows(comparison: StoryComparison, differences: StoryDifferences): PairRow[] {
  const story = comparison.story.slug;
  const name = (slug: string): string => comparison.outlets.find((o) => o.slug === slug)?.outlet ?? slug;
  return differences.reuse.pairs.map((p) => {
    const best = p.runs.find((r) => r.alsoIn.length === 0) ?? p.runs[0];
    const first = best?.a[0];
    return {
      a: name(p.a.outlet),
      b: name(p.b.outlet),
      href: pairPath(story, p.a.outlet, p.b.outlet),
      verbatim: `${percent(p.a.verbatimShare)} / ${percent(p.b.verbatimShare)}`,
      aligned: `${percent(p.a.alignedShare)} / ${percent(p.b.alignedShare)}`,
      ...(best !== undefined &&
        first !== undefined && {
          passage: {
            text: best.a.map((s) => s.text).join(' / '),
            href: sentencePath(story, p.a.outlet, first.sentenceId),
            words: best.words,
            alsoIn: best.alsoIn.map(name),
          },
        }),
      passages: plural(p.runCount, 'passage'),
      variants: p.variants.map((v) => `${v.label} quote “${v.a.text}” (others print “${v.canonical}”)`),
      direction:
        p.direction === undefined
          ? 'direction unknown'
          : `${name(p.direction.from)} → ${name(p.direction.to)}, ${p.direction.confidence}: ${p.direction.reason}`,
      related: p.related,
    };
  });
}
