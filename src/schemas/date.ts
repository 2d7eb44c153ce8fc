import { z } from 'astro/zod';

/**
 * A date or date-time as the author wrote it ("2026-02-18", "2026-02-18T20:34:00-05:00"), kept as
 * a string in its own time zone: converting to UTC would move an evening EST publication to the
 * next day. YAML parsers that turn unquoted dates into Date objects give back the UTC calendar date.
 */
export const writtenDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().replace(/T00:00:00\.000Z$/, '')
      : value,
  z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date such as 2026-02-18 or a date-time with its offset such as "2026-02-18T20:34:00-05:00"',
  }),
);
