/**
 * `npm run add-article`: one outlet's page (HTML or plain text) → content/<story>/<outlet>.md.
 * Options and an example: USAGE below (`npm run add-article -- --help`). Site furniture is
 * removed by the rules in src/ingest/furniture.ts (docs/adding-articles.md).
 */
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/data/content-dir.ts';
import { slug as slugify } from 'github-slugger';
import type { EncodingError } from '../src/ingest/encoding.ts';
import { UsageError } from '../src/ingest/usage-error.ts';
import { runCommand } from './command.ts';

const USAGE = `usage: npm run add-article -- --story <slug> --outlet "Name" --url <url> [options] <file.html|file.txt|->

Turns an outlet's page (HTML or plain text; - reads standard input) into content/<story>/<slug>.md,
removes site furniture (listed under removed:), validates the story as the build does, and prints
what the next build will add. It writes nowhere but content/<story>/.

  --story <slug>             the story folder under content/ (it must have a story.md)
  --outlet "Name"            the outlet's name as it presents itself
  --url <url>                the article's http(s) address
  --title "…"                headline (default: the page's <h1> or <title>, or a text file's first line)
  --no-title                 the page printed no headline (title: null)
  --slug <name>              file name without .md (default: the outlet name as a slug)
  --cite "Outlet"            an outlet the article credits (repeatable)
  --republished-from "…"     the outlet whose article this one republishes
  --published YYYY-MM-DD     publication date shown on the page
  --encoding <label>         the input's encoding when it declares none (e.g. windows-1252)
  --force                    replace an existing article
  --help                     print this help

example: npm run add-article -- --story isis-detainee-transfer --outlet "Harbor Wire" \\
           --url https://example.com/story --cite "Fox News Digital" page.html
`;

await runCommand('add-article', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    strict: true,
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
      encoding: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) return USAGE;
  const [input, ...extra] = positionals;
  const missing = (['story', 'outlet', 'url'] as const).filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((name) => `--${name}`).join(', ')}`);
  if (input === undefined) throw new UsageError('missing the input file (or - for standard input)');
  if (extra.length > 0) throw new UsageError(`one input file at a time, not also ${extra.join(' ')}`);
  if (values.title !== undefined && values['no-title'] === true)
    throw new UsageError('--title and --no-title together');
  // Loaded only now, so that --help and a missing argument answer at once.
  const [
    { addArticle, checkNames, detectFormat },
    { checkEncodingLabel, decodeInput },
    { formatAddition, summarizeAddition },
  ] = await Promise.all([
    import('../src/ingest/add-article.ts'),
    import('../src/ingest/encoding.ts'),
    import('../src/ingest/report.ts'),
  ]);
  // Before reading the input (standard input may never end): a bad name is a bad argument.
  checkNames(values.story!, values.slug ?? slugify(values.outlet!));
  if (values.encoding !== undefined) {
    try {
      checkEncodingLabel(values.encoding);
    } catch (error) {
      throw new UsageError((error as EncodingError).message);
    }
  }
  const bytes = input === '-' ? await buffer(process.stdin) : await readFile(input);
  // The format decides where the charset may be declared; a leading tag is ASCII in every encoding it applies to.
  const format = detectFormat(input, new TextDecoder('latin1').decode(bytes.subarray(0, 64)));
  const body = decodeInput(input === '-' ? 'standard input' : input, bytes, {
    html: format === 'html',
    encoding: values.encoding,
  });
  const result = await addArticle(
    {
      story: values.story!,
      outlet: values.outlet!,
      url: values.url!,
      title: values['no-title'] === true ? null : values.title,
      slug: values.slug,
      cites: values.cite,
      republishedFrom: values['republished-from'],
      published: values.published,
      input: body,
      format,
    },
    { contentDir, force: values.force === true },
  );
  return formatAddition(result.file, result.removed, summarizeAddition(result.comparison, result.slug));
});
