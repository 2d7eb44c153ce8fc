/** Small formatting helpers shared by the reading pages. */

/** A share (0–1) as a whole percentage: 0.437 → "44%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * A short, stable abbreviation of an outlet's name for tight spots (matrix columns, sentence
 * indicators): its capitals and digits ("Kurdistan24" → "K24", "Top Real News" → "TRN"), or its
 * first three letters when it has fewer than two capitals.
 */
export function shortName(outlet: string): string {
  const caps = outlet.match(/[\p{Lu}\p{N}]/gu)?.join('') ?? '';
  if (caps.length >= 2) return caps.slice(0, 4);
  return outlet.replace(/[^\p{L}\p{N}]/gu, '').slice(0, 3);
}

const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The calendar date as written, in the writer's time zone: only the YYYY-MM-DD part counts. */
function calendarDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** An ISO date or date-time as a readable date in English: "18 February 2026". */
export function readableDate(iso: string): string {
  const date = calendarDate(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return DAY_MONTH_YEAR.format(date);
}

/**
 * Two ISO dates as one readable range, sharing what they share (Intl's formatRange): "16–18
 * February 2026", "30 January – 2 February 2026", or one date when both fall on the same day.
 */
export function readableDateRange(first: string, last: string): string {
  const from = calendarDate(first);
  const to = calendarDate(last);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${first} – ${last}`;
  return DAY_MONTH_YEAR.formatRange(from, to);
}

/** "1 sentence" / "3 sentences". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Names joined for prose: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Directions already looked up: pages ask for every sentence, and a build renders tens of thousands of them. */
const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * Writing direction of a language tag ("ar" → "rtl"), from the platform's locale data
 * (`Intl.Locale#getTextInfo`, in Node 24 and current browsers), so an article in Arabic or Hebrew
 * reads right to left wherever its text is shown.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (direction === undefined) {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
    direction = locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
    directions.set(lang, direction);
  }
  return direction;
}

/**
 * An address as printed for readers, without its scheme, cut after each "/" so that a page can
 * offer a line break there ("…/story/ | 895037/ | us-official-…") rather than inside a number.
 */
export function urlPieces(url: string): string[] {
  return url.replace(/^https?:\/\//, '').match(/[^/]*\/|[^/]+$/g) ?? [url];
}
