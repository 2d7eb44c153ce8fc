import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, getComparisons, getDifferences } from '../../data/comparisons.ts';

export const getStaticPaths = (async () =>
  (await getComparisons()).map((c) => ({ params: { story: c.story.slug } }))) satisfies GetStaticPaths;

/** The story's StoryComparison with its findings, provenance and timeline: docs/data-format.md. */
export const GET: APIRoute = async ({ params }) => {
  const comparison = await getComparison(params.story ?? '');
  const body = {
    format: 'parallax-comparison',
    version: 1,
    ...comparison,
    ...(await getDifferences(comparison.story.slug)),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${comparison.story.slug}.comparison.json"`,
    },
  });
};
