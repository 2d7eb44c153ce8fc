/**
 * Quotation marks and apostrophes as readers type them (straight) and as outlets print them
 * (curly, low-9, guillemets, primes) are made the same character before matching, so `don't`
 * finds `don’t`. Every replacement is one UTF-16 unit for one, so a match range found in the
 * normalised text is also the range in the printed text (highlighting depends on this).
 */
const SINGLE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u2039\u203A\uFF07]/g;
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;

export function normaliseMarks(text: string): string {
  return text.replace(SINGLE_MARKS, "'").replace(DOUBLE_MARKS, '"');
}

/**
 * The query as it is matched: marks normalised, whitespace collapsed, and the double quotes a
 * reader may wrap a phrase in (a web-search habit) dropped, since the phrase itself is what
 * outlets printed, with or without marks around it.
 */
export function normaliseQuery(query: string): string {
  return normaliseMarks(query).replace(/\s+/g, ' ').trim().replace(/^"+|"+$/g, '').trim();
}
