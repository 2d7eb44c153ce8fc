/**
 * Alignment quality at scale: does every planted copy of a real quote land in the quote cluster
 * of the quote it was copied from?
 */
import type { StoryComparison } from '../src/lib/index.ts';
import type { PlantedQuote } from './generate.ts';

export interface QuoteQuality {
  planted: number;
  landed: number;
  /** Planted copies that are in no cluster, or in another cluster than their original. */
  misses: { planted: PlantedQuote; cluster: string | undefined; originalCluster: string | undefined }[];
}

export function plantedQuotesLanded(comparison: StoryComparison, planted: readonly PlantedQuote[]): QuoteQuality {
  // outlet → members' ranges with their cluster id
  const ranges = new Map<string, { start: number; end: number; cluster: string }[]>();
  for (const cluster of comparison.quoteClusters) {
    for (const m of cluster.members) {
      let list = ranges.get(m.outlet);
      if (list === undefined) ranges.set(m.outlet, (list = []));
      list.push({ start: m.start, end: m.end, cluster: cluster.id });
    }
  }
  const clusterAt = (outlet: string, start: number, end: number): string | undefined =>
    ranges.get(outlet)?.find((r) => r.start < end && start < r.end)?.cluster;
  const misses: QuoteQuality['misses'] = [];
  for (const p of planted) {
    const cluster = clusterAt(p.outlet, p.start, p.end);
    const originalCluster = clusterAt(p.from.outlet, p.from.start, p.from.end);
    if (cluster === undefined || cluster !== originalCluster) misses.push({ planted: p, cluster, originalCluster });
  }
  return { planted: planted.length, landed: planted.length - misses.length, misses };
}
