/**
 * The dated events a story's articles mention, normalised where the text allows: which outlets
 * mention each and how precisely ("late October 2025", "late October", "late 2025"). A mention
 * that leaves the year out is read against the article's publication date, or the original
 * report's when the article shows none.
 */
import { dateFactLabel, dateLabel, findDates, periodKey, type DateFact } from './dates.ts';
import { contentTokens, tokenize } from '../normalize.ts';
import type { DateMention, TimelineEvent } from './types.ts';
import type { OutletAnalysis, StoryComparison } from '../types.ts';

/**
 * Two sentences that date something to overlapping periods speak of the same event when they are
 * in one claim cluster, or share at least this many content words besides the date itself. Two
 * keeps "In late 2025, intelligence assessments identified Syria's …" with "intelligence
 * assessments beginning in late October 2025, when … Syria's …" while "early 2026" for the whole
 * operation stays apart from "early January" for the fighting in Aleppo.
 */
export const LINK_MIN_SHARED_WORDS = 2;

/** A dated mention with what is needed to relate it to others. */
export interface DatedSentence {
  mention: DateMention;
  /** Claim clusters of its sentence. */
  claims: readonly string[];
  /** Content words of its sentence, the date's own words removed. */
  words: ReadonlySet<string>;
  /** First and last day (ms since epoch, UTC) of the period it names, if its year is known. */
  interval?: [number, number];
}

const DAY = 86_400_000;

/** The days a mention covers: "late October 2025" → 21–31 October 2025; "late 2025" → September–December. */
function interval(d: DateFact): [number, number] | undefined {
  const year = d.year ?? d.impliedYear;
  if (year === undefined) return undefined;
  if (d.month !== undefined && d.day !== undefined)
    return [Date.UTC(year, d.month - 1, d.day), Date.UTC(year, d.month - 1, d.day)];
  if (d.month !== undefined) {
    const last = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
    const [from, to] =
      d.part === 'early' ? [1, 10] : d.part === 'mid' ? [11, 20] : d.part === 'late' ? [21, last] : [1, last];
    return [Date.UTC(year, d.month - 1, from), Date.UTC(year, d.month - 1, to)];
  }
  const [from, to] = d.part === 'early' ? [0, 3] : d.part === 'mid' ? [4, 7] : d.part === 'late' ? [8, 11] : [0, 11];
  return [Date.UTC(year, from, 1), Date.UTC(year, to + 1, 1) - DAY];
}

function reference(outlet: OutletAnalysis, comparison: StoryComparison): Date | undefined {
  const iso = outlet.published ?? comparison.story.originalReport?.published;
  return iso === undefined ? undefined : new Date(iso);
}

/** Every date mentioned in the paragraph sentences of every outlet, in outlet and reading order. */
export function datedSentences(comparison: StoryComparison): DatedSentence[] {
  const out: DatedSentence[] = [];
  // A sentence's claims, as the site states them: a possible match (weak member) links nothing.
  const stated = new Set(
    comparison.claimClusters.flatMap((c) =>
      c.members.filter((m) => m.confidence !== 'weak').map((m) => `${c.id} ${m.sentenceId}`),
    ),
  );
  for (const outlet of comparison.outlets) {
    const ref = reference(outlet, comparison);
    for (const sentence of outlet.sentences) {
      if (!sentence.inParagraph) continue;
      const facts = findDates(sentence.text, ref);
      if (facts.length === 0) continue;
      let undated = sentence.text;
      for (const f of facts)
        undated = undated.slice(0, f.index) + ' '.repeat(f.length) + undated.slice(f.index + f.length);
      const words = new Set(contentTokens(tokenize(undated)));
      for (const f of facts) {
        const { index, length, ...fact } = f;
        const range = interval(f);
        out.push({
          mention: {
            outlet: outlet.slug,
            sentenceId: sentence.id,
            text: sentence.text.slice(index, index + length),
            start: sentence.start + index,
            end: sentence.start + index + length,
            ...fact,
            label: dateFactLabel(f),
          },
          claims: sentence.claimClusterIds.filter((id) => stated.has(`${id} ${sentence.id}`)),
          words,
          ...(range && { interval: range }),
        });
      }
    }
  }
  return out;
}

/** Same claim, or enough words in common: the two dated sentences speak of one event. */
export function related(a: DatedSentence, b: DatedSentence): boolean {
  if (a.claims.some((c) => b.claims.includes(c))) return true;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  return shared >= LINK_MIN_SHARED_WORDS;
}

function overlaps(a: DatedSentence, b: DatedSentence): boolean {
  return (
    a.interval !== undefined &&
    b.interval !== undefined &&
    a.interval[0] <= b.interval[1] &&
    b.interval[0] <= a.interval[1]
  );
}

const finer = (a: DateMention, b: DateMention) =>
  ({ day: 0, month: 1, year: 2 })[a.precision] - { day: 0, month: 1, year: 2 }[b.precision];

/**
 * Events: mentions of one period (same year, month and day as far as stated) form an event; a
 * coarser mention ("late 2025") joins a finer event ("late October 2025") whose period it covers
 * when one of its sentences is related to one of the event's. Events are in date order.
 */
export function buildTimeline(dated: readonly DatedSentence[]): TimelineEvent[] {
  const groups = new Map<string, DatedSentence[]>();
  const keyOf = (d: DatedSentence) => periodKey(d.mention) ?? `undated:${d.mention.label}`;
  for (const d of [...dated].sort((a, b) => finer(a.mention, b.mention))) {
    const target = [...groups.entries()].find(
      ([key, members]) =>
        key !== keyOf(d) && members.some((m) => finer(m.mention, d.mention) < 0 && overlaps(m, d) && related(m, d)),
    );
    const key = target?.[0] ?? keyOf(d);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.entries()]
    .map(([key, members]) => {
      const mentions = [...members]
        .map((m) => m.mention)
        .sort((a, b) => (a.outlet === b.outlet ? a.start - b.start : a.outlet < b.outlet ? -1 : 1));
      const finest = [...mentions].sort(
        (a, b) => finer(a, b) || Number(a.year === undefined) - Number(b.year === undefined),
      )[0];
      const year = finest?.year ?? finest?.impliedYear;
      const start = members.find((m) => m.mention === finest)?.interval?.[0];
      return {
        key,
        label: finest === undefined ? key : dateLabel({ ...finest, ...(year !== undefined && { year }) }),
        start: start === undefined ? '' : new Date(start).toISOString().slice(0, 10),
        mentions,
        outlets: [...new Set(mentions.map((m) => m.outlet))].sort(),
      };
    })
    .sort((a, b) => (a.start === b.start ? a.key.localeCompare(b.key) : a.start < b.start ? -1 : 1));
}
