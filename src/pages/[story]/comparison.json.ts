import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, storyPaths, getDifferences } from '../../comparisons.ts';
import { comparisonJson } from '../../view/downloads.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const comparison = await getComparison(params.story ?? '');
  return new Response(comparisonJson(comparison, await getDifferences(comparison.story.slug)), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${comparison.story.slug}.comparison.json"`,
    },
  });
};
