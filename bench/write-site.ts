/**
 * Writes a synthetic site (bench/generate.ts `generateSite`) as content files, to build or profile
 * it by hand as the scale bench does:
 *
 *   node bench/write-site.ts --stories 1000 --outlets 6 /tmp/site-1000
 *   PARALLAX_CONTENT_DIR=/tmp/site-1000 PARALLAX_OUT_DIR=/tmp/site-1000-dist node --cpu-prof scripts/build.ts
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readStory } from '../src/data/read-content.ts';
import { BENCH_STORY, generateSite, storyFile, type SiteStory } from './generate.ts';

/** Each story as `<dir>/<story>/story.md` and one `<outlet>.md` per article. */
export async function writeSite(dir: string, stories: readonly SiteStory[]): Promise<void> {
  for (const { story, articles } of stories) {
    const folder = path.join(dir, story.slug);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'story.md'), storyFile(story));
    for (const article of articles) await writeFile(path.join(folder, `${article.slug}.md`), article.source);
  }
}

const HELP = `Usage: node bench/write-site.ts [--stories N] [--outlets M] [--seed S] <folder>

Writes N synthetic stories × M synthetic outlets (default 1000 × 6, seed 2026) into an empty or
new <folder>, as content files the build reads with PARALLAX_CONTENT_DIR=<folder>.

Example:
  node bench/write-site.ts --stories 100 /tmp/site-100`;

function usageError(message: string): never {
  console.error(`write-site: ${message} (node bench/write-site.ts --help)`);
  process.exit(2);
}

function count(option: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(text)) usageError(`--${option} takes a positive whole number, not "${text}"`);
  return Number(text);
}

if (import.meta.main) {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        options: {
          stories: { type: 'string' },
          outlets: { type: 'string' },
          seed: { type: 'string' },
          help: { type: 'boolean', default: false },
        },
        allowPositionals: true,
      });
    } catch (error) {
      return usageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
    }
  })();
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const [dir, ...extra] = positionals;
  if (dir === undefined) usageError('name the folder to write the site into');
  if (extra.length > 0) usageError(`one folder only, not also "${extra.join(' ')}"`);
  const shape = {
    stories: count('stories', values.stories, 1000),
    outlets: count('outlets', values.outlets, 6),
    seed: count('seed', values.seed, 2026),
  };
  if (shape.outlets < 2) usageError('--outlets must be at least 2: a story needs two outlets to compare');
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) usageError(`${dir} is not empty: write the site into a new or empty folder`);
  const real = await readStory(BENCH_STORY);
  await writeSite(dir, generateSite(real.story, real.articles, shape));
  console.log(`Wrote ${shape.stories} stories × ${shape.outlets} outlets to ${dir}`);
}
