import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { CLAIMS_PER_BLOCK, evenChunks } from '../../../src/view/chunks.ts';
import { compareRows, compareTables, type CompareRow } from '../../../src/view/compare-rows.ts';
import { indexStory } from '../../../src/view/story-index.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let rows: CompareRow[];
beforeAll(async () => {
  ({ comparison } = await shippedStory());
  rows = compareRows(indexStory(comparison));
});

describe('compareRows on the shipped story', () => {
  it('has one row per claim, in the claims’ reading order', () => {
    expect(rows.filter((r) => r.cluster !== undefined).map((r) => r.id)).toEqual(
      comparison.claimClusters.map((c) => c.id),
    );
  });

  it('shows every paragraph sentence exactly once and no heading, caption or credit', () => {
    for (const outlet of comparison.outlets) {
      const shown = rows.flatMap((r) => r.cells.get(outlet.slug) ?? []);
      const own = shown.filter((s) => s.claimClusterIds.length === 0);
      expect(new Set(own.map((s) => s.id)).size).toBe(own.length);
      expect(shown.every((s) => s.inParagraph)).toBe(true);
      const expected = outlet.sentences.filter((s) => s.inParagraph).map((s) => s.id);
      expect(new Set(shown.map((s) => s.id))).toEqual(new Set(expected));
    }
  });

  it('puts own sentences in rows of their own, right after the last claim their outlet printed before them', () => {
    const order = new Map(comparison.claimClusters.map((c, i) => [c.id, i]));
    for (const outlet of comparison.outlets) {
      let last = -1;
      for (const sentence of outlet.sentences.filter((s) => s.inParagraph)) {
        if (sentence.claimClusterIds.length > 0) {
          last = Math.max(last, ...sentence.claimClusterIds.map((id) => order.get(id) ?? -1));
          continue;
        }
        const row = rows.find((r) => r.cells.get(outlet.slug)?.includes(sentence));
        expect(row?.cluster).toBeUndefined();
        expect(row?.id).toBe(last < 0 ? 'own-start' : `own-after-${comparison.claimClusters[last]!.id}`);
      }
    }
  });
});

describe('compareTables', () => {
  it('cuts the shipped story into tables of at most CLAIMS_PER_BLOCK claims, as even as the count allows, every row once and in order', () => {
    const tables = compareTables(rows);
    const claims = comparison.claimClusters.length;
    expect(tables).toHaveLength(Math.ceil(claims / CLAIMS_PER_BLOCK));
    expect(tables.flatMap((t) => t.rows)).toEqual(rows);
    const sizes = tables.map((t) => t.rows.filter((r) => r.cluster !== undefined).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CLAIMS_PER_BLOCK);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const t of tables) {
      const ids = t.rows.flatMap((r) => (r.cluster === undefined ? [] : [r.cluster.id]));
      expect([t.span?.first.id, t.span?.last.id]).toEqual([ids[0], ids.at(-1)]);
      // An own row stays behind the claim it follows: no table but the first opens with one.
      if (t !== tables[0]) expect(t.rows[0]!.cluster).toBeDefined();
    }
  });

  it('keeps own rows with no claim in one table, and makes no table of no rows', () => {
    const own = rows.filter((r) => r.cluster === undefined);
    expect(own.length).toBeGreaterThan(0);
    expect(compareTables(own)).toEqual([{ rows: own }]);
    expect(compareTables([])).toEqual([]);
    expect(compareTables(rows, 1)).toHaveLength(comparison.claimClusters.length);
  });
});

describe('evenChunks', () => {
  it('cuts into as few chunks of at most max as it can, sizes differing by one at most, order kept', () => {
    const sizes = (n: number, max: number): number[] =>
      evenChunks(
        Array.from({ length: n }, (_, i) => i),
        max,
      ).map((c) => c.length);
    expect(sizes(34, 8)).toEqual([6, 7, 7, 7, 7]);
    expect(sizes(28, 8)).toEqual([7, 7, 7, 7]);
    expect(sizes(8, 8)).toEqual([8]);
    expect(sizes(9, 8)).toEqual([4, 5]);
    expect(sizes(0, 8)).toEqual([]);
    expect(evenChunks(['a', 'b', 'c'], 2)).toEqual([['a'], ['b', 'c']]);
  });
});
