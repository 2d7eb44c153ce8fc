/**
 * The story's data downloads: the whole comparison as JSON and the claim matrix as CSV, each
 * described in docs/data-format.md. The endpoints in src/pages/[story]/ only serve these.
 */
import { stringify } from 'csv-stringify/sync';
import type { StoryComparison, StoryDifferences } from '../lib/index.ts';
import { matrixRows } from './confidence.ts';

/** `comparison.json`: the StoryComparison with its findings, rewordings, provenance and timeline. */
export function comparisonJson(comparison: StoryComparison, differences: StoryDifferences): string {
  const body = { format: 'parallax-comparison', version: 2, ...comparison, ...differences };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export const CLAIM_MATRIX_FIXED_COLUMNS = ['claim', 'label', 'confidence', 'outlets', 'possible'] as const;

/**
 * The claim matrix: one row per claim cluster, its confidence (the strongest of its members: `weak`
 * is a possible match only), the number of outlets that print it and of those there only as a
 * possible match (as the coverage matrix counts them), and one column per outlet holding the
 * sentence that outlet prints for the claim (its closest one when it states it twice; empty when it
 * has none). First row: headers.
 */
export function claimMatrix(comparison: StoryComparison): string[][] {
  const header = [...CLAIM_MATRIX_FIXED_COLUMNS, ...comparison.outlets.map((o) => o.slug)];
  const rows = matrixRows(comparison).map(({ cluster, cells, stated, possible }) => [
    cluster.id,
    cluster.label,
    cluster.confidence,
    String(stated),
    String(possible),
    ...cells.map((member) => member?.text ?? ''),
  ]);
  return [header, ...rows];
}

/**
 * A cell a spreadsheet would run as a formula (OWASP's CSV injection rule: it starts with =, +, -,
 * @, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** `claims.csv`: the claim matrix as RFC 4180 CSV (CRLF line ends, fields quoted when needed), formulas neutralised. */
export function claimsCsv(comparison: StoryComparison): string {
  const rows = claimMatrix(comparison).map((row) => row.map(neutraliseFormula));
  return stringify(rows, { record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
}
