/**
 * The build's analysis worker (started by src/build-analysis.ts): reads the stories under the
 * content folder one at a time and puts each one's analysis into the analysis cache, keeping none
 * of them, so its memory holds one story's analysis whatever the number of stories. It reads the
 * files as the preflight does (same YAML reader and schemas) without the preflight's markup and
 * size checks: a story it cannot read is left to the build, which reports its errors.
 */
import { enableCompileCache } from 'node:module';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import type { z } from 'astro/zod';

// This thread loads the engine from its TypeScript source (the pages get Vite's bundle of it).
// Node's compile cache keeps the stripped and compiled modules between builds, as Astro's CLI does
// for its own thread (a third of this thread's time without it); it applies to modules loaded
// after it is on, hence the imports below.
enableCompileCache();
const [{ cachedAnalysis }, { contentDir }, { readContentFile }, inputs, { articleSchema }, { storySchema }] =
  await Promise.all([
    import('./data/analysis-cache.ts'),
    import('./data/content-dir.ts'),
    import('./data/read-content.ts'),
    import('./data/story-inputs.ts'),
    import('./schemas/article.ts'),
    import('./schemas/story.ts'),
  ]);

const { root } = workerData as { root: string };
const base = path.resolve(root, contentDir);

for (const folder of await readdir(base, { withFileTypes: true })) {
  if (!folder.isDirectory()) continue;
  const slug = folder.name;
  try {
    const names = (await readdir(path.join(base, slug))).filter((name) => name.endsWith('.md'));
    if (!names.includes(inputs.STORY_FILE)) continue;
    const read = <D>(name: string, schema: z.ZodType<D>) => readContentFile(base, `${slug}/${name}`, root, schema);
    const story = await read(inputs.STORY_FILE, storySchema);
    const articles = [];
    for (const name of names) if (name !== inputs.STORY_FILE) articles.push(await read(name, articleSchema));
    for (const bundle of inputs.assembleStories([story], articles)) await cachedAnalysis(bundle.story, bundle.articles);
  } catch {
    // Left to the build: it reads this story from Astro's collections and reports what is wrong.
  }
}
