/**
 * One measurement in a fresh process, so its peak memory is its own:
 *   node bench/analysis-child.ts <analyze|all-pairs> <outlets> <runs> [<time budget ms>]
 * Repeats up to <runs> times, but starts no new run once the runs so far took the time budget.
 * Prints one JSON object: run times (ms), peak resident memory (maxRSS, KiB) and, for analyze,
 * whether the planted quotes landed in their clusters.
 */
import { performance } from 'node:perf_hooks';
import { readStory } from '../src/data/read-content.ts';
import { analyzeStory } from '../src/lib/analyze.ts';
import type { StoryComparison } from '../src/lib/types.ts';
import { allPairs, type AllPairsResult } from './all-pairs.ts';
import { BENCH_STORY, generateStory } from './generate.ts';
import { plantedQuotesLanded } from './quality.ts';

const [mode, outletsArg, runsArg, budgetArg] = process.argv.slice(2);
const outlets = Number(outletsArg);
const runs = Number(runsArg ?? 1);
const budgetMs = Number(budgetArg ?? Infinity);
if ((mode !== 'analyze' && mode !== 'all-pairs') || !Number.isInteger(outlets) || !Number.isInteger(runs)) {
  throw new Error('usage: node bench/analysis-child.ts <analyze|all-pairs> <outlets> <runs>');
}

const { story, articles } = await readStory(BENCH_STORY);
const generated = generateStory(story, articles, outlets);
const characters = generated.articles.reduce((n, a) => n + a.source.length, 0);
const rssBeforeKiB = Math.round(process.memoryUsage().rss / 1024);
const times: number[] = [];
let comparison: StoryComparison | undefined;
let pairs: AllPairsResult | undefined;
for (let i = 0; i < runs && times.reduce((a, b) => a + b, 0) < budgetMs; i++) {
  const t0 = performance.now();
  if (mode === 'analyze') comparison = analyzeStory(generated.story, generated.articles);
  else pairs = allPairs(generated.articles);
  times.push(performance.now() - t0);
}
const quality = comparison && plantedQuotesLanded(comparison, generated.planted);
console.log(
  JSON.stringify({
    mode,
    outlets,
    characters,
    times,
    rssBeforeKiB,
    maxRssKiB: process.resourceUsage().maxRSS,
    ...(comparison && { sentences: comparison.outlets.reduce((n, o) => n + o.sentences.length, 0), quoteClusters: comparison.quoteClusters.length, claimClusters: comparison.claimClusters.length }),
    ...(pairs && { pairs }),
    ...(quality && { quality: { planted: quality.planted, landed: quality.landed, misses: quality.misses.slice(0, 5) } }),
  }),
);
