/** The rows of the side-by-side table: one per claim, with each outlet's own sentences where it tells them. */
import type { ClaimCluster, Sentence } from '../lib/index.ts';
import { CLAIMS_PER_BLOCK, evenChunks } from './chunks.ts';
import type { StoryIndex } from './story-index.ts';

/** One row of the side-by-side table: a claim cluster, or the outlets' own sentences that follow it. */
export interface CompareRow {
  /** Anchor of the row: the cluster id, or `own-start` / `own-after-<cluster id>` for a row of own sentences. */
  id: string;
  cluster?: ClaimCluster;
  /** Sentences per outlet slug; outlets absent from the map are silent in this row. */
  cells: Map<string, Sentence[]>;
}

/**
 * Claim clusters in reading order, with every sentence that belongs to no cluster placed right
 * after the cluster its outlet printed just before it, so each column still reads in the outlet's order.
 */
export function compareRows(index: StoryIndex): CompareRow[] {
  const { claimClusters, outlets } = index.comparison;
  const order = new Map(claimClusters.map((c, i) => [c.id, i]));
  const ownAfter = new Map<number, Map<string, Sentence[]>>();
  for (const outlet of outlets) {
    let last = -1;
    for (const sentence of outlet.sentences) {
      if (!sentence.inParagraph) continue;
      if (sentence.claimClusterIds.length > 0) {
        last = sentence.claimClusterIds.reduce((at, id) => Math.max(at, order.get(id) ?? -1), last);
        continue;
      }
      const row = ownAfter.get(last) ?? new Map<string, Sentence[]>();
      row.set(outlet.slug, [...(row.get(outlet.slug) ?? []), sentence]);
      ownAfter.set(last, row);
    }
  }
  const rows: CompareRow[] = [];
  const pushOwn = (at: number): void => {
    const cells = ownAfter.get(at);
    if (cells !== undefined)
      rows.push({ id: at < 0 ? 'own-start' : `own-after-${claimClusters[at]?.id ?? at}`, cells });
  };
  pushOwn(-1);
  claimClusters.forEach((cluster, i) => {
    const cells = new Map<string, Sentence[]>();
    for (const member of cluster.members)
      cells.set(member.outlet, [...(cells.get(member.outlet) ?? []), index.sentence(member.sentenceId)]);
    rows.push({ id: cluster.id, cluster, cells });
    pushOwn(i);
  });
  return rows;
}

/** One table of the side-by-side page: consecutive rows, from the first claim of the stretch to the last. */
export interface CompareTable {
  rows: CompareRow[];
  /** The first and last claim clusters in it; none when the outlets share no claim. */
  span?: { first: ClaimCluster; last: ClaimCluster };
}

/**
 * The rows cut into tables of at most `perTable` claims each, as even as the count allows (see
 * src/view/chunks.ts for why). Own rows stay with the claim they follow; own sentences that come
 * before every claim open the first table, and with no claim at all every row is in one table.
 */
export function compareTables(rows: readonly CompareRow[], perTable = CLAIMS_PER_BLOCK): CompareTable[] {
  // Each claim's row with the own rows after it; own rows before any claim, apart.
  const groups: { claim: ClaimCluster; rows: CompareRow[] }[] = [];
  const lead: CompareRow[] = [];
  for (const row of rows) {
    if (row.cluster !== undefined) groups.push({ claim: row.cluster, rows: [row] });
    else (groups.at(-1)?.rows ?? lead).push(row);
  }
  if (groups.length === 0) return rows.length === 0 ? [] : [{ rows: [...rows] }];
  return evenChunks(groups, perTable).map((chunk, i) => ({
    rows: [...(i === 0 ? lead : []), ...chunk.flatMap((g) => g.rows)],
    span: { first: chunk[0]!.claim, last: chunk.at(-1)!.claim },
  }));
}
