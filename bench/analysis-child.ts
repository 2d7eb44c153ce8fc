/**
 * One measurement in a fresh process, so its peak memory is its own:
 *   node bench/analysis-child.ts <analyze|all-pairs> <outlets> <runs> [<time budget ms>]
 * Repeats up to <runs> times, but starts no new run once the runs so far took the time budget;
 * small inputs get unrecorded warm-up calls between the first (cold) run and the others.
 * Prints one JSON object: run times (ms), peak resident memory (maxRSS, KiB) and, for analyze,
 * whether the planted quotes landed in their clusters.
 */
import { performance } from 'node:perf_hooks';
import { readStory } from '../src/data/read-content.ts';
import { analyzeStory, terms, type StoryComparison } from '../src/lib/index.ts';
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
// The lemmatiser's word lists (2.7 MB) load on first use, untimed here: a build loads them once for
// all its stories. Timed, they tripled the baseline's only run at 5 outlets (104 → 370 ms) and
// flattened the curve its time at 500 outlets is extrapolated from.
terms('helicopters');
const characters = generated.articles.reduce((n, a) => n + a.source.length, 0);
const rssBeforeKiB = Math.round(process.memoryUsage().rss / 1024);
const times: number[] = [];
/** Time spent on unrecorded warm-up calls, and the fewest calls that must fit in it for any to run. */
const WARMUP_MS = 1_000;
const WARMUP_MIN_CALLS = 10;
let comparison: StoryComparison | undefined;
let pairs: AllPairsResult | undefined;
function once(): number {
  const t0 = performance.now();
  if (mode === 'analyze') comparison = analyzeStory(generated.story, generated.articles);
  else pairs = allPairs(generated.articles);
  return performance.now() - t0;
}
// The first call (times[0]) also loads and compiles the code. Small inputs then get unrecorded
// warm-up calls until V8's optimising tiers have settled, as a build that analyses many
// stories would see; large inputs are their own warm-up.
times.push(once());
for (let spent = 0; spent < WARMUP_MS && (times[0] ?? Infinity) < WARMUP_MS / WARMUP_MIN_CALLS;) spent += once();
for (let i = 1; i < runs && times.reduce((a, b) => a + b, 0) < budgetMs; i++) times.push(once());
const quality = comparison && plantedQuotesLanded(comparison, generated.planted);
console.log(
  JSON.stringify({
    mode,
    outlets,
    characters,
    times,
    rssBeforeKiB,
    maxRssKiB: process.resourceUsage().maxRSS,
    ...(comparison && {
      sentences: comparison.outlets.reduce((n, o) => n + o.sentences.length, 0),
      quoteClusters: comparison.quoteClusters.length,
      claimClusters: comparison.claimClusters.length,
    }),
    ...(pairs && { pairs }),
    ...(quality && {
      quality: { planted: quality.planted, landed: quality.landed, misses: quality.misses.slice(0, 5) },
    }),
  }),
);
