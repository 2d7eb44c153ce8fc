/**
 * Dates stated in a piece of text and how precisely: "late October 2025", "late October",
 * "late 2025", "this past June", "in 2014", "since 2019". Months and days are parsed by
 * chrono-node; chrono leaves bare years alone, so those are found here, with the "early / mid /
 * late" qualifier either may carry.
 */
import { createRequire } from 'node:module';
import type * as chronoEn from 'chrono-node/en';
import type { DatePrecision } from './types.ts';

export interface DateFact {
  index: number;
  length: number;
  year?: number;
  impliedYear?: number;
  month?: number;
  day?: number;
  part?: 'early' | 'mid' | 'late';
  relation?: 'since' | 'until' | 'by';
  precision: DatePrecision;
}

const PART = /\b(early|mid|late)[\s-]+$/i;
const RELATION = /\b(since|until|by)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** A year on its own: 1800–2199, not part of a longer number or a word. */
const YEAR = /(?<![\p{L}\p{N},.])(1[89]\d\d|2[01]\d\d)(?![\p{L}\p{N}]|,\d)/gu;

const monthNames = (style: 'long' | 'short') =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)),
  );
const LONG_MONTHS = monthNames('long');
const MONTHS = [...LONG_MONTHS, ...monthNames('short')];
/** chrono also reads "now", "today" and weekdays; a calendar date names a month or has digits. */
const CALENDAR = new RegExp(`\\d|\\b(?:${MONTHS.join('|')})\\b`, 'i');
/**
 * CALENDAR without its word boundaries: text this does not match has no part CALENDAR matches,
 * so chrono (most of the cost of a timeline) need not read it.
 */
const MAY_HOLD_CALENDAR = new RegExp(`\\d|${MONTHS.join('|')}`, 'i');

/**
 * The year a month-only mention means: the latest such month not after the reference date (the
 * article's publication date), which is how a reader of a dated article understands "in late October".
 */
function impliedYear(month: number, reference: Date): number {
  const year = reference.getUTCFullYear();
  return month <= reference.getUTCMonth() + 1 ? year : year - 1;
}

function qualifiers(text: string, index: number): Pick<DateFact, 'part' | 'relation'> & { qualifierStart: number } {
  const before = text.slice(0, index);
  const part = PART.exec(before);
  const relation = RELATION.exec(before);
  return {
    ...(part?.[1] !== undefined && { part: part[1].toLowerCase() as 'early' | 'mid' | 'late' }),
    ...(relation?.[1] !== undefined && { relation: relation[1].toLowerCase() as 'since' | 'until' | 'by' }),
    qualifierStart: part === null ? index : part.index,
  };
}

/**
 * chrono-node's English parser, loaded on first use: a build's pages import the engine without
 * analysing (the build's analysis worker, src/build-analysis.ts, does that beside Vite's bundling).
 */
const load = createRequire(import.meta.url);
let chrono: typeof chronoEn | undefined;

/** Every date in `text`, in order; `reference` dates the text (for years a mention leaves out). */
export function findDates(text: string, reference: Date | undefined): DateFact[] {
  const out: DateFact[] = [];
  const covered: [number, number][] = [];
  const parsed = MAY_HOLD_CALENDAR.test(text)
    ? (chrono ??= load('chrono-node/en') as typeof chronoEn).parse(
        text,
        reference === undefined ? undefined : { instant: reference },
      )
    : [];
  for (const result of parsed) {
    const month = result.start.get('month');
    if (!result.start.isCertain('month') || month === null || !CALENDAR.test(result.text)) continue;
    const year = result.start.isCertain('year') ? (result.start.get('year') ?? undefined) : undefined;
    const day = result.start.isCertain('day') ? (result.start.get('day') ?? undefined) : undefined;
    // chrono's text can carry a time and trailing punctuation ("October,"): the mention ends at the date's last word.
    const length = result.text
      .replace(/\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?$/i, '')
      .replace(/[^\p{L}\p{N}]+$/u, '').length;
    const { qualifierStart, ...q } = qualifiers(text, result.index);
    out.push({
      index: qualifierStart,
      length: result.index + length - qualifierStart,
      month,
      ...(year !== undefined ? { year } : reference !== undefined && { impliedYear: impliedYear(month, reference) }),
      ...(day !== undefined && { day }),
      ...q,
      precision: day === undefined ? 'month' : 'day',
    });
    covered.push([result.index, result.index + length]);
  }
  for (const match of text.matchAll(YEAR)) {
    if (covered.some(([s, e]) => match.index >= s && match.index < e)) continue;
    const { qualifierStart, ...q } = qualifiers(text, match.index);
    out.push({
      index: qualifierStart,
      length: match.index + 4 - qualifierStart,
      year: Number(match[1]),
      ...q,
      precision: 'year',
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "late October 2025", "late October", "18 February 2026", "2014": how the mention reads, normalised. */
export function dateLabel(fact: Pick<DateFact, 'year' | 'month' | 'day' | 'part'>): string {
  const month = fact.month === undefined ? undefined : LONG_MONTHS[fact.month - 1];
  return [fact.part, fact.day, month, fact.year].filter((x) => x !== undefined).join(' ');
}

/** Sortable key of the period a mention points at ("2025-10", "2014"), with the year filled in where implied. */
export function periodKey(fact: Pick<DateFact, 'year' | 'impliedYear' | 'month' | 'day'>): string | undefined {
  const year = fact.year ?? fact.impliedYear;
  if (year === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(year), fact.month && pad(fact.month), fact.month && fact.day && pad(fact.day)]
    .filter(Boolean)
    .join('-');
}

/** "late October 2025", or "late October (no year)" when the year is left to the reader. */
export function dateFactLabel(d: DateFact): string {
  const label = dateLabel(d);
  return d.year === undefined && d.month !== undefined ? `${label} (no year)` : label;
}
