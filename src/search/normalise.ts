/**
 * Text as it is matched: case, diacritics and quotation marks folded, so that `don't` finds
 * `don’t`, "turkiye" finds "Türkiye" and "Worst" finds "worst". Every character folds to exactly
 * one character of the same length (or stays as it is), so a match range found in the folded
 * text is also the range in the printed text: highlighting depends on this.
 */
const SINGLE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u2039\u203A\uFF07]/g;
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;
/** Letters with no canonical decomposition that readers type without their stroke or dot. */
const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i' };

function normaliseMarks(text: string): string {
  return text.replace(SINGLE_MARKS, "'").replace(DOUBLE_MARKS, '"');
}

export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of normaliseMarks(text)) {
    const lower = char.toLowerCase();
    const bare = UNDECOMPOSABLE[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    folded += bare.length === char.length ? bare : char;
  }
  return folded;
}
