/**
 * One adversarial shape in a fresh process, so its peak memory is its own:
 *   node bench/adversarial-child.ts <shape index> <bytes>
 * Writes the shape's story to a temporary content folder, runs the build's preflight on it
 * (readContent: what `npm run build` does before Astro), then analyses it as the build would
 * (analyzeStory and describeDifferences), whether or not the preflight accepted it, so the
 * engine's own cost is known too. Prints one JSON object: preflight time and verdict, analysis
 * time, peak resident memory (maxRSS, KiB), input and output bytes (comparison.json's content).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ContentErrors } from '../src/data/content-error.ts';
import { readContent } from '../src/data/read-content.ts';
import { analyzeStory, describeDifferences } from '../src/lib/index.ts';
import { adversarialStory, ADVERSARIAL_SHAPES } from './adversarial-shapes.ts';

const [indexArg, bytesArg] = process.argv.slice(2);
const shape = ADVERSARIAL_SHAPES[Number(indexArg)];
if (shape === undefined || !Number.isInteger(Number(bytesArg))) {
  throw new Error('usage: node bench/adversarial-child.ts <shape index> <bytes>');
}
const { story, articles, files } = adversarialStory(shape, Number(bytesArg));
const root = await mkdtemp(path.join(tmpdir(), 'parallax-adversarial-child-'));
let refused: string | undefined;
let preflightMs: number;
try {
  const dir = path.join(root, 'content', story.slug);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const t0 = performance.now();
  try {
    await readContent(path.join(root, 'content'), root);
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    refused = error.errors.map((e) => e.problem).join('; ');
  }
  preflightMs = performance.now() - t0;
} finally {
  await rm(root, { recursive: true, force: true });
}
const t1 = performance.now();
const comparison = analyzeStory(story, articles);
const differences = describeDifferences(comparison);
const ms = performance.now() - t1;
process.stdout.write(
  JSON.stringify({
    preflightMs,
    ...(refused !== undefined && { refused }),
    ms,
    maxRssKiB: process.resourceUsage().maxRSS,
    inputBytes: articles.reduce((n, a) => n + Buffer.byteLength(a.source), 0),
    outputBytes: Buffer.byteLength(JSON.stringify({ ...comparison, ...differences })),
  }),
);
