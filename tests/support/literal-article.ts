import type { ArticleInput } from '../../src/lib/index.ts';

/** An article of literal text for engine tests, with every field a real one has. */
export function literalArticle(
  slug: string,
  outlet: string,
  body: string,
  extra: Partial<ArticleInput> = {},
): ArticleInput {
  return {
    slug,
    file: `content/literal/${slug}.md`,
    source: `---\noutlet: "${outlet}"\n---\n\n${body}\n`,
    outlet,
    url: `https://example.org/${slug}`,
    title: null,
    cites: [],
    removed: [],
    lang: 'en',
    ...extra,
  };
}
