/**
 * The engine against the gold standard, as `npm run eval` and the bench's alignment section score
 * it: the targets of issue 12 that are met stay met. (The own-sentence targets are not met; the
 * README says why, and the bench reports them as missed.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Report } from '../gold/evaluate.ts';
import { DEFAULT_GOLD, readGold } from '../gold/gold-file.ts';
import { shippedStory } from '../support/shipped-story.ts';

let report: Report;

beforeAll(async () => {
  const gold = await readGold(DEFAULT_GOLD);
  const { comparison } = await shippedStory();
  report = evaluate(gold, DEFAULT_GOLD, comparison);
});

describe('the engine on the gold standard (issue 12)', () => {
  it('finds the shared claims with F1 ≥ 0.85 at precision ≥ 0.9, counting only what the site states', () => {
    expect(report.claims.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.claims.precision).toBeGreaterThanOrEqual(0.9);
    // Possible matches counted as stated find more pairs and are less often right: they are not stated.
    expect(report.possible.found).toBeGreaterThanOrEqual(report.claims.found);
    expect(report.possible.precision).toBeLessThan(report.claims.precision);
  });

  it('clusters quotes with F1 ≥ 0.95, and takes each reference wording from a strict majority as the gold does', () => {
    expect(report.quotes.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.references.disagree).toEqual([]);
  });
});
