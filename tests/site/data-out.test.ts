import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');
const STORY = 'isis-detainee-transfer';

describe('data downloads', () => {
  it('comparison.json holds the StoryComparison with findings, provenance and timeline', async () => {
    const data = JSON.parse(await readFile(path.join(distDir, STORY, 'comparison.json'), 'utf8')) as Record<
      string,
      unknown
    > & {
      outlets: { slug: string; source?: unknown }[];
      findings: { kind: string; sides: { label: string; outlets: string[] }[] }[];
      provenance: { unsourced: string[] };
      timeline: { key: string }[];
    };
    expect(data['format']).toBe('parallax-comparison');
    expect(data['version']).toBe(2);
    expect(data.outlets.map((o) => o.slug)).toEqual([
      'daljoog-news',
      'intellinews',
      'journalposts',
      'kurdistan24',
      'top-real-news',
    ]);
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        'story',
        'quoteClusters',
        'claimClusters',
        'overlap',
        'findings',
        'provenance',
        'timeline',
      ]),
    );
    expect(
      data.findings.some(
        (f) =>
          f.kind === 'number' && f.sides.some((s) => s.label === 'around 6,000' && s.outlets.includes('intellinews')),
      ),
    ).toBe(true);
    expect(data.provenance.unsourced).toEqual(['daljoog-news']);
    expect(data.timeline.map((e) => e.key)).toContain('2025-10');
  });

  it('claims.csv is an RFC 4180 claim matrix: one row per claim, one column per outlet', async () => {
    const csv = await readFile(path.join(distDir, STORY, 'claims.csv'), 'utf8');
    const json = JSON.parse(await readFile(path.join(distDir, STORY, 'comparison.json'), 'utf8')) as {
      claimClusters: { id: string; confidence: string; members: { outlet: string; text: string; score: number }[] }[];
    };
    expect(csv).toMatch(/\r\n$/);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'claim',
      'label',
      'confidence',
      'outlets',
      'possible',
      'daljoog-news',
      'intellinews',
      'journalposts',
      'kurdistan24',
      'top-real-news',
    ]);
    expect(rows.map((r) => r['claim'])).toEqual(json.claimClusters.map((c) => c.id));
    for (const [i, cluster] of json.claimClusters.entries()) {
      const row = rows[i] ?? {};
      expect(row['confidence']).toBe(cluster.confidence);
      for (const slug of ['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24', 'top-real-news']) {
        // Sentences with commas and curly quotes come back exactly as printed; an outlet that states
        // the claim twice is shown by its best-scoring sentence.
        const best = cluster.members
          .filter((m) => m.outlet === slug)
          .reduce<{ text: string; score: number } | undefined>(
            (b, m) => (b === undefined || m.score > b.score ? m : b),
            undefined,
          );
        expect(row[slug]).toBe(best?.text ?? '');
      }
    }
  });
});
