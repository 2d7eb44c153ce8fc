import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  analysisKey,
  cachedAnalysis,
  engineVersion,
  readAnalysis,
  ENTRIES_PER_STORY,
  pruneStory,
} from '../../src/data/analysis-cache.ts';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import { describeDifferences } from '../../src/lib/insights/index.ts';
import type { ArticleInput, StoryInput } from '../../src/lib/types.ts';

let story: StoryInput;
let articles: ArticleInput[];
let engine: string;

beforeAll(async () => {
  ({ story, articles } = await readStory('content/isis-detainee-transfer'));
  engine = await engineVersion();
});

/** A fresh temporary folder for each test of the calling `describe`. */
function tempDirEach(prefix: string): { path: string } {
  const dir = { path: '' };
  beforeEach(async () => {
    dir.path = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterEach(() => rm(dir.path, { recursive: true, force: true }));
  return dir;
}

/** The real engine, counting its calls. */
function countingAnalyze(): { analyze: typeof analyzeStory; calls: () => number } {
  let calls = 0;
  return {
    analyze: (s, a) => {
      calls++;
      return analyzeStory(s, a);
    },
    calls: () => calls,
  };
}

describe('analysisKey', () => {
  it('is the same for the same inputs in any order', () => {
    expect(analysisKey(story, [...articles].reverse(), engine)).toBe(analysisKey(story, articles, engine));
  });

  it('changes when one character of one article changes', () => {
    const [first, ...rest] = articles;
    const edited = { ...first!, source: first!.source.replace('6,000', '6,001') };
    expect(edited.source).not.toBe(first!.source);
    expect(analysisKey(story, [edited, ...rest], engine)).not.toBe(analysisKey(story, articles, engine));
  });

  it('changes when the story, an article field or the engine changes', () => {
    const key = analysisKey(story, articles, engine);
    expect(analysisKey({ ...story, title: `${story.title}!` }, articles, engine)).not.toBe(key);
    expect(
      analysisKey(
        story,
        articles.map((a, i) => (i === 0 ? { ...a, outlet: 'Renamed' } : a)),
        engine,
      ),
    ).not.toBe(key);
    expect(analysisKey(story, articles, `${engine}0`)).not.toBe(key);
  });
});

describe('engineVersion', () => {
  const tmp = tempDirEach('parallax-engine-');

  it('changes with the engine source and the lockfile, and only with them', async () => {
    const root = tmp.path;
    await mkdir(path.join(root, 'src/lib'), { recursive: true });
    await writeFile(path.join(root, 'src/lib/a.ts'), 'export const a = 1;\n');
    await writeFile(path.join(root, 'package-lock.json'), '{}\n');
    const before = await engineVersion(root);
    await writeFile(path.join(root, 'src/lib/notes.md'), 'not code\n');
    expect(await engineVersion(root)).toBe(before);
    await writeFile(path.join(root, 'src/lib/a.ts'), 'export const a = 2;\n');
    const edited = await engineVersion(root);
    expect(edited).not.toBe(before);
    await writeFile(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(await engineVersion(root)).not.toBe(edited);
  });
});

describe('cachedAnalysis', () => {
  const tmp = tempDirEach('parallax-cache-');

  it('analyses and describes once, then serves the same comparison and differences from disk', async () => {
    const dir = tmp.path;
    const { analyze, calls } = countingAnalyze();
    let described = 0;
    const describe: typeof describeDifferences = (comparison) => {
      described++;
      return describeDifferences(comparison);
    };
    const first = await cachedAnalysis(story, articles, { dir, analyze, describe });
    const second = await cachedAnalysis(story, [...articles].reverse(), { dir, analyze, describe });
    expect(calls()).toBe(1);
    expect(described).toBe(1);
    expect(second).toEqual(first);
    expect(first.differences).toEqual(describeDifferences(first.comparison));
    expect(first.differences.findings.length).toBeGreaterThan(0);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('names the entry it stored, which a page reads back as the same analysis', async () => {
    const dir = tmp.path;
    const { file, ...analysis } = await cachedAnalysis(story, articles, { dir });
    expect(path.dirname(file)).toBe(dir);
    expect(path.basename(file)).toBe(`${story.slug}-${analysisKey(story, articles, engine)}.json`);
    expect(await readAnalysis(file)).toEqual(analysis);
    expect(analysis.comparison).toEqual(analyzeStory(story, articles));
  });

  it('analyses again when an article changes, and when an entry is unreadable', async () => {
    const dir = tmp.path;
    const { analyze, calls } = countingAnalyze();
    await cachedAnalysis(story, articles, { dir, analyze });
    const edited = articles.map((a, i) => (i === 0 ? { ...a, source: `${a.source}\nOne more sentence.\n` } : a));
    await cachedAnalysis(story, edited, { dir, analyze });
    expect(calls()).toBe(2);
    await writeFile(path.join(dir, `${story.slug}-${analysisKey(story, articles, engine)}.json`), '{"truncated":');
    const again = await cachedAnalysis(story, articles, { dir, analyze });
    expect(calls()).toBe(3);
    expect(again.comparison).toEqual(analyzeStory(story, articles));
  });
});

describe('pruning (issue 15, item 17)', () => {
  it('keeps the newest ENTRIES_PER_STORY entries of a story and never touches another story', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parallax-prune-'));
    try {
      const hash = (i: number) => i.toString(16).padStart(64, '0');
      for (let i = 0; i < 6; i++) {
        const file = path.join(dir, `a-${hash(i)}.json`);
        await writeFile(file, '{}');
        await utimes(file, 1_000 + i, 1_000 + i);
      }
      await writeFile(path.join(dir, `a-b-${hash(0)}.json`), '{}');
      await pruneStory(dir, 'a');
      expect((await readdir(dir)).sort()).toEqual([
        `a-${hash(3)}.json`,
        `a-${hash(4)}.json`,
        `a-${hash(5)}.json`,
        `a-b-${hash(0)}.json`,
      ]);
      expect(ENTRIES_PER_STORY).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
