/**
 * The overview's timeline: each dated event with the sentence every outlet dates it in, once per
 * outlet, and the years the articles recall for background (2014, 2019) kept apart from the
 * story's own events.
 */
import type { DateMention, StoryComparison, TimelineEvent } from '../lib/index.ts';
import type { StoryIndex } from './story-index.ts';

/**
 * An event that starts more than this many months before the story broke is background the
 * articles recall (the 2014 ISIS surge, "since 2019"), not part of the story they report.
 */
export const BACKGROUND_MONTHS = 12;

/** One outlet's dating of one event: its sentence, with the date's place in it. */
export interface TimelineEntry {
  mention: DateMention;
  outlet: string;
  /** The sentence in three parts: before the date, the date as printed, after it. */
  before: string;
  date: string;
  after: string;
  /** The outlet's other sentences dated to the same event, by sentence id. */
  others: string[];
}

export interface TimelineRow {
  event: TimelineEvent;
  /** One entry per outlet, in outlet order. */
  entries: TimelineEntry[];
}

export interface TimelineView {
  events: TimelineRow[];
  background: TimelineRow[];
  /** ISO date before which an event counts as background; absent when the story has no date to count from. */
  since?: string;
}

/** When the story broke: the original report's date, or else the latest date an outlet shows. */
function storyDate(comparison: StoryComparison): string | undefined {
  const published = comparison.outlets.flatMap((o) => (o.published === undefined ? [] : [o.published])).sort();
  return comparison.story.originalReport?.published ?? published.at(-1);
}

export function timelineView(index: StoryIndex, timeline: readonly TimelineEvent[]): TimelineView {
  const broke = storyDate(index.comparison);
  let since: string | undefined;
  if (broke !== undefined) {
    const day = new Date(`${broke.slice(0, 10)}T00:00:00Z`);
    day.setUTCMonth(day.getUTCMonth() - BACKGROUND_MONTHS);
    since = day.toISOString().slice(0, 10);
  }
  const rows = timeline.map((event): TimelineRow => {
    const byOutlet = new Map<string, DateMention[]>();
    for (const m of event.mentions) byOutlet.set(m.outlet, [...(byOutlet.get(m.outlet) ?? []), m]);
    const entries = [...byOutlet].map(([outlet, [mention, ...rest]]): TimelineEntry => {
      if (mention === undefined) throw new Error(`timeline event ${event.key}: no mention by ${outlet}`);
      const sentence = index.sentence(mention.sentenceId);
      const at = mention.start - sentence.start;
      const end = mention.end - sentence.start;
      return {
        mention,
        outlet,
        before: sentence.text.slice(0, at),
        date: sentence.text.slice(at, end),
        after: sentence.text.slice(end),
        others: [...new Set(rest.map((m) => m.sentenceId))].filter((id) => id !== mention.sentenceId),
      };
    });
    return { event, entries };
  });
  const isBackground = (row: TimelineRow): boolean =>
    since !== undefined && row.event.start !== '' && row.event.start < since;
  return {
    events: rows.filter((r) => !isBackground(r)),
    background: rows.filter(isBackground),
    ...(since !== undefined && { since }),
  };
}
