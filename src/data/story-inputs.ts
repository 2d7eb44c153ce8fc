import type { ArticleData } from '../schemas/article.ts';
import type { StoryData } from '../schemas/story.ts';
import { outletKey, type ArticleInput, type StoryInput } from '../lib/index.ts';
import { ContentError, ContentErrors } from './content-error.ts';

/** The file name every story folder must have. */
export const STORY_FILE = 'story.md';

/** Story folders and outlet files name URL segments: lower-case words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Segments the site's own pages use (src/pages/search/, src/pages/page/, src/pages/[story]/quotes.astro…); a story or outlet with one of these names would overwrite a page. */
export const RESERVED_SLUGS = {
  story: ['404', 'data-format', 'page', 'search'],
  outlet: ['compare', 'only', 'quotes'],
} as const;

/** Why `slug` cannot name a story or an outlet, or undefined when it can. */
export function slugProblem(slug: string, kind: keyof typeof RESERVED_SLUGS): string | undefined {
  const what = kind === 'story' ? 'the folder name' : 'the file name';
  if (!SLUG.test(slug))
    return `${what} "${slug}" is part of the page's address: use lower-case letters, digits and single hyphens`;
  if ((RESERVED_SLUGS[kind] as readonly string[]).includes(slug))
    return `${what} "${slug}" is the address of one of the site's own pages: choose another`;
  return undefined;
}

/** One Markdown file of `content/`, validated, before stories are assembled. */
export interface ContentFile<D> {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Path relative to the content folder, `/`-separated. */
  relative: string;
  source: string;
  body: string;
  data: D;
}

/** A story with its articles, ready for `analyzeStory`. */
export interface StoryBundle {
  story: StoryInput;
  articles: ArticleInput[];
}

export function toStoryInput(slug: string, data: StoryData): StoryInput {
  const { originalReport } = data;
  return {
    slug,
    title: data.title,
    summary: data.summary,
    ...(originalReport && {
      originalReport: {
        outlet: originalReport.outlet,
        title: originalReport.title,
        authors: originalReport.authors,
        ...(originalReport.published && { published: originalReport.published }),
        ...(originalReport.url && { url: originalReport.url }),
      },
    }),
  };
}

export function toArticleInput(slug: string, file: string, source: string, data: ArticleData): ArticleInput {
  return {
    slug,
    file,
    source,
    outlet: data.outlet,
    url: data.url,
    title: data.title,
    ...(data.standfirst !== undefined && { standfirst: data.standfirst }),
    ...(data.dateline !== undefined && { dateline: data.dateline }),
    ...(data.published !== undefined && { published: data.published }),
    cites: data.cites,
    ...(data.republishedFrom !== undefined && { republishedFrom: data.republishedFrom }),
    removed: data.removed,
    lang: data.lang,
  };
}

/**
 * Groups validated files into stories and checks what no single file can show: every article sits
 * in a story folder that has a story.md, has a body, and names an outlet no other article of its
 * story names; every story has at least two outlets to compare. All problems are reported together.
 */
export function assembleStories(
  stories: ContentFile<StoryData>[],
  articles: ContentFile<ArticleData>[],
): StoryBundle[] {
  const errors: ContentError[] = [];
  const bySlug = new Map<string, StoryBundle>();
  const storyFiles = new Map<string, string>();
  for (const entry of [...stories].sort((a, b) => a.relative.localeCompare(b.relative))) {
    const slug = entry.relative.split('/')[0] ?? '';
    const problem = slugProblem(slug, 'story');
    if (problem !== undefined) errors.push(new ContentError(entry.file, problem));
    bySlug.set(slug, { story: toStoryInput(slug, entry.data), articles: [] });
    storyFiles.set(slug, entry.file);
  }
  // A story whose article was rejected is not also reported as too small.
  const storiesWithErrors = new Set<string>();
  const outletFiles = new Map<string, string>();
  for (const entry of [...articles].sort((a, b) => a.relative.localeCompare(b.relative))) {
    const parts = entry.relative.split('/');
    const [storySlug, fileName] = parts;
    if (parts.length !== 2 || storySlug === undefined || fileName === undefined) {
      errors.push(new ContentError(entry.file, 'an article must sit in a story folder: content/<story>/<outlet>.md'));
      continue;
    }
    const outletSlug = fileName.replace(/\.md$/, '');
    const problem = slugProblem(outletSlug, 'outlet');
    if (problem !== undefined) {
      storiesWithErrors.add(storySlug);
      errors.push(new ContentError(entry.file, problem));
      continue;
    }
    const bundle = bySlug.get(storySlug);
    if (bundle === undefined) {
      errors.push(
        new ContentError(
          entry.file,
          `its story has no ${STORY_FILE}: add content/${storySlug}/${STORY_FILE} with a title and a summary`,
        ),
      );
      continue;
    }
    if (entry.body.trim() === '') {
      storiesWithErrors.add(storySlug);
      errors.push(new ContentError(entry.file, 'the article has no text after its frontmatter', { field: 'body' }));
      continue;
    }
    const { dateline } = entry.data;
    if (dateline !== undefined && !entry.body.trimStart().startsWith(dateline)) {
      storiesWithErrors.add(storySlug);
      errors.push(
        new ContentError(
          entry.file,
          `"${dateline}" must be printed at the start of the first paragraph, as the outlet printed it`,
          { field: 'dateline' },
        ),
      );
      continue;
    }
    const key = `${storySlug}/${outletKey(entry.data.outlet)}`;
    const twin = outletFiles.get(key);
    if (twin !== undefined) {
      storiesWithErrors.add(storySlug);
      errors.push(
        new ContentError(entry.file, `outlet "${entry.data.outlet}" already has an article in this story: ${twin}`, {
          field: 'outlet',
        }),
      );
      continue;
    }
    outletFiles.set(key, entry.file);
    bundle.articles.push(toArticleInput(outletSlug, entry.file, entry.source, entry.data));
  }
  for (const [slug, { articles: list }] of bySlug) {
    if (list.length < 2 && !storiesWithErrors.has(slug)) {
      errors.push(
        new ContentError(
          storyFiles.get(slug) ?? slug,
          `a story needs at least two outlets to compare; it has ${list.length}`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return [...bySlug.values()];
}
