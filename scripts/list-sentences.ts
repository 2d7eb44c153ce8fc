/**
 * `npm run list-sentences -- content/<story>`: every paragraph sentence of every article with its
 * id, as annotators of a gold file need them. Prints segmentation only: no claims, quotes or
 * `unique` flags, so that reading the list cannot colour an independent annotation.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../src/ingest/usage-error.ts';
import { runCommand } from './command.ts';

const USAGE = `usage: npm run list-sentences -- content/<story>

Prints every paragraph sentence of every article of the story with its id, one per line
(id, a tab, the sentence): segmentation only, for annotating a gold standard.

  --help   print this help

example: npm run list-sentences -- content/isis-detainee-transfer
`;

await runCommand('list-sentences', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean', default: false } },
  });
  if (values.help) return USAGE;
  const [dir, ...extra] = positionals;
  if (dir === undefined) throw new UsageError('missing the story folder, e.g. content/isis-detainee-transfer');
  if (extra.length > 0) throw new UsageError(`one story at a time, not also ${extra.join(' ')}`);
  // Loaded only now, so that --help and a bad argument answer at once.
  const [{ readStory }, { structureArticle }] = await Promise.all([
    import('../src/data/read-content.ts'),
    import('../src/lib/index.ts'),
  ]);
  const { articles } = await readStory(dir);
  const out: string[] = [];
  for (const article of articles) {
    out.push(`## ${article.slug} (${article.outlet})`);
    for (const s of structureArticle(article).sentences) {
      if (s.inParagraph) out.push(`${s.id}\t${s.text.replace(/\s+/g, ' ')}`);
    }
    out.push('');
  }
  return out.join('\n');
});
