/**
 * How many sentences and quotations one article may have. Every sentence and every quote costs
 * pages a fixed amount whatever its length (its anchor on the outlet page and the pair pages, its
 * record in the search index and comparison.json, a quote's row on the quotes page): about 1 KB
 * and 1.5 KB of the built site. 256 KB of `w” ` is 87,000 one-letter quotes and built a 133 MB
 * site, 520 times its input. These caps bound that part to about 10 MB whatever the shape, and sit
 * far above real articles: a 20,000-word long read has about 1,000 sentences and 300 quotes.
 */
import { structureArticle, type ArticleInput } from '../lib/index.ts';
import { ContentError } from './content-error.ts';
import { position } from './source-text.ts';

export const MAX_SENTENCES = 5_000;
export const MAX_QUOTES = 1_500;

const count = new Intl.NumberFormat('en');

/** The first limit `article` passes, as a ContentError at the first sentence or quote beyond it. */
export function unitLimitProblem(article: ArticleInput): ContentError | undefined {
  const { sentences, quotes } = structureArticle(article);
  const limits = [
    { units: sentences, max: MAX_SENTENCES, what: 'sentences', hint: 'are its full stops right?' },
    { units: quotes, max: MAX_QUOTES, what: 'quotations', hint: 'are its quotation marks right?' },
  ];
  for (const { units, max, what, hint } of limits) {
    const first = units[max];
    if (first === undefined) continue;
    return new ContentError(
      article.file,
      `the article has ${count.format(units.length)} ${what}; an article may have at most ${count.format(max)} (${hint})`,
      position(article.source, first.start),
    );
  }
  return undefined;
}
