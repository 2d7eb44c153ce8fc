import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, getStories, getDifferences } from '../../comparisons.ts';
import { comparisonJson } from '../../view/downloads.ts';

export const getStaticPaths = (async () =>
  (await getStories()).map(({ listing }) => ({ params: { story: listing.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const comparison = await getComparison(params.story ?? '');
  return new Response(comparisonJson(comparison, await getDifferences(comparison.story.slug)), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${comparison.story.slug}.comparison.json"`,
    },
  });
};
