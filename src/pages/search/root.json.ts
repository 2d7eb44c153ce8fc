import type { APIRoute } from 'astro';
import { getComparisons } from '../../comparisons.ts';
import { siteSearchFiles } from '../../search/site-index.ts';

/** The search's root file, loaded by every search first (src/search/site-index.ts). */
export const GET: APIRoute = async () => Response.json(siteSearchFiles(await getComparisons()).root);
