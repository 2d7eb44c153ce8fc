import { beforeAll, describe, expect, it } from 'vitest';
import { generateSite, generateStory, nextSiteArticle, siteStorySlug, storyFile } from '../../bench/generate.ts';
import { splitFrontmatter, validateFrontmatter } from '../../src/data/frontmatter.ts';
import { readStory } from '../../src/data/read-content.ts';
import { toArticleInput, toStoryInput } from '../../src/data/story-inputs.ts';
import type { ArticleInput, StoryInput } from '../../src/lib/types.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { storySchema } from '../../src/schemas/story.ts';

let story: StoryInput;
let real: ArticleInput[];

beforeAll(async () => {
  ({ story, articles: real } = await readStory('content/isis-detainee-transfer'));
});

describe('generateStory', () => {
  it('is deterministic: the same seed gives the same articles, another seed other ones', () => {
    const a = generateStory(story, real, 40, 7);
    const b = generateStory(story, real, 40, 7);
    const c = generateStory(story, real, 40, 8);
    expect(b).toEqual(a);
    expect(c.articles.slice(5).map((x) => x.source)).not.toEqual(a.articles.slice(5).map((x) => x.source));
  });

  it('keeps the real articles and grows by prefix: a larger story starts with the smaller one', () => {
    const small = generateStory(story, real, 20);
    const large = generateStory(story, real, 60);
    expect(small.articles).toHaveLength(20);
    expect(large.articles).toHaveLength(60);
    expect(small.articles.slice(0, real.length)).toEqual(real);
    expect(large.articles.slice(0, 20)).toEqual(small.articles);
    expect(new Set(large.articles.map((a) => a.slug)).size).toBe(60);
  });

  it('writes articles that pass the article schema and parse to the same input', () => {
    for (const article of generateStory(story, real, 15).articles.slice(real.length)) {
      const data = validateFrontmatter(article.file, splitFrontmatter(article.file, article.source), articleSchema);
      expect(toArticleInput(article.slug, article.file, article.source, data)).toEqual(article);
    }
  });

  it('rewrites: no synthetic article is a copy of its model, and some carry filler and changed numbers', () => {
    const synthetic = generateStory(story, real, 30).articles.slice(real.length);
    const bodies = new Set(real.map((a) => splitFrontmatter(a.file, a.source).body.trim()));
    for (const article of synthetic)
      expect(bodies.has(splitFrontmatter(article.file, article.source).body.trim())).toBe(false);
    expect(
      synthetic.some((a) =>
        /interest rates|striker|snowfall|harvest|painting|opening hours|budget for parks|delayed trains/.test(a.source),
      ),
    ).toBe(true);
    expect(synthetic.some((a) => /\b(?:5,[0-9]00|6,[1-9]00)\b/.test(a.source))).toBe(true);
  });

  it('plants what it says: each planted quote sits at its range, copied or trimmed from a real quote at its range', () => {
    const { articles, planted } = generateStory(story, real, 50);
    const sources = new Map(articles.map((a) => [a.slug, a.source]));
    const realSlugs = new Set(real.map((a) => a.slug));
    expect(planted.length).toBeGreaterThan(100);
    expect(planted.some((p) => p.trimmed)).toBe(true);
    for (const p of planted) {
      expect(sources.get(p.outlet)!.slice(p.start, p.end)).toBe(p.text);
      expect(realSlugs.has(p.from.outlet)).toBe(true);
      expect(sources.get(p.from.outlet)!.slice(p.from.start, p.from.end)).toBe(p.from.text);
      const before = sources.get(p.from.outlet)![p.from.start - 1];
      const after = sources.get(p.from.outlet)![p.from.end];
      expect(['“”', '""']).toContain(`${before}${after}`);
      if (p.trimmed) {
        expect(p.text.split(' ').length).toBeLessThan(p.from.text.split(' ').length);
        expect(p.from.text.replace(/[,.;:]+$/u, '')).toContain(p.text);
      } else {
        expect(p.text).toBe(p.from.text);
      }
    }
  });

  it('refuses to drop real articles', () => {
    expect(() => generateStory(story, real, real.length - 1)).toThrow(/keeps the 5 real articles/);
  });
});

describe('generateSite', () => {
  const shape = { stories: 7, outlets: 4 };

  it('makes N stories × M synthetic outlets, the same every time, a larger site starting with the smaller one', () => {
    const site = generateSite(story, real, shape);
    expect(site).toHaveLength(7);
    expect(site.map((s) => s.story.slug)).toEqual(Array.from({ length: 7 }, (_, i) => siteStorySlug(i + 1)));
    for (const s of site)
      expect(s.articles.map((a) => a.slug)).toEqual([
        'synthetic-0001',
        'synthetic-0002',
        'synthetic-0003',
        'synthetic-0004',
      ]);
    expect(generateSite(story, real, shape)).toEqual(site);
    expect(generateSite(story, real, { ...shape, stories: 9 }).slice(0, 7)).toEqual(site);
    // Every story draws its own outlets: no two stories print the same first article.
    expect(new Set(site.map((s) => s.articles[0]!.source)).size).toBe(7);
    const realSources = new Set(real.map((a) => a.source));
    expect(site.flatMap((s) => s.articles).some((a) => realSources.has(a.source))).toBe(false);
  });

  it('writes story and article files the schemas accept, each story dated no later than the one before it', () => {
    const site = generateSite(story, real, shape);
    let previous = '9999-12-31';
    for (const s of site) {
      const file = `${s.story.slug}/story.md`;
      const text = storyFile(s.story);
      expect(toStoryInput(s.story.slug, validateFrontmatter(file, splitFrontmatter(file, text), storySchema))).toEqual(
        s.story,
      );
      const dates = s.articles.map((a) => a.published ?? '');
      for (const article of s.articles) {
        const data = validateFrontmatter(article.file, splitFrontmatter(article.file, article.source), articleSchema);
        expect(toArticleInput(article.slug, article.file, article.source, data)).toEqual(article);
      }
      const first = [...dates].sort()[0]!;
      expect(first <= previous).toBe(true);
      expect(s.story.originalReport?.published).toBe(first);
      previous = first;
    }
  });

  it('gives a story its next outlet, as a site with one more outlet per story would have it, dated last', () => {
    const site = generateSite(story, real, shape);
    const added = nextSiteArticle(real, shape, 3);
    const bigger = generateSite(story, real, { ...shape, outlets: 5 })[2]!.articles[4]!;
    expect(added.slug).toBe('synthetic-0005');
    expect(added.source.replace(/^published: .*$/m, '')).toBe(bigger.source.replace(/^published: .*$/m, ''));
    const newest = site
      .flatMap((s) => s.articles.map((a) => a.published ?? ''))
      .sort()
      .at(-1)!;
    expect(added.published! > newest).toBe(true);
  });
});
