/**
 * The build's analysis worker (started by src/build-analysis.ts): reads the stories under the
 * content folder one at a time and puts each one's analysis into the analysis cache, keeping none
 * of them, so its memory holds one story's analysis whatever the number of stories. It reads the
 * files as the preflight does (same YAML reader and schemas) without the preflight's markup and
 * size checks: a story it cannot read is left to the build, which reports its errors.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { cachedAnalysis } from './data/analysis-cache.ts';
import { contentDir } from './data/content-dir.ts';
import { splitFrontmatter, validateFrontmatter } from './data/frontmatter.ts';
import { readSource } from './data/source-text.ts';
import { assembleStories, STORY_FILE, type ContentFile } from './data/story-inputs.ts';
import { articleSchema, type ArticleData } from './schemas/article.ts';
import { storySchema, type StoryData } from './schemas/story.ts';

const { root } = workerData as { root: string };
const base = path.resolve(root, contentDir);

async function readFile<D>(slug: string, name: string, schema: typeof storySchema | typeof articleSchema) {
  const absolute = path.join(base, slug, name);
  // The path as Astro's glob loader gives it (relative to the project root): part of the cache key.
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const source = await readSource(absolute, file);
  const split = splitFrontmatter(file, source);
  return {
    file,
    relative: `${slug}/${name}`,
    source,
    body: split.body,
    data: validateFrontmatter(file, split, schema) as D,
  };
}

for (const folder of await readdir(base, { withFileTypes: true })) {
  if (!folder.isDirectory()) continue;
  const slug = folder.name;
  try {
    const names = (await readdir(path.join(base, slug))).filter((name) => name.endsWith('.md'));
    if (!names.includes(STORY_FILE)) continue;
    const story: ContentFile<StoryData> = await readFile(slug, STORY_FILE, storySchema);
    const articles: ContentFile<ArticleData>[] = [];
    for (const name of names) if (name !== STORY_FILE) articles.push(await readFile(slug, name, articleSchema));
    for (const bundle of assembleStories([story], articles)) await cachedAnalysis(bundle.story, bundle.articles);
  } catch {
    // Left to the build: it reads this story from Astro's collections and reports what is wrong.
  }
}
