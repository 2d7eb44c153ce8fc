import type { SearchRecord } from './record.ts';
import { compareRanks, type Hit, type Rank } from './story-search.ts';

/** A record in a result: a matched hit, or a member of a matched quote that did not match (no ranges). */
export interface Shown {
  record: SearchRecord;
  ranges: Hit['ranges'];
}

/** One quote as printed by every outlet in its cluster. */
export interface QuoteResult {
  kind: 'quote';
  rank: Rank;
  /** The matched member to show the wording from: the best verbatim one, else the best ranked one. */
  wording: Shown;
  /**
   * One member per outlet, matched or not, in outlet order: one chip each. An outlet that prints
   * the quote twice is represented by its matched member, else by its fullest wording.
   */
  members: Shown[];
}

/** One sentence that matched and whose quote (if any) is not already shown as a quote result. */
export interface SentenceResult {
  kind: 'sentence';
  rank: Rank;
  hit: Shown;
}

export type SearchResult = QuoteResult | SentenceResult;

/** Every quote cluster's records, in outlet order, keyed by `<story>/<cluster>`: made once per story. */
export function clusterMembers(records: readonly SearchRecord[]): Map<string, SearchRecord[]> {
  const members = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const key = clusterKey(record);
    if (key === undefined) continue;
    const list = members.get(key);
    if (list === undefined) members.set(key, [record]);
    else list.push(record);
  }
  for (const list of members.values()) list.sort((a, b) => (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0));
  return members;
}

/**
 * Turns hits (best first) into what the page lists: each matched quote cluster once, with all its
 * outlets (`members`, from clusterMembers, so that outlets whose wording did not match still get
 * their chip) and ranked as its best member, and the sentences that matched. A sentence that
 * holds a member of a listed cluster is left out, because that member's chip links to it.
 */
export function groupResults(
  hits: readonly Hit[],
  members: ReadonlyMap<string, readonly SearchRecord[]>,
): SearchResult[] {
  const clusters = new Map<string, [Hit, ...Hit[]]>();
  const sentences: Hit[] = [];
  for (const hit of hits) {
    const key = clusterKey(hit.record);
    const matched = key === undefined ? undefined : clusters.get(key);
    if (key === undefined) sentences.push(hit);
    else if (matched === undefined) clusters.set(key, [hit]);
    else matched.push(hit);
  }
  const shown = new Set<string>();
  const quoteResults = [...clusters].map(([key, matched]): QuoteResult => {
    const best = matched.reduce((a, b) => (compareRanks(b.rank, a.rank) < 0 ? b : a));
    const ranges = new Map(matched.map((hit) => [hit.record.id, hit.ranges]));
    const all = (members.get(key) ?? []).map((record) => ({ record, ranges: ranges.get(record.id) ?? [] }));
    for (const member of all) shown.add(member.record.url);
    const verbatim = matched
      .filter((hit) => hit.record.label === 'verbatim')
      .reduce<Hit | undefined>((a, b) => (a === undefined || compareRanks(b.rank, a.rank) < 0 ? b : a), undefined);
    return { kind: 'quote', rank: best.rank, wording: verbatim ?? best, members: onePerOutlet(all) };
  });
  const sentenceResults = sentences
    .filter((hit) => !shown.has(hit.record.url))
    .map((hit): SentenceResult => ({ kind: 'sentence', rank: hit.rank, hit }));
  return [...quoteResults, ...sentenceResults].sort((a, b) => compareRanks(a.rank, b.rank));
}

const LABEL_RANK = { verbatim: 0, trimmed: 1, differs: 2, altered: 2 };

function onePerOutlet(members: readonly Shown[]): Shown[] {
  const chosen = new Map<string, Shown>();
  for (const member of members) {
    const held = chosen.get(member.record.outlet);
    if (held === undefined || isBetterChip(member, held)) chosen.set(member.record.outlet, member);
  }
  return [...chosen.values()];
}

function isBetterChip(a: Shown, b: Shown): boolean {
  const matchedA = a.ranges.length > 0;
  if (matchedA !== b.ranges.length > 0) return matchedA;
  return LABEL_RANK[a.record.label ?? 'altered'] < LABEL_RANK[b.record.label ?? 'altered'];
}

function clusterKey(record: SearchRecord): string | undefined {
  return record.cluster === undefined ? undefined : `${record.story}/${record.cluster}`;
}
