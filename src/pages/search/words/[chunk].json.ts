import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, getStoryTitles } from '../../../comparisons.ts';
import { siteSearchFiles } from '../../../search/site-index.ts';

/** One chunk of the site's word → stories map; none when the root file holds it inline. */
export const getStaticPaths = (async () =>
  (await siteSearchFiles(await getStoryTitles(), getComparison)).chunks.map((chunk, n) => ({
    params: { chunk: String(n) },
    props: { chunk },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['chunk']);
