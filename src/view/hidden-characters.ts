/**
 * What a reader cannot see in a quote: the invisible characters and the look-alike letters of
 * another script that the comparison folds away (src/lib/fold.ts). Shown beside a quote whose
 * wording compares as identical but is not the same text, so "verbatim" never hides a zero-width
 * joiner or a Cyrillic "а" in "pаy".
 */
import { INVISIBLE, latinLookAlike } from '../lib/index.ts';

export interface HiddenCharacter {
  /** "U+200D". */
  codePoint: string;
  /** "invisible" or "Cyrillic е for Latin e". */
  description: string;
}

const SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic'] as const;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function scriptOf(char: string): string {
  return SCRIPTS.find((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(char)) ?? 'non-Latin';
}

/** Each distinct hidden character of `text`, in order of first appearance. */
export function hiddenCharacters(text: string): HiddenCharacter[] {
  const found = new Map<string, HiddenCharacter>();
  const invisible = new RegExp(INVISIBLE.source, 'u');
  for (const char of text) {
    if (found.has(char)) continue;
    if (invisible.test(char)) {
      found.set(char, { codePoint: codePoint(char), description: 'invisible' });
      continue;
    }
    const latin = latinLookAlike(char);
    if (latin !== undefined) {
      found.set(char, { codePoint: codePoint(char), description: `${scriptOf(char)} ${char} for Latin ${latin}` });
    }
  }
  return [...found.values()];
}

/** One line for a reader: "hidden characters: U+00AD (invisible), U+0435 (Cyrillic е for Latin e)". */
export function describeHiddenCharacters(text: string): string | undefined {
  const hidden = hiddenCharacters(text);
  if (hidden.length === 0) return undefined;
  return `Hidden characters, ignored in the comparison: ${hidden.map((h) => `${h.codePoint} (${h.description})`).join(', ')}`;
}
