import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { storySchema, type StoryData } from '../schemas/story.ts';
import { ContentError, ContentErrors } from './content-error.ts';
import { splitFrontmatter, validateFrontmatter } from './frontmatter.ts';
import { readSource } from './source-text.ts';
import { assembleStories, STORY_FILE, type ContentFile, type StoryBundle } from './story-inputs.ts';

/**
 * Reads and validates every story under `contentDir` without Astro: the build's preflight, the
 * `analyze` CLI, the benchmark and the tests use it. Every broken file is reported, each with its
 * path, the line where known and the field.
 */
export async function readContent(contentDir: string, root = process.cwd()): Promise<StoryBundle[]> {
  const files = (await readdir(contentDir, { recursive: true }))
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const stories: ContentFile<StoryData>[] = [];
  const articles: ContentFile<ArticleData>[] = [];
  const errors: ContentError[] = [];
  for (const relative of files) {
    const absolute = path.join(contentDir, relative);
    const file = path.relative(root, absolute).split(path.sep).join('/');
    try {
      const source = await readSource(absolute, file);
      const split = splitFrontmatter(file, source);
      const base = { file, relative, source, body: split.body };
      if (path.posix.basename(relative) === STORY_FILE) {
        stories.push({ ...base, data: validateFrontmatter(file, split, storySchema) });
      } else {
        articles.push({ ...base, data: validateFrontmatter(file, split, articleSchema) });
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return assembleStories(stories, articles);
}

/** Reads the one story in `storyDir` (a folder under `content/`). */
export async function readStory(storyDir: string, root = process.cwd()): Promise<StoryBundle> {
  const slug = path.basename(path.resolve(storyDir));
  const bundles = await readContent(path.dirname(path.resolve(storyDir)), root);
  const bundle = bundles.find((b) => b.story.slug === slug);
  if (bundle === undefined) throw new ContentError(storyDir, `no ${STORY_FILE} found`);
  return bundle;
}
