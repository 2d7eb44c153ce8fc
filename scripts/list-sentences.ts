/**
 * `npm run list-sentences -- content/<story>`: every paragraph sentence of every article with its
 * id, as annotators of a gold file need them. Prints segmentation only: no claims, quotes or
 * `unique` flags, so that reading the list cannot colour an independent annotation.
 */
import { readStory } from '../src/data/read-content.ts';
import { structureArticle } from '../src/lib/index.ts';

const dir = process.argv[2];
if (dir === undefined || dir.startsWith('-')) {
  process.stderr.write('usage: npm run list-sentences -- content/<story>\n');
  process.exit(2);
}
try {
  const { articles } = await readStory(dir);
  for (const article of articles) {
    process.stdout.write(`## ${article.slug} (${article.outlet})\n`);
    for (const s of structureArticle(article).sentences) {
      if (!s.inParagraph) continue;
      process.stdout.write(`${s.id}\t${s.text.replace(/\s+/g, ' ')}\n`);
    }
    process.stdout.write('\n');
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
