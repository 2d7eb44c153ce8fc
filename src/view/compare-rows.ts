/** The rows of the side-by-side table: one per claim, with each outlet's own sentences where it tells them. */
import type { ClaimCluster, Sentence } from '../lib/index.ts';
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

/**
 * Claim rows per table of the side-by-side page, at most. The page prints one table per stretch of
 * the story rather than one table of every row: a browser lays out a table in one piece, so one
 * table of 41 rows (17,600 px tall on a phone) was the longest task of the page's load; separate
 * tables below the first screen are laid out only when the reader scrolls to them (`.deferred`).
 */
export const CLAIMS_PER_TABLE = 8;

/** One table of the side-by-side page: consecutive rows, from the first claim of the stretch to the last. */
export interface CompareTable {
  rows: CompareRow[];
  /** The first and last claim clusters in it (none when the outlets share no claim). */
  first?: ClaimCluster;
  last?: ClaimCluster;
}

/**
 * The rows cut into tables of at most CLAIMS_PER_TABLE claims each, as even as the count allows
 * (34 claims: 6, 7, 7, 7, 7). Own rows stay with the claim they follow; own sentences that come
 * before every claim open the first table, and with no claim at all every row is in one table.
 */
export function compareTables(rows: readonly CompareRow[], perTable = CLAIMS_PER_TABLE): CompareTable[] {
  if (rows.length === 0) return [];
  const claims = rows.filter((r) => r.cluster !== undefined).length;
  const tables = Math.max(1, Math.ceil(claims / perTable));
  const out: CompareTable[] = [];
  let current: CompareRow[] = [];
  let seen = 0;
  const close = (): void => {
    const clusters = current.flatMap((r) => (r.cluster === undefined ? [] : [r.cluster]));
    const [first, last] = [clusters[0], clusters.at(-1)];
    out.push({ rows: current, ...(first !== undefined && { first }), ...(last !== undefined && { last }) });
    current = [];
  };
  for (const row of rows) {
    // Table k (0-based) opens with claim floor(k · claims / tables).
    if (row.cluster !== undefined && seen > 0 && seen === Math.floor(((out.length + 1) * claims) / tables)) close();
    current.push(row);
    if (row.cluster !== undefined) seen++;
  }
  close();
  return out;
}
