import { readFile } from 'node:fs/promises';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';

const { articles } = await readStory('content/isis-detainee-transfer');
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective);

/** The printed lines of a block: paragraphs keep their line breaks; captions and credits are containers. */
function blockLines(node: RootContent): string[] {
  if (node.type === 'yaml') return [];
  if (node.type === 'containerDirective') return node.children.flatMap(blockLines);
  return toString(node).split('\n');
}

/** Sorted, so that the comparison is of multisets: every seed line present exactly as often. */
function sortedLines(lines: string[]): string[] {
  return lines.filter((line) => line.trim() !== '').sort();
}

describe('content is faithful to the captured pages', () => {
  it.each(articles.map((article) => [article.slug, article] as const))(
    '%s: body + removed furniture accounts for every line of its seed',
    async (slug, article) => {
      const seed = await readFile(`tests/fixtures/seeds/${slug}.txt`, 'utf8');
      const tree = parser.parse(article.source) as Root;
      const rebuilt = [
        ...(article.title === null ? [] : [article.title]),
        ...(article.standfirst === undefined ? [] : [article.standfirst]),
        ...tree.children.flatMap(blockLines),
        ...article.removed,
      ];
      expect(sortedLines(rebuilt)).toEqual(sortedLines(seed.split('\n')));
    },
  );

  it('covers all five articles', () => {
    expect(articles.map((a) => a.slug)).toEqual([
      'daljoog-news',
      'intellinews',
      'journalposts',
      'kurdistan24',
      'top-real-news',
    ]);
  });
});
