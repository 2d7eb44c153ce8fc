/**
 * The list of stories on the home page and in the feed: each story's dates, outlets and headline
 * differences, newest first, in pages of a bounded size. The differences are counted from what
 * the engine decided (quote labels through `alteredQuotes`, typed findings), never recomputed.
 */
import type { StoryComparison, StoryDifferences } from '../lib/index.ts';
import { alteredQuotes } from './altered-quotes.ts';
import { plural } from './format.ts';

/**
 * Stories per page of the list. Fifty keeps the heaviest list page near the weight of a story's
 * overview (about 20 KB gzip) and a reader's scroll short, however many stories the site holds.
 */
export const STORIES_PER_PAGE = 50;

/** One story as the list shows it. */
export interface StoryListing {
  slug: string;
  title: string;
  summary: string;
  /** Calendar dates (YYYY-MM-DD) of its earliest and latest dated article or original report; absent when none is dated. */
  dates?: { first: string; last: string };
  /** Outlet names, in the comparison's order. */
  outlets: string[];
  /** Outlets' quotes printed in altered wording (the overview's list of altered quotes). */
  alteredQuotes: number;
  /** Findings where outlets print different numbers. */
  changedNumbers: number;
}

/** The calendar dates a story spans: its articles' publication dates and its original report's. */
export function storyDates(comparison: StoryComparison): StoryListing['dates'] {
  const days = [comparison.story.originalReport?.published, ...comparison.outlets.map((o) => o.published)].flatMap(
    (date) => (date === undefined ? [] : [date.slice(0, 10)]),
  );
  if (days.length === 0) return undefined;
  days.sort();
  return { first: days[0]!, last: days.at(-1)! };
}

export function storyListing(comparison: StoryComparison, differences: StoryDifferences): StoryListing {
  const dates = storyDates(comparison);
  return {
    slug: comparison.story.slug,
    title: comparison.story.title,
    summary: comparison.story.summary,
    ...(dates && { dates }),
    outlets: comparison.outlets.map((o) => o.outlet),
    alteredQuotes: alteredQuotes(comparison).length,
    changedNumbers: differences.findings.filter((f) => f.kind === 'number').length,
  };
}

/**
 * Newest first: by the latest date (a story that gains an article moves up), then the earliest,
 * then by slug; undated stories last.
 */
export function newestFirst<T extends { slug: string; dates?: { first: string; last: string } | undefined }>(
  stories: readonly T[],
): T[] {
  const key = (s: T): string => s.dates?.last ?? '';
  return [...stories].sort(
    (a, b) =>
      key(b).localeCompare(key(a)) ||
      (b.dates?.first ?? '').localeCompare(a.dates?.first ?? '') ||
      a.slug.localeCompare(b.slug),
  );
}

/** The headline differences of a story in one line: "2 altered quotes · 1 changed number". */
export function differencesLine(listing: Pick<StoryListing, 'alteredQuotes' | 'changedNumbers'>): string {
  if (listing.alteredQuotes === 0 && listing.changedNumbers === 0) return 'No altered quotes or changed numbers';
  return [plural(listing.alteredQuotes, 'altered quote'), plural(listing.changedNumbers, 'changed number')].join(' · ');
}

/** One page of the story list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
}

/** The list cut into pages of at most `size` (at least one page, empty when there is nothing to list). */
export function listPages<T>(items: readonly T[], size = STORIES_PER_PAGE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
