/**
 * `npm run add-article`: one outlet's page (HTML or plain text) → `content/<story>/<outlet>.md`,
 * validated by the same code as the build's preflight before the command reports success.
 */
import { lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slug as slugify } from 'github-slugger';
import { stringify } from 'yaml';
import { splitFrontmatter, validateFrontmatter } from '../data/frontmatter.ts';
import { readStory } from '../data/read-content.ts';
import { slugProblem, STORY_FILE } from '../data/story-inputs.ts';
import { analyzeStory, type StoryComparison } from '../lib/index.ts';
import { articleSchema } from '../schemas/article.ts';
import { parseHtml } from './html.ts';
import { cleanBody, textToTree, toMarkdown, type RemovedBlock } from './markdown.ts';
import { UsageError } from './usage-error.ts';

export type InputFormat = 'html' | 'text';

export interface ArticleRequest {
  story: string;
  outlet: string;
  url: string;
  /** Headline; `null` when the page printed none; undefined to take it from the input. */
  title?: string | null | undefined;
  /** File name without `.md`; defaults to the outlet name slugified. */
  slug?: string | undefined;
  cites?: readonly string[] | undefined;
  republishedFrom?: string | undefined;
  /** Publication date as printed on the page (YYYY-MM-DD). */
  published?: string | undefined;
  input: string;
  format: InputFormat;
}

export interface PreparedArticle {
  slug: string;
  title: string | null;
  /** The whole Markdown file, frontmatter included. */
  source: string;
  removed: RemovedBlock[];
}

/** `.html`/`.htm` files are HTML, other files text; standard input is HTML when it starts with a tag. */
export function detectFormat(fileName: string, input: string): InputFormat {
  if (/\.x?html?$/i.test(fileName)) return 'html';
  if (fileName === '-') return /^\s*</.test(input) ? 'html' : 'text';
  return 'text';
}

/** Builds the file's text and checks its frontmatter against the content schema. */
export function prepareArticle(
  request: ArticleRequest,
  file = `${request.story}/${request.slug ?? slugify(request.outlet)}.md`,
): PreparedArticle {
  const slug = request.slug ?? slugify(request.outlet);
  let parsedTitle: string | null;
  let tree;
  let removed: RemovedBlock[] = [];
  if (request.format === 'html') {
    ({ title: parsedTitle, tree, removed } = parseHtml(request.input));
  } else {
    // A text file's first line is its headline, unless the headline was given.
    const text = request.input.replace(/^\s+/, '');
    const newline = text.indexOf('\n');
    const firstLine = (newline === -1 ? text : text.slice(0, newline)).trim();
    parsedTitle = firstLine === '' ? null : firstLine;
    tree = textToTree(request.title === undefined ? text.slice(firstLine.length) : text);
  }
  removed = [...removed, ...cleanBody(tree)];
  const title = request.title === undefined ? parsedTitle : request.title;
  const frontmatter = {
    outlet: request.outlet,
    url: request.url,
    title,
    ...(request.published !== undefined && { published: request.published }),
    cites: [...(request.cites ?? [])],
    ...(request.republishedFrom !== undefined && { republishedFrom: request.republishedFrom }),
    removed: removed.map((r) => r.text),
  };
  const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const source = `---\n${yaml}---\n\n${toMarkdown(tree)}`;
  validateFrontmatter(file, splitFrontmatter(file, source), articleSchema);
  return { slug, title, source, removed };
}

export interface AddResult extends PreparedArticle {
  /** Path of the written file. */
  file: string;
  /** The story's comparison with the new article in it. */
  comparison: StoryComparison;
}

/** Throws a UsageError unless `story` and `slug` can name a story folder and an article file. */
export function checkNames(story: string, slug: string): void {
  const storyProblem = slugProblem(story, 'story');
  if (storyProblem !== undefined) throw new UsageError(`--story "${story}": ${storyProblem}`);
  const slugIssue = slugProblem(slug, 'outlet');
  if (slugIssue !== undefined) throw new UsageError(`--slug "${slug}": ${slugIssue}`);
}

/**
 * The file an article is written to: `<contentDir>/<story>/<slug>.md` and nowhere else. Story and
 * slug must be slugs (no `/`, `\\`, `.`, nothing Unicode that normalises to them), the result is
 * checked to sit in the story folder, and neither the folder nor the file may be a symbolic link
 * (writing through one would write wherever it points).
 */
export async function articlePath(contentDir: string, story: string, slug: string, root: string): Promise<string> {
  checkNames(story, slug);
  const storyDir = path.resolve(contentDir, story);
  const absolute = path.join(storyDir, `${slug}.md`);
  if (path.relative(path.resolve(contentDir), absolute) !== path.join(story, `${slug}.md`)) {
    throw new UsageError(`${absolute} is outside ${contentDir}/${story}/`);
  }
  for (const target of [storyDir, absolute]) {
    const stat = await lstat(target).catch(() => undefined);
    if (stat?.isSymbolicLink() === true) {
      throw new Error(
        `${path.relative(root, target)} is a symbolic link: add-article writes only real files inside ${path.relative(root, contentDir) || '.'}/`,
      );
    }
  }
  return absolute;
}

/** Replaces `file` by a complete new one (written beside it, then renamed): never half-written, never through a link. */
async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = `${path.dirname(file)}/.${path.basename(file)}.${process.pid}.tmp`;
  await writeFile(temporary, text, { flag: 'wx' });
  await rename(temporary, file);
}

/**
 * Writes the article into `<contentDir>/<story>/` and validates the whole story as the build
 * would; if that fails, the folder is put back as it was and the error is rethrown.
 */
export async function addArticle(
  request: ArticleRequest,
  options: { contentDir: string; force?: boolean; root?: string },
): Promise<AddResult> {
  const root = options.root ?? process.cwd();
  const absolute = await articlePath(options.contentDir, request.story, request.slug ?? slugify(request.outlet), root);
  const storyDir = path.dirname(absolute);
  const storyFile = path.join(storyDir, STORY_FILE);
  if (!(await isFile(storyFile))) {
    throw new Error(
      `${path.relative(root, storyFile)} does not exist: create the story (title and summary) before adding articles to it`,
    );
  }
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const prepared = prepareArticle(request, file);
  const previous = (await isFile(absolute)) ? await readFile(absolute, 'utf8') : undefined;
  if (previous !== undefined && options.force !== true) {
    throw new Error(`${file} already exists: pass --force to replace it`);
  }
  if (previous === undefined) {
    // 'wx' fails if anything appeared at the path meanwhile, a link included.
    await writeFile(absolute, prepared.source, { flag: 'wx' });
  } else {
    await replaceFile(absolute, prepared.source);
  }
  try {
    const bundle = await readStory(storyDir, root);
    return { ...prepared, file, comparison: analyzeStory(bundle.story, bundle.articles) };
  } catch (error) {
    await (previous === undefined ? rm(absolute) : replaceFile(absolute, previous));
    throw error;
  }
}

async function isFile(file: string): Promise<boolean> {
  return lstat(file).then(
    (stat) => stat.isFile(),
    () => false,
  );
}
