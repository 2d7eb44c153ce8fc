/**
 * The engine's one entry point: a story and its articles in, one StoryComparison out.
 */
import { structureArticle } from './article.ts';
import type { ArticleInput, OutletAnalysis, StoryComparison, StoryInput } from './types.ts';

function outletMetadata(a: ArticleInput): Omit<OutletAnalysis, 'wordCount' | 'blocks' | 'sentences' | 'quotes' | 'sharedShare' | 'uniqueSentences'> {
  return {
    slug: a.slug,
    outlet: a.outlet,
    file: a.file,
    url: a.url,
    title: a.title,
    ...(a.standfirst !== undefined && { standfirst: a.standfirst }),
    ...(a.dateline !== undefined && { dateline: a.dateline }),
    ...(a.published !== undefined && { published: a.published }),
    cites: [...a.cites],
    ...(a.republishedFrom !== undefined && { republishedFrom: a.republishedFrom }),
    removed: [...a.removed],
    lang: a.lang,
  };
}

export function analyzeStory(story: StoryInput, articles: ArticleInput[]): StoryComparison {
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const outlets: OutletAnalysis[] = sorted.map((article) => {
    const { blocks, sentences, quotes } = structureArticle(article);
    const wordCount = sentences.reduce((n, s) => n + s.words, 0);
    return {
      ...outletMetadata(article),
      wordCount,
      blocks,
      sentences,
      quotes,
      sharedShare: 0,
      uniqueSentences: 0,
    };
  });
  const overlap: Record<string, Record<string, number>> = {};
  for (const a of outlets) {
    const row: Record<string, number> = {};
    for (const b of outlets) if (b.slug !== a.slug) row[b.slug] = 0;
    overlap[a.slug] = row;
  }
  return { story, outlets, quoteClusters: [], claimClusters: [], overlap };
}
