import type { APIRoute } from 'astro';
import { getComparisons } from '../comparisons.ts';
import { createSearchIndex } from '../search/options.ts';
import type { SearchIndexFile } from '../search/record.ts';
import { searchRecords, searchStory } from '../search/records.ts';

/** The search index, built once per build: records plus fuse.js's serialised index over them. */
export const GET: APIRoute = async () => {
  const comparisons = await getComparisons();
  const records = comparisons.flatMap(searchRecords);
  const file: SearchIndexFile = { stories: comparisons.map(searchStory), records, index: createSearchIndex(records) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
