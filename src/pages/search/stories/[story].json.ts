import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, getStories } from '../../../comparisons.ts';
import { storySearchFile } from '../../../search/site-index.ts';

/**
 * One story's search index file, fetched when a search needs that story. Made here, one story at
 * a time, so the site's index files are never all in memory together.
 */
export const getStaticPaths = (async () =>
  (await getStories()).map(({ listing }) => ({ params: { story: listing.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  Response.json(storySearchFile(await getComparison(params.story ?? '')));
