import type { Dirent } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { storySchema, type StoryData } from '../schemas/story.ts';
import { ContentError, ContentErrors } from './content-error.ts';
import { splitFrontmatter, validateFrontmatter } from './frontmatter.ts';
import { position, readSource } from './source-text.ts';
import { parseArticle } from '../lib/index.ts';
import { unitLimitProblem } from './limits.ts';
import { assembleStories, STORY_FILE, toArticleInput, type ContentFile, type StoryBundle } from './story-inputs.ts';

/**
 * Reads and validates every story under `contentDir` without Astro: the build's preflight, the
 * `analyze` CLI, the benchmark and the tests use it. Every broken file is reported, each with its
 * path, the line where known and the field.
 */
export async function readContent(contentDir: string, root = process.cwd()): Promise<StoryBundle[]> {
  const errors: ContentError[] = [];
  const files = await listMarkdown(contentDir, root, errors);
  const stories: ContentFile<StoryData>[] = [];
  const articles: ContentFile<ArticleData>[] = [];
  for (const relative of files) {
    try {
      if (path.posix.basename(relative) === STORY_FILE) {
        stories.push(await readContentFile(contentDir, relative, root, storySchema));
      } else {
        const article = await readContentFile(contentDir, relative, root, articleSchema);
        const { file, source, data } = article;
        const problem = parseArticle(source).problems[0];
        if (problem !== undefined) throw new ContentError(file, problem.problem, position(source, problem.offset));
        const tooMany = unitLimitProblem(toArticleInput('article', file, source, data));
        if (tooMany !== undefined) throw tooMany;
        articles.push(article);
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return assembleStories(stories, articles);
}

/**
 * One content file read and its frontmatter validated against `schema`; `relative` is its path
 * under `contentDir`. Shared by the preflight and the build's analysis worker.
 */
export async function readContentFile<D>(
  contentDir: string,
  relative: string,
  root: string,
  schema: z.ZodType<D>,
): Promise<ContentFile<D>> {
  const absolute = path.join(contentDir, relative);
  const file = display(absolute, root);
  const source = await readSource(absolute, file);
  const split = splitFrontmatter(file, source);
  return { file, relative, source, body: split.body, data: validateFrontmatter(file, split, schema) };
}

/** Path of `absolute` for messages: relative to the project root, `/`-separated. */
function display(absolute: string, root: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * Every `.md` file under `contentDir`, relative to it, sorted. Walks the folders itself rather than
 * with readdir's `recursive` so that what the build would otherwise trip over later, or silently
 * skip, is reported here with its path: a symbolic link (it could publish a file from anywhere on
 * the machine, or loop), a folder named like an article, a file whose `.MD` would be ignored.
 */
async function listMarkdown(contentDir: string, root: string, errors: ContentError[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(contentDir, relative), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      errors.push(
        new ContentError(display(path.join(contentDir, relative), root), `cannot be read as a folder (${code})`),
      );
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const file = display(path.join(contentDir, child), root);
      if (entry.isSymbolicLink()) {
        const target = await readlink(path.join(contentDir, child)).catch(() => '?');
        errors.push(
          new ContentError(
            file,
            `is a symbolic link (to ${target}): content must be real files and folders, so that nothing from outside content/ is published`,
          ),
        );
      } else if (entry.isDirectory()) {
        if (/\.md$/i.test(entry.name)) {
          errors.push(new ContentError(file, 'is a folder, but its name ends in .md like an article: rename it'));
        } else {
          await walk(child);
        }
      } else if (entry.name.endsWith('.md')) {
        found.push(child);
      } else if (/\.md$/i.test(entry.name)) {
        errors.push(
          new ContentError(file, 'ends in a capitalised .md, so the site would ignore it: rename it to end in .md'),
        );
      }
    }
  };
  await walk('');
  return found;
}

/** Reads the one story in `storyDir` (a folder under `content/`). */
export async function readStory(storyDir: string, root = process.cwd()): Promise<StoryBundle> {
  const slug = path.basename(path.resolve(storyDir));
  const bundles = await readContent(path.dirname(path.resolve(storyDir)), root);
  const bundle = bundles.find((b) => b.story.slug === slug);
  if (bundle === undefined) throw new ContentError(storyDir, `no ${STORY_FILE} found`);
  return bundle;
}
