/**
 * One adversarial shape analysed in a fresh process, so its peak memory is its own:
 *   node bench/adversarial-child.ts <shape index> <bytes>
 * Prints one JSON object: analysis time (ms, analyzeStory and describeDifferences), peak resident
 * memory (maxRSS, KiB), input and output bytes (the comparison and findings, as comparison.json).
 */
import { performance } from 'node:perf_hooks';
import { analyzeStory, describeDifferences } from '../src/lib/index.ts';
import { adversarialStory, ADVERSARIAL_SHAPES } from './adversarial-shapes.ts';

const [indexArg, bytesArg] = process.argv.slice(2);
const shape = ADVERSARIAL_SHAPES[Number(indexArg)];
if (shape === undefined || !Number.isInteger(Number(bytesArg))) {
  throw new Error('usage: node bench/adversarial-child.ts <shape index> <bytes>');
}
const { story, articles } = adversarialStory(shape, Number(bytesArg));
const t0 = performance.now();
const comparison = analyzeStory(story, articles);
const differences = describeDifferences(comparison);
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssKiB: process.resourceUsage().maxRSS,
    inputBytes: articles.reduce((n, a) => n + Buffer.byteLength(a.source), 0),
    outputBytes: Buffer.byteLength(JSON.stringify({ ...comparison, ...differences })),
  }),
);
