/**
 * Quantities stated in a piece of text, with the hedge that qualifies them: "nearly 6,000",
 * "6,000 or so", "roughly 6,000", "thousands". Years and other dates are left to dates.ts.
 */

/** A quantity at `index` (in the text passed) of `length` characters. */
export interface Quantity {
  index: number;
  length: number;
  /** The number as a value, or the vague word ("thousands") when the text gives none. */
  value: number | string;
  /** Hedge word(s) as written, lower-cased: "nearly", "or so", "more than"; "" when none. */
  hedge: string;
}

/** Words before a number that make it approximate or a bound. */
const HEDGES_BEFORE = [
  'nearly',
  'almost',
  'roughly',
  'around',
  'about',
  'some',
  'approximately',
  'close to',
  'more than',
  'over',
  'up to',
  'at least',
  'fewer than',
  'less than',
  'an estimated',
];
/** Words after a number that make it approximate. */
const HEDGES_AFTER = ['or so', 'or more', 'odd'];
/** Counts given as an order of magnitude instead of a number. */
const VAGUE = ['dozens', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions'];

/** Number words that scale the figure before them: "1.5 million". */
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

/** Group and decimal separators of a language, from Intl, so "6,000" and "6.000" both parse where they should. */
function separators(lang: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function quantityPattern(lang: string): { pattern: RegExp; parse: (digits: string) => number } {
  const { group, decimal } = separators(lang);
  const g = escape(group);
  const d = escape(decimal);
  const number = `\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?`;
  const pattern = new RegExp(
    `(?:\\b(?<before>${alternatives(HEDGES_BEFORE)})\\s+)?(?:(?<number>${number})(?:\\s+(?<scale>${Object.keys(SCALES).join('|')})\\b)?(?:\\s+(?<after>${alternatives(HEDGES_AFTER)})\\b)?|\\b(?<vague>${alternatives(VAGUE)})\\b)`,
    'giu',
  );
  return { pattern, parse: (digits) => Number(digits.split(group).join('').replace(decimal, '.')) };
}

const patterns = new Map<string, ReturnType<typeof quantityPattern>>();

/**
 * Every quantity in `text`. Four-digit numbers from 1800 to 2199 without a group separator are
 * years, not counts, and are skipped, as are numbers glued to letters ("G7", "COVID-19").
 */
export function findQuantities(text: string, lang = 'en'): Quantity[] {
  let entry = patterns.get(lang);
  if (entry === undefined) {
    entry = quantityPattern(lang);
    patterns.set(lang, entry);
  }
  const out: Quantity[] = [];
  for (const match of text.matchAll(entry.pattern)) {
    const { before, number, scale, after, vague } = match.groups ?? {};
    const index = match.index;
    const end = index + match[0].length;
    if (number !== undefined) {
      const numberStart = index + match[0].indexOf(number);
      if (/[\p{L}-]$/u.test(text.slice(0, numberStart)) || /^[\p{L}]/u.test(text.slice(numberStart + number.length)))
        continue;
      const value = entry.parse(number) * (scale === undefined ? 1 : (SCALES[scale.toLowerCase()] ?? 1));
      if (scale === undefined && /^\d{4}$/.test(number) && value >= 1800 && value < 2200) continue;
      out.push({
        index,
        length: end - index,
        value,
        hedge: [before, after].filter(Boolean).join(' ').toLowerCase().replace(/\s+/g, ' '),
      });
    } else if (vague !== undefined) {
      out.push({
        index,
        length: end - index,
        value: vague.toLowerCase().replace(/\s+/g, ' '),
        hedge: (before ?? '').toLowerCase(),
      });
    }
  }
  return out;
}

/** "6000" → "6,000" in the text's language, for labels. */
export function formatValue(value: number | string, lang = 'en'): string {
  return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
}
