import { z } from 'astro/zod';
import { writtenDate } from './date.ts';
import { languageTag, printedName, webUrl } from './fields.ts';

/** Frontmatter of one outlet's article: `content/<story>/<outlet-slug>.md`. Unknown fields are rejected. */
export const articleSchema = z.strictObject({
  /** Outlet name as it presents itself ("bne IntelliNews"). */
  outlet: printedName,
  /** Address of the article on the outlet's site. */
  url: webUrl,
  /** Headline as printed; `null` when the page printed none (the key is still required). */
  title: z.string().trim().min(1).nullable(),
  /** Summary line printed under the headline. */
  standfirst: z.string().trim().min(1).optional(),
  /** Dateline as printed at the start of the first paragraph, which keeps it too ("ERBIL (Kurdistan24)"). */
  dateline: z.string().trim().min(1).optional(),
  /** Publication date, only when the page shows one. */
  published: writtenDate.optional(),
  /** Outlets the article attributes its reporting to ([] when it names none). */
  cites: z.array(printedName),
  /** Outlet whose article this one republishes. */
  republishedFrom: printedName.optional(),
  /** Site furniture taken out of the body (comment forms, share counters, prompts, cookie banners), verbatim. */
  removed: z.array(z.string().min(1)).default([]),
  /** BCP 47 language tag of the text. */
  lang: languageTag.default('en'),
});

export type ArticleData = z.infer<typeof articleSchema>;
