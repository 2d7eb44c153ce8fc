import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparisons } from '../../../comparisons.ts';
import { siteSearchFiles } from '../../../search/site-index.ts';

/** One story's search index file, fetched when a search needs that story. */
export const getStaticPaths = (async () =>
  [...siteSearchFiles(await getComparisons()).stories].map(([story, file]) => ({
    params: { story },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['file']);
