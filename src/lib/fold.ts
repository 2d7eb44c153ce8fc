/**
 * The form two printings of a word are compared in, so that what a reader cannot see does not
 * make a quote "altered": NFKC (compatibility forms: ligatures, full-width letters, no-break
 * spaces), invisible characters removed (zero-width spaces and joiners, soft hyphens, word
 * joiners, bidirectional marks), and letters of another script that look like Latin ones (the
 * Cyrillic "а" in "pаy") folded to them, by Unicode's confusables table (TR39, as the
 * unhomoglyph package ships it).
 *
 * Look-alikes are folded only inside a word that also has a Latin letter: a word written wholly
 * in Cyrillic or Greek is that language, not a disguise, and stays as it is. ASCII is never
 * folded (the table would turn "m" into "rn" and "1" into "l").
 */
import confusables from 'unhomoglyph/data.json' with { type: 'json' };

/** Characters that print as nothing. */
export const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- a class of invisible characters, each on its own
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

const SKELETON = confusables as Readonly<Record<string, string>>;
const LATIN = /[A-Za-z]/;
const NON_ASCII_LETTER = /[^\P{L}\p{ASCII}]/u;
/** A run of letters and marks: what a look-alike could hide in. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The Latin letters a non-ASCII look-alike stands for, or undefined when it is not one. */
export function latinLookAlike(char: string): string | undefined {
  if (char.charCodeAt(0) < 0x80) return undefined;
  const skeleton = SKELETON[char];
  return skeleton !== undefined && /^[A-Za-z]+$/.test(skeleton) ? skeleton : undefined;
}

/** `text` in its compared form (see above). */
export function fold(text: string): string {
  const visible = text.normalize('NFKC').replace(INVISIBLE, '');
  // Most text has no letters outside ASCII: tokenize runs on every sentence, so skip the word pass.
  if (!NON_ASCII_LETTER.test(visible)) return visible;
  return visible.replace(WORD, (word) =>
    NON_ASCII_LETTER.test(word) && LATIN.test(word)
      ? Array.from(word, (char) => latinLookAlike(char) ?? char).join('')
      : word,
  );
}
