/**
 * The claim matrix: one row per claim cluster, one column per outlet holding the sentence that
 * outlet prints for the claim (empty when it has none). First row: headers.
 */
import type { StoryComparison } from '../types.ts';

export const CLAIM_MATRIX_FIXED_COLUMNS = ['claim', 'label', 'outlets'] as const;

export function claimMatrix(comparison: StoryComparison): string[][] {
  const outlets = comparison.outlets.map((o) => o.slug);
  const header = [...CLAIM_MATRIX_FIXED_COLUMNS, ...outlets];
  const rows = comparison.claimClusters.map((cluster) => {
    const bySlug = new Map(cluster.members.map((m) => [m.outlet, m.text]));
    return [cluster.id, cluster.label, String(bySlug.size), ...outlets.map((slug) => bySlug.get(slug) ?? '')];
  });
  return [header, ...rows];
}
