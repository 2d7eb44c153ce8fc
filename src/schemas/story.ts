import { z } from 'astro/zod';
import { writtenDate } from './date.ts';
import { printedName, webUrl } from './fields.ts';

/** The report every article of a story traces back to. */
export const originalReportSchema = z.strictObject({
  /** Outlet that published it. */
  outlet: printedName,
  /** Its headline. */
  title: z.string().trim().min(1),
  /** Its bylines, in printed order. */
  authors: z.array(printedName).default([]),
  /** When it was published (date or date-time). */
  published: writtenDate.optional(),
  /** Its address, when known. */
  url: webUrl.optional(),
});

/** Frontmatter of `content/<story>/story.md`. Unknown fields are rejected. */
export const storySchema = z.strictObject({
  /** Neutral title of the story, not any outlet's headline. */
  title: z.string().trim().min(1),
  /** One neutral sentence saying what happened. */
  summary: z.string().trim().min(1),
  /** The report all coverage traces back to, when known. */
  originalReport: originalReportSchema.optional(),
});

export type StoryData = z.infer<typeof storySchema>;
