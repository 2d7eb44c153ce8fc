import { z } from 'astro/zod';

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks). In a name they reorder the
 * site's own text around it: an outlet called "\u202Eswen" printed the rest of its line backwards.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** A name a reader can see has at least one letter or digit: "\u200b" alone trims to nothing visible. */
const VISIBLE = /[\p{L}\p{N}]/u;

/** A name of an outlet or person, as printed: visible, without bidirectional controls. */
export const printedName = z
  .string()
  .trim()
  .min(1)
  .refine((name) => VISIBLE.test(name), 'must contain a letter or digit (it is invisible)')
  .refine(
    (name) => !BIDI_CONTROL.test(name),
    'contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F or U+061C), which would reorder the text around it',
  );

/** The address of a page on the web: http(s), and no user name or password in it. */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  // zod runs this check even when the URL check failed, so it must not assume a parsable URL.
  .refine((url) => {
    const parsed = URL.parse(url);
    return parsed === null || (parsed.username === '' && parsed.password === '');
  }, 'must not carry a user name or password (https://user:pass@…)');

/** Whether `tag` is a well-formed BCP 47 language tag: the test Intl itself applies, so the build never throws on it. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** BCP 47 language tag ("en", "en-GB", "ar", "zh-Hant"). */
export const languageTag = z.string().refine(isLanguageTag, 'must be a BCP 47 language tag such as en, en-GB or ar');
