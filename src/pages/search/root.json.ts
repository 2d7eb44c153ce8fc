import type { APIRoute } from 'astro';
import { getComparison, getStoryTitles } from '../../comparisons.ts';
import { siteSearchFiles } from '../../search/site-index.ts';

/** The search's root file, loaded by every search first (src/search/site-index.ts). */
export const GET: APIRoute = async () =>
  Response.json((await siteSearchFiles(await getStoryTitles(), getComparison)).root);
