import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, storyPaths } from '../../comparisons.ts';
import { claimsCsv } from '../../view/downloads.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const comparison = await getComparison(params.story ?? '');
  return new Response(claimsCsv(comparison), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${comparison.story.slug}.claims.csv"`,
    },
  });
};
