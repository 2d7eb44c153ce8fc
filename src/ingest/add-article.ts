/**
 * `npm run add-article`: one outlet's page (HTML or plain text) → `content/<story>/<outlet>.md`,
 * validated by the same code as the build's preflight before the command reports success.
 */
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slug as slugify } from 'github-slugger';
import { stringify } from 'yaml';
import { splitFrontmatter, validateFrontmatter } from '../data/frontmatter.ts';
import { readStory } from '../data/read-content.ts';
import { STORY_FILE } from '../data/story-inputs.ts';
import { analyzeStory, type StoryComparison } from '../lib/index.ts';
import { articleSchema } from '../schemas/article.ts';
import { parseHtml } from './html.ts';
import { cleanBody, textToTree, toMarkdown, type RemovedBlock } from './markdown.ts';

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

/**
 * Writes the article into `<contentDir>/<story>/` and validates the whole story as the build
 * would; if that fails, the folder is put back as it was and the error is rethrown.
 */
export async function addArticle(
  request: ArticleRequest,
  options: { contentDir: string; force?: boolean; root?: string },
): Promise<AddResult> {
  const root = options.root ?? process.cwd();
  const storyDir = path.join(options.contentDir, request.story);
  const storyFile = path.join(storyDir, STORY_FILE);
  if (!(await exists(storyFile))) {
    throw new Error(
      `${path.relative(root, storyFile)} does not exist: create the story (title and summary) before adding articles to it`,
    );
  }
  const absolute = path.join(storyDir, `${request.slug ?? slugify(request.outlet)}.md`);
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const prepared = prepareArticle(request, file);
  const previous = (await exists(absolute)) ? await readFile(absolute, 'utf8') : undefined;
  if (previous !== undefined && options.force !== true) {
    throw new Error(`${file} already exists: pass --force to replace it`);
  }
  await writeFile(absolute, prepared.source);
  try {
    const bundle = await readStory(storyDir, root);
    return { ...prepared, file, comparison: analyzeStory(bundle.story, bundle.articles) };
  } catch (error) {
    await (previous === undefined ? rm(absolute) : writeFile(absolute, previous));
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
