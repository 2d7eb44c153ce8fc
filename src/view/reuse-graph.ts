/**
 * The "who copied whom" graph, laid out at build time: named sources on the left, the story's outlets
 * on the right. A stated source (the outlet cites, credits or republishes it) is a solid arrow; shared
 * wording the texts reveal is dashed, with an arrowhead only when a direction is inferred. Edges from
 * sources are straight lines across the gap between the columns; edges between two outlets run in
 * lanes to the right of the outlets' column. Every edge ends on its boxes' borders, and its arrowhead
 * is drawn as a triangle whose tip touches the target's border, so nothing hides behind a box.
 */
import { outletKey, type OutletProvenance, type StoryComparison, type StoryDifferences } from '../lib/index.ts';
import { percent } from './format.ts';

export type EdgeStyle = 'stated' | 'inferred' | 'unknown';

export interface Box {
  id: string;
  label: string;
  /** A second line: "original report", "names no source". */
  note?: string;
  kind: 'source' | 'outlet';
  /** The outlet's slug, for outlet boxes. */
  outlet?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Point = readonly [number, number];

export interface Edge {
  from: string;
  to: string;
  style: EdgeStyle;
  /** The line, from the source's border to the base of the arrowhead (or to the target's border). */
  points: Point[];
  /** The arrowhead's triangle, tip first; absent for shared wording of unknown direction. */
  arrow?: [Point, Point, Point];
  /** What the edge stands for, in words: "republishes", "cites “Fox News”", "shares wording". */
  label: string;
}

export interface LegendEntry {
  style: EdgeStyle;
  text: string;
}

export interface ReuseGraph {
  width: number;
  height: number;
  boxes: Box[];
  edges: Edge[];
  legend: LegendEntry[];
}

/** Box and spacing sizes, in SVG units (≈ CSS pixels at 100%). */
export const GRAPH = {
  boxWidth: 176,
  boxHeight: 40,
  rowGap: 18,
  /** Between the sources' column and the outlets': room for the slanted edges, narrow enough for a phone. */
  columnGap: 72,
  margin: 10,
  /** Between two lanes of outlet-to-outlet edges. */
  lane: 16,
  arrowLength: 9,
  /** The level stretch before an arrowhead. */
  stub: 16,
  arrowHalfWidth: 4.5,
} as const;

const LEGEND: Readonly<Record<EdgeStyle, string>> = {
  stated:
    'Solid line with arrow: a stated source. The outlet names it (cites it, credits it or says it republishes it).',
  inferred:
    'Dashed line with arrow: shared wording, with a direction inferred from the texts or their dates (how sure is in the table).',
  unknown:
    'Dashed line, no arrow: wording only these two outlets print, word for word; direction unknown — one may have copied the other, or both a common source.',
};

/** The sentence a stated source rests on, shortest first: what the edge says in words. */
function statedLabel(p: OutletProvenance, source: string): string {
  const claims = p.sources.filter((s) => s.kind !== 'own-analysis' && outletKey(s.source) === outletKey(source));
  if (claims.some((s) => s.kind === 'republished-from')) return 'republishes';
  if (claims.some((s) => s.kind === 'credit')) return 'credits as source';
  return 'cites';
}

/** y of the k-th of n edge ends on a box's side, spread over its middle half. */
function spread(box: Box, k: number, n: number): number {
  return box.y + box.height / 2 + (n <= 1 ? 0 : (k / (n - 1) - 0.5) * (box.height / 2));
}

function arrowhead(tip: Point, direction: Point): { base: Point; arrow: [Point, Point, Point] } {
  const length = Math.hypot(direction[0], direction[1]) || 1;
  const [ux, uy] = [direction[0] / length, direction[1] / length];
  const base: Point = [tip[0] - ux * GRAPH.arrowLength, tip[1] - uy * GRAPH.arrowLength];
  const [px, py] = [-uy * GRAPH.arrowHalfWidth, ux * GRAPH.arrowHalfWidth];
  return {
    base,
    arrow: [tip, [base[0] + px, base[1] + py], [base[0] - px, base[1] - py]],
  };
}

const round = (p: Point): Point => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];

