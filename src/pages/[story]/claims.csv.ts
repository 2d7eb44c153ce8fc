import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, getStories } from '../../comparisons.ts';
import { claimsCsv } from '../../view/downloads.ts';

export const getStaticPaths = (async () =>
  (await getStories()).map(({ listing }) => ({ params: { story: listing.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const comparison = await getComparison(params.story ?? '');
  return new Response(claimsCsv(comparison), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${comparison.story.slug}.claims.csv"`,
    },
  });
};
