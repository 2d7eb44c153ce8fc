import type { FuseResult } from 'fuse.js/basic';
import type { SearchRecord } from './record.ts';

type Range = readonly [number, number];

/** One record in a result list, with the ranges of its text that matched (empty if none did). */
export interface Hit {
  record: SearchRecord;
  ranges: readonly Range[];
}

/** One quote as printed by every outlet in its cluster. */
export interface QuoteResult {
  kind: 'quote';
  /** The matched member to show the wording from: the best verbatim one, else the best one. */
  wording: Hit;
  /**
   * One member per outlet, matched or not, in outlet order: one chip each. An outlet that prints
   * the quote twice is represented by its matched member, else by its fullest wording.
   */
  members: Hit[];
}

/** One sentence that matched and whose quote (if any) is not already shown as a quote result. */
export interface SentenceResult {
  kind: 'sentence';
  hit: Hit;
}

export type SearchResult = QuoteResult | SentenceResult;

/** Every quote cluster's records, in outlet order, keyed by `<story>/<cluster>`: made once per index. */
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
 * Turns fuse.js results (best first) into what the page lists: quote clusters first, each once
 * with all its outlets (`members`, from clusterMembers, so that outlets whose wording did not
 * match still get their chip), then the remaining sentence matches. A sentence that holds a member
 * of a listed cluster is left out, because that member's chip links to the same sentence.
 */
export function groupResults(
  results: readonly FuseResult<SearchRecord>[],
  members: ReadonlyMap<string, readonly SearchRecord[]>,
): SearchResult[] {
  const clusters = new Map<string, [Hit, ...Hit[]]>();
  const sentences: Hit[] = [];
  for (const result of results) {
    const hit: Hit = { record: result.item, ranges: result.matches?.flatMap((m) => m.indices) ?? [] };
    const key = clusterKey(result.item);
    const matched = key === undefined ? undefined : clusters.get(key);
    if (key === undefined) sentences.push(hit);
    else if (matched === undefined) clusters.set(key, [hit]);
    else matched.push(hit);
  }
  const shown = new Set<string>();
  const quoteResults = [...clusters].map(([key, matched]): QuoteResult => {
    const ranges = new Map(matched.map((hit) => [hit.record.id, hit.ranges]));
    const all = (members.get(key) ?? []).map((record) => ({ record, ranges: ranges.get(record.id) ?? [] }));
    for (const member of all) shown.add(member.record.url);
    return {
      kind: 'quote',
      wording: matched.find((hit) => hit.record.label === 'verbatim') ?? matched[0],
      members: onePerOutlet(all),
    };
  });
  const sentenceResults = sentences
    .filter((hit) => !shown.has(hit.record.url))
    .map((hit): SentenceResult => ({ kind: 'sentence', hit }));
  return [...quoteResults, ...sentenceResults];
}

const LABEL_RANK = { verbatim: 0, trimmed: 1, differs: 2, altered: 2 };

function onePerOutlet(members: readonly Hit[]): Hit[] {
  const chosen = new Map<string, Hit>();
  for (const member of members) {
    const held = chosen.get(member.record.outlet);
    if (held === undefined || isBetterChip(member, held)) chosen.set(member.record.outlet, member);
  }
  return [...chosen.values()];
}

function isBetterChip(a: Hit, b: Hit): boolean {
  const matchedA = a.ranges.length > 0;
  if (matchedA !== b.ranges.length > 0) return matchedA;
  return LABEL_RANK[a.record.label ?? 'altered'] < LABEL_RANK[b.record.label ?? 'altered'];
}

function clusterKey(record: SearchRecord): string | undefined {
  return record.cluster === undefined ? undefined : `${record.story}/${record.cluster}`;
}
