import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparisons } from '../../../comparisons.ts';
import type { StoryComparison } from '../../../lib/index.ts';
import { storySearchFile } from '../../../search/site-index.ts';

/**
 * One story's search index file, fetched when a search needs that story. Made here, one story at
 * a time, so the site's index files are never all in memory together.
 */
export const getStaticPaths = (async () =>
  (await getComparisons()).map((comparison) => ({
    params: { story: comparison.story.slug },
    props: { comparison },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(storySearchFile(props['comparison'] as StoryComparison));
