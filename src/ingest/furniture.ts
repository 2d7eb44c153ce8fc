/**
 * Site furniture: text a news page prints around the article that is not part of it. A block
 * (paragraph or heading) is furniture when its whole text matches one of these rules; the
 * matching block is taken out of the body and kept, verbatim, in the frontmatter's `removed`.
 *
 * The rules are deliberately narrow: each one matches short, formulaic page text, never a
 * sentence that merely mentions comments, cookies or apps. Prompts are only recognised up to
 * PROMPT_MAX_CHARS, so a long article paragraph can never be dropped by accident. The rule set
 * is documented in docs/adding-articles.md and tested in tests/unit/add-article.test.ts.
 */

export interface FurnitureRule {
  /** Stable name, printed by `npm run add-article` next to each removed block. */
  id: string;
  /** What the rule removes, for the documentation and the CLI's report. */
  description: string;
  matches(text: string): boolean;
}

/** Subscription, app and cookie prompts are short; anything longer is article text. */
export const PROMPT_MAX_CHARS = 300;

const whole = (pattern: RegExp) => (text: string) => pattern.test(text);
const shortAnd = (pattern: RegExp) => (text: string) => text.length <= PROMPT_MAX_CHARS && pattern.test(text);

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'comment-form',
    description:
      'Headings and buttons of a comment form: "Leave a Reply", "Post a Comment", "3 Comments", "Cancel reply".',
    matches: whole(
      /^(?:leave an? (?:reply|comment)|post an? comment|add an? comment|join the (?:conversation|discussion)|cancel reply|post comment|(?:\d+ )?comments?(?: \(\d+\))?|no comments(?: yet)?)[.!:]?$/i,
    ),
  },
  {
    id: 'email-notice',
    description:
      'The comment form\'s e-mail notice: "Your email address will not be published." and "Required fields are marked *".',
    matches: whole(
      /^(?:your e-?mail address will not be published\.?(?:\s*required fields are marked \*)?|required fields are marked \*\.?)$/i,
    ),
  },
  {
    id: 'share-counter',
    description:
      'Share counters and share buttons: a lone number ("0", "1.2K"), "12 shares", "Share", "Tweet", "Share on Facebook".',
    matches: whole(
      /^(?:\d[\d,.]*\s*[km]?(?:\s*(?:shares?|views?|likes?))?|share(?: this(?: article| story)?)?:?|tweet|pin it|print|e-?mail|share on (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit))$/i,
    ),
  },
  {
    id: 'subscription-prompt',
    description:
      'Subscription, newsletter and app prompts: "Unlock premium news…", "Start your free trial", "Subscribe now", "Download it FREE today!".',
    matches: shortAnd(
      /\bunlock (?:premium|full|unlimited)\b|\bstart your free trial\b|\bsubscribe (?:now|today|to (?:our|the))\b|\bsign up (?:for|to) (?:our|the) newsletter\b|\bdownload (?:it|the app|our app)\b[^.]*\b(?:free|today|now)\b|\bapp is your home for\b/i,
    ),
  },
  {
    id: 'cookie-banner',
    description:
      'Cookie banners and their buttons: "This website uses cookies…", "Accept all cookies", "Cookie settings".',
    matches: shortAnd(
      /\b(?:website|site|we) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b|^accept(?: all)? cookies$|^reject all(?: cookies)?$/i,
    ),
  },
];

/** The rule a block's text matches, if any. Whitespace is normalised first; case is ignored. */
export function furnitureRule(text: string): FurnitureRule | undefined {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (normalised === '') return undefined;
  return FURNITURE_RULES.find((rule) => rule.matches(normalised));
}
