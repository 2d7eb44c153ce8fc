import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { outletMembers, type StoryComparison, type StoryDifferences } from '../../../src/lib/index.ts';
import { claimMatrix, claimsCsv, comparisonJson, neutraliseFormula } from '../../../src/view/downloads.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
let differences: StoryDifferences;
beforeAll(async () => {
  ({ comparison, differences } = await shippedStory());
});

describe('claimMatrix', () => {
  it('has a header of fixed columns then outlet slugs, and one row per claim with each outlet’s sentence', () => {
    const [header, ...rows] = claimMatrix(comparison);
    expect(header).toEqual([
      'claim',
      'label',
      'confidence',
      'outlets',
      'possible',
      ...comparison.outlets.map((o) => o.slug),
    ]);
    expect(rows).toHaveLength(comparison.claimClusters.length);
    let possibleOnly = 0;
    comparison.claimClusters.forEach((cluster, i) => {
      const row = rows[i]!;
      // Outlets that print the claim (a strong or likely member), then those there only as a possible match.
      const stated = new Set(outletMembers(cluster, true).map((m) => m.outlet));
      const all = new Set(cluster.members.map((m) => m.outlet));
      expect(row.slice(0, 5)).toEqual([
        cluster.id,
        cluster.label,
        cluster.confidence,
        String(stated.size),
        String(all.size - stated.size),
      ]);
      possibleOnly += all.size - stated.size;
      comparison.outlets.forEach((o, k) => {
        expect(row[5 + k]).toBe(outletMembers(cluster).find((m) => m.outlet === o.slug)?.text ?? '');
      });
    });
    expect(possibleOnly).toBeGreaterThan(0);
  });
});

describe('claimsCsv', () => {
  it('is RFC 4180 CSV with CRLF line ends that reads back to the matrix', () => {
    const csv = claimsCsv(comparison);
    expect(csv.split('\r\n').length).toBeGreaterThan(comparison.claimClusters.length);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(csv, { relax_quotes: false })).toEqual(claimMatrix(comparison));
  });
});

describe('comparisonJson', () => {
  it('carries the format name and version, the comparison and every kind of difference', () => {
    const data = JSON.parse(comparisonJson(comparison, differences)) as Record<string, unknown>;
    expect(data['format']).toBe('parallax-comparison');
    expect(data['version']).toBe(2);
    for (const key of ['story', 'outlets', 'quoteClusters', 'claimClusters', 'overlap'])
      expect(data).toHaveProperty(key);
    for (const key of ['findings', 'rewordings', 'provenance', 'timeline']) expect(data).toHaveProperty(key);
  });
});

describe('claims.csv against formula injection (issue 15, item 8)', () => {
  it('prefixes cells a spreadsheet would run with an apostrophe, and leaves others alone', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['The council', '6,000', '“=quoted”', '']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('writes no cell that starts a formula', () => {
    const comparison = {
      outlets: [{ slug: 'alpha' }],
      claimClusters: [
        { id: 'c1', label: '=1+1', confidence: 'strong', members: [{ outlet: 'alpha', text: '@cmd|calc' }] },
      ],
    } as unknown as Parameters<typeof claimsCsv>[0];
    const rows = parse(claimsCsv(comparison)) as string[][];
    expect(rows[1]).toEqual(['c1', "'=1+1", 'strong', '1', '0', "'@cmd|calc"]);
  });
});
