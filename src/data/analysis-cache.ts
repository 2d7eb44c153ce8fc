/**
 * Analysis results kept on disk, keyed by a hash of everything the engine reads: the story, every
 * article's source and fields, and the engine itself (the text of src/lib and the locked
 * dependency versions). An entry holds the story's comparison and its differences (the findings
 * pass), so a rebuild with unchanged articles and engine reads both back instead of aligning and
 * comparing again; any change to either gives a new key, so a stale result is never served. Entries are written to a temporary name and renamed, so concurrent builds never read a
 * half-written file.
 *
 *   PARALLAX_CACHE_DIR  where entries live (default node_modules/.cache/parallax)
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import {
  analyzeStory,
  describeDifferences,
  type ArticleInput,
  type StoryComparison,
  type StoryDifferences,
  type StoryInput,
} from '../lib/index.ts';

export const analysisCacheDir = process.env['PARALLAX_CACHE_DIR'] ?? 'node_modules/.cache/parallax';

/** Files whose content decides what the engine computes, relative to the project root. */
const ENGINE_DIR = 'src/lib';
const LOCKFILE = 'package-lock.json';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hash of the engine's source files (sorted by path) and of the lockfile that pins its dependencies. */
export async function engineVersion(root = process.cwd()): Promise<string> {
  const dir = path.join(root, ENGINE_DIR);
  const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.ts')).sort();
  const hash = createHash('sha256');
  for (const file of [...files.map((name) => path.join(dir, name)), path.join(root, LOCKFILE)]) {
    hash.update(`${path.relative(root, file)}\0${await readFile(file, 'utf8')}\0`);
  }
  return hash.digest('hex');
}

/** The cache key of one analysis: independent of the order the articles come in, as the engine is. */
export function analysisKey(story: StoryInput, articles: readonly ArticleInput[], engine: string): string {
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return sha256(JSON.stringify({ engine, story, articles: sorted }));
}

export interface AnalysisCacheOptions {
  dir?: string;
  root?: string;
  analyze?: typeof analyzeStory;
  describe?: typeof describeDifferences;
}

/** Everything the engine says about one story: what every page and endpoint of it reads. */
export interface StoryAnalysis {
  comparison: StoryComparison;
  differences: StoryDifferences;
}

/** An analysis and the cache entry it is stored in, to be read again with `readAnalysis`. */
export interface StoredAnalysis extends StoryAnalysis {
  file: string;
}

/** One stored analysis, read again (a build keeps the entry's path, not the analysis). */
export async function readAnalysis(file: string): Promise<StoryAnalysis> {
  return JSON.parse(await readFile(file, 'utf8')) as StoryAnalysis;
}

let defaultEngine: Promise<string> | undefined;

/**
 * `analyzeStory` and `describeDifferences`, or their stored results when the same inputs were
 * analysed by the same engine.
 */
export async function cachedAnalysis(
  story: StoryInput,
  articles: ArticleInput[],
  options: AnalysisCacheOptions = {},
): Promise<StoredAnalysis> {
  const { dir = analysisCacheDir, root, analyze = analyzeStory, describe = describeDifferences } = options;
  const engine = await (root === undefined ? (defaultEngine ??= engineVersion()) : engineVersion(root));
  const file = path.join(dir, `${story.slug}-${analysisKey(story, articles, engine)}.json`);
  try {
    return { ...(await readAnalysis(file)), file };
  } catch {
    // Missing or unreadable: analyse and store.
  }
  const comparison = analyze(story, articles);
  const analysis: StoryAnalysis = { comparison, differences: describe(comparison) };
  await mkdir(dir, { recursive: true });
  // Per thread, not only per process: the build's analysis worker (src/build-analysis.ts) shares the process.
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  await writeFile(temporary, JSON.stringify(analysis));
  await rename(temporary, file);
  await pruneStory(dir, story.slug);
  return { ...analysis, file };
}

/**
 * Entries kept per story. Every edit of an article or of the engine makes a new entry; without
 * pruning the folder grew by one comparison per edit, for ever. A few recent ones keep switching
 * between branches cheap.
 */
export const ENTRIES_PER_STORY = 3;

/** Removes all but the ENTRIES_PER_STORY newest entries of one story. */
export async function pruneStory(dir: string, slug: string): Promise<void> {
  // An entry is `<slug>-<64 hex>.json`; the hash pattern keeps story "a" from pruning story "a-b".
  const entry = new RegExp(`^${slug}-[0-9a-f]{64}\\.json$`);
  const names = (await readdir(dir)).filter((name) => entry.test(name));
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      mtime: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0,
    })),
  );
  dated.sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? -1 : 1));
  await Promise.all(dated.slice(ENTRIES_PER_STORY).map(({ name }) => rm(path.join(dir, name), { force: true })));
}
