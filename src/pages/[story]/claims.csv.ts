import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getComparison, getComparisons } from '../../data/comparisons.ts';
import { claimMatrix } from '../../lib/findings/claim-matrix.ts';

export const getStaticPaths = (async () =>
  (await getComparisons()).map((c) => ({ params: { story: c.story.slug } }))) satisfies GetStaticPaths;

/** The claim matrix as RFC 4180 CSV (CRLF line ends, fields quoted when needed): docs/data-format.md. */
export const GET: APIRoute = async ({ params }) => {
  const comparison = await getComparison(params.story ?? '');
  const csv = stringify(claimMatrix(comparison), { record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${comparison.story.slug}.claims.csv"`,
    },
  });
};
