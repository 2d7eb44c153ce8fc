import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, storyPaths } from '../../../comparisons.ts';
import { storySearchFile } from '../../../search/site-index.ts';

/**
 * One story's search index file, fetched when a search needs that story. Made here, one story at
 * a time, so the site's index files are never all in memory together.
 */
export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  Response.json(storySearchFile(await getComparison(params.story ?? '')));
