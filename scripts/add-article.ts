/**
 * npm run add-article -- --story <slug> --outlet "Name" --url <url> [options] <file.txt|file.html|->
 *
 *   --title "…"              headline (default: the <h1> or <title> of HTML, the first line of text)
 *   --no-title               the page printed no headline (title: null)
 *   --slug <name>            file name (default: the outlet name slugified)
 *   --cite "Outlet"          an outlet the article credits (repeatable)
 *   --republished-from "…"   the outlet whose article this one republishes
 *   --published YYYY-MM-DD   publication date shown on the page
 *   --force                  replace an existing file
 *
 * Site furniture is removed by the rules in src/ingest/furniture.ts (docs/adding-articles.md).
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { ContentError, ContentErrors } from '../src/data/content-error.ts';
import { contentDir } from '../src/data/content-dir.ts';
import { addArticle, detectFormat } from '../src/ingest/add-article.ts';
import { formatAddition, summarizeAddition } from '../src/ingest/report.ts';

const usage =
  'usage: npm run add-article -- --story <slug> --outlet "Name" --url <url> [--title "…" | --no-title] [--slug s] [--cite "Outlet"]… [--republished-from "Outlet"] [--published YYYY-MM-DD] [--force] <file.txt|file.html|->';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      'no-title': { type: 'boolean' },
      slug: { type: 'string' },
      cite: { type: 'string', multiple: true },
      'republished-from': { type: 'string' },
      published: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const [input, ...extra] = positionals;
  if (
    values.story === undefined ||
    values.outlet === undefined ||
    values.url === undefined ||
    input === undefined ||
    extra.length > 0
  ) {
    throw new Error(usage);
  }
  const body = input === '-' ? await text(process.stdin) : await readFile(input, 'utf8');
  const result = await addArticle(
    {
      story: values.story,
      outlet: values.outlet,
      url: values.url,
      title: values['no-title'] === true ? null : values.title,
      slug: values.slug,
      cites: values.cite,
      republishedFrom: values['republished-from'],
      published: values.published,
      input: body,
      format: detectFormat(input, body),
    },
    { contentDir, force: values.force === true },
  );
  console.log(formatAddition(result.file, result.removed, summarizeAddition(result.comparison, result.slug)));
}

try {
  await main();
} catch (error) {
  const known =
    error instanceof ContentErrors ||
    error instanceof ContentError ||
    (error instanceof Error && error.constructor === Error);
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
}
