/**
 * The shape of a gold-standard file (`tests/gold/<story>.yaml`) and its reader. The shape is checked
 * here; whether the file agrees with the content (ids, exact texts, own = complement of the claims)
 * is checked by tests/unit/gold.test.ts, which needs the articles.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const SENTENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-p\d+-s\d+$/;
const sentenceId = z.string().regex(SENTENCE_ID, 'must be a sentence id such as kurdistan24-p3-s1');

const claimSchema = z.strictObject({
  id: z.string().regex(/^g\d+$/),
  fact: z.string().min(1),
  /** Why a judgement call went the way it did. */
  note: z.string().min(1).optional(),
  /** Outlet slug → the sentences of that outlet that state the fact. */
  members: z.record(z.string(), z.array(sentenceId).min(1)),
});

const quoteMemberSchema = z.strictObject({
  outlet: z.string().min(1),
  /** The sentence the quote starts in. */
  sentence: sentenceId,
  /** Everything between the quotation marks, verbatim. */
  text: z.string().min(1),
});

const quoteSchema = z.strictObject({
  id: z.string().regex(/^gq\d+$/),
  speaker: z.string().min(1),
  note: z.string().min(1).optional(),
  /** Only for clusters printed by two or more outlets: the wording a strict majority prints, or null. */
  majority_wording: z.string().min(1).nullable().optional(),
  members: z.array(quoteMemberSchema).min(1),
});

const mentionSchema = z.strictObject({
  outlet: z.string().min(1),
  /** A sentence id, or the frontmatter field the span is in. */
  where: z.union([z.literal('title'), z.literal('standfirst'), sentenceId]),
  text: z.string().min(1),
  hedge: z.enum(['unhedged', 'nearly', 'approximately', 'vague']),
  quoted: z.boolean().optional(),
});

const quantitySchema = z.strictObject({
  id: z.string().min(1),
  quantity: z.string().min(1),
  note: z.string().min(1).optional(),
  mentions: z.array(mentionSchema).min(2),
});

export const goldSchema = z.strictObject({
  story: z.string().min(1),
  claims: z.array(claimSchema),
  quotes: z.array(quoteSchema),
  own: z.record(z.string(), z.array(sentenceId)),
  quantities: z.array(quantitySchema),
  sources: z.record(z.string(), z.string().min(1)),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldClaim = z.infer<typeof claimSchema>;
export type GoldQuote = z.infer<typeof quoteSchema>;

/** The gold file of the one story this project annotates. */
export const DEFAULT_GOLD = 'tests/gold/isis-detainee-transfer.yaml';

/** Reads and shape-checks a gold file; throws an Error naming the file and the first bad field. */
export async function readGold(file: string): Promise<Gold> {
  const parsed = goldSchema.safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}
