import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { storySchema } from './schemas/story.ts';
import { contentDir } from './data/content-dir.ts';

/** One entry per story folder: `content/<story>/story.md`. */
const stories = defineCollection({
  loader: glob({ base: contentDir, pattern: '*/story.md' }),
  schema: storySchema,
});

/**
 * Every other Markdown file is an outlet's article. The pattern is deliberately wider than
 * `<story>/<outlet>.md` so that a misplaced file is reported instead of silently ignored.
 */
const articles = defineCollection({
  loader: glob({ base: contentDir, pattern: ['**/*.md', '!*/story.md'] }),
  schema: articleSchema,
});

export const collections = { stories, articles };