export function reuseGraph(comparison: StoryComparison, differences: StoryDifferences): ReuseGraph {
  const { provenance, reuse } = differences;
  const names = new Map(comparison.outlets.map((o) => [o.slug, o.outlet]));
  const outletByKey = (name: string): string | undefined =>
    comparison.outlets.find((o) => {
      const [x, y] = [outletKey(o.outlet), outletKey(name)];
      return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
    })?.slug;
  const original = provenance.original;
  // Sources outside the story, one box each; a name that is part of the original's is the original.
  const sourceKey = (name: string): string =>
    original !== undefined && outletKey(original).startsWith(outletKey(name)) ? outletKey(original) : outletKey(name);
  const sources = new Map<string, string>();
  if (original !== undefined) sources.set(outletKey(original), original);
  const stated: { from: string; to: string; label: string; internal: boolean }[] = [];
  for (const p of provenance.outlets) {
    for (const credit of p.credits) {
      const inStory = outletByKey(credit);
      if (inStory === p.outlet) continue;
      const label = `${statedLabel(p, credit)}${inStory === undefined && sourceKey(credit) !== outletKey(credit) ? ` “${credit}”` : ''}`;
      if (inStory !== undefined) {
        stated.push({ from: `o:${inStory}`, to: `o:${p.outlet}`, label, internal: true });
      } else {
        const key = sourceKey(credit);
        if (!sources.has(key)) sources.set(key, credit);
        stated.push({ from: `s:${key}`, to: `o:${p.outlet}`, label, internal: false });
      }
    }
  }
  const statedPairs = new Set(stated.filter((e) => e.internal).map((e) => [e.from, e.to].sort().join('|')));
  const inferred = reuse.pairs
    .filter((p) => p.related && !statedPairs.has([`o:${p.a.outlet}`, `o:${p.b.outlet}`].sort().join('|')))
    .map((p) => {
      const d = p.direction;
      return {
        from: `o:${d?.from ?? p.a.outlet}`,
        to: `o:${d?.to ?? p.b.outlet}`,
        style: (d === undefined ? 'unknown' : 'inferred') as EdgeStyle,
        label:
          d === undefined
            ? `shares wording (${percent(Math.max(p.a.alignedShare, p.b.alignedShare))} aligned)`
            : `shares wording, ${d.confidence}`,
      };
    });

  const { boxWidth: W, boxHeight: H, rowGap, columnGap, margin } = GRAPH;
  const sourceX = margin;
  const outletX = margin + W + columnGap;
  const boxes: Box[] = [];
  [...sources].forEach(([key, name], i) => {
    boxes.push({
      id: `s:${key}`,
      label: name,
      ...(key === (original === undefined ? undefined : outletKey(original)) && { note: 'original report' }),
      kind: 'source',
      x: sourceX,
      y: margin + i * (H + rowGap),
      width: W,
      height: H,
    });
  });
  comparison.outlets.forEach((o, i) => {
    const unsourced = provenance.unsourced.includes(o.slug);
    boxes.push({
      id: `o:${o.slug}`,
      label: o.outlet,
      ...(unsourced && { note: 'names no source' }),
      kind: 'outlet',
      outlet: o.slug,
      x: outletX,
      y: margin + i * (H + rowGap),
      width: W,
      height: H,
    });
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));

  // Ends on each side of each box, in drawing order, so several edges meeting a side spread out.
  const ends = new Map<string, string[]>();
  const claim = (box: string, side: 'left' | 'right', edge: string): void => {
    const key = `${box}|${side}`;
    ends.set(key, [...(ends.get(key) ?? []), edge]);
  };
  const endY = (box: Box, side: 'left' | 'right', edge: string): number => {
    const list = ends.get(`${box.id}|${side}`) ?? [edge];
    return spread(box, list.indexOf(edge), list.length);
  };
  const external = stated.filter((e) => !e.internal);
  const internal = [
    ...stated.filter((e) => e.internal).map((e) => ({ ...e, style: 'stated' as EdgeStyle })),
    ...inferred,
  ].sort((x, y) => byId.get(x.from)!.y - byId.get(y.from)!.y || byId.get(x.to)!.y - byId.get(y.to)!.y);
  external.forEach((e, k) => {
    claim(e.from, 'right', `e${k}`);
    claim(e.to, 'left', `e${k}`);
  });
  internal.forEach((e, k) => {
    claim(e.from, 'right', `i${k}`);
    claim(e.to, 'right', `i${k}`);
  });
  // Sort each side's ends by the other end's height, so edges fanning in do not cross needlessly.
  for (const [key, list] of ends) {
    const [box, side] = key.split('|') as [string, 'left' | 'right'];
    const other = (edge: string): number => {
      const e = edge.startsWith('e') ? external[Number(edge.slice(1))]! : internal[Number(edge.slice(1))]!;
      return byId.get(e.from === box && side === 'right' ? e.to : e.from)!.y;
    };
    list.sort((x, y) => other(x) - other(y) || (x < y ? -1 : 1));
  }

  const edges: Edge[] = [];
  external.forEach((e, k) => {
    const from = byId.get(e.from)!;
    const to = byId.get(e.to)!;
    const start: Point = [from.x + from.width, endY(from, 'right', `e${k}`)];
    const tip: Point = [to.x, endY(to, 'left', `e${k}`)];
    // The last stretch is level, so the arrowhead meets the border square on and stays outside the box.
    const { base, arrow } = arrowhead(tip, [1, 0]);
    edges.push({
      from: e.from,
      to: e.to,
      style: 'stated',
      points: ([start, [tip[0] - GRAPH.stub, tip[1]], base] as Point[]).map(round),
      arrow: arrow.map(round) as [Point, Point, Point],
      label: e.label,
    });
  });
  // Lanes right of the outlets: an edge takes the first lane free over its whole height.
  const laneEnds: number[] = [];
  const right = outletX + W;
  internal.forEach((e, k) => {
    const from = byId.get(e.from)!;
    const to = byId.get(e.to)!;
    const y1 = endY(from, 'right', `i${k}`);
    const y2 = endY(to, 'right', `i${k}`);
    const [top, bottom] = [Math.min(y1, y2), Math.max(y1, y2)];
    let lane = laneEnds.findIndex((end) => end < top);
    if (lane < 0) lane = laneEnds.push(bottom) - 1;
    else laneEnds[lane] = bottom;
    const x = right + GRAPH.lane * (lane + 1);
    const start: Point = [right, y1];
    const tip: Point = [right, y2];
    const directed = e.style !== 'unknown';
    const { base, arrow } = arrowhead(tip, [-1, 0]);
    edges.push({
      from: e.from,
      to: e.to,
      style: e.style,
      points: ([start, [x, y1], [x, y2], directed ? base : tip] as Point[]).map(round),
      ...(directed && { arrow: arrow.map(round) as [Point, Point, Point] }),
      label: e.label,
    });
  });

  const rows = Math.max(sources.size, comparison.outlets.length, 1);
  const used = new Set(edges.map((e) => e.style));
  return {
    width: right + GRAPH.lane * (laneEnds.length + 1) + margin,
    height: margin * 2 + rows * H + (rows - 1) * rowGap,
    boxes: boxes.map((b) => ({ ...b, label: b.kind === 'outlet' ? (names.get(b.outlet ?? '') ?? b.label) : b.label })),
    edges,
    legend: (['stated', 'inferred', 'unknown'] as const)
      .filter((s) => used.has(s))
      .map((style) => ({ style, text: LEGEND[style] })),
  };
}
