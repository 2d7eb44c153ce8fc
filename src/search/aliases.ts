/**
 * Names that mean the same actor, as search matches them. The table itself is the engine's
 * (src/lib/aliases.ts, shared with the alignment); the build turns it into this shape
 * (site-index.ts) and ships it in the root index file, so the browser never loads the engine.
 */
import type { Word } from './words.ts';

export interface AliasGroup {
  /** The group's key: its first name as folded words joined by spaces ("isis", "united states"). */
  key: string;
  spellings: AliasSpelling[];
}

export interface AliasSpelling {
  /** Folded words, as searchWords makes them ("U.S." → ["us"], "Islamic State" → ["islamic", "state"]). */
  words: string[];
  /** Only when printed (or typed) in capitals: "IS" and "US" are also common words. */
  exact: boolean;
}

/** A run of words that spells a name of an alias group: words `from` up to (not including) `to`. */
export interface AliasMention {
  key: string;
  from: number;
  to: number;
}

/** Whether the words are printed in capitals, as an exact spelling must be ("IS", "U.S."). */
function inCapitals(text: string, words: readonly Word[]): boolean {
  return words.every((w) => {
    const printed = text.slice(w.start, w.end);
    return printed === printed.toUpperCase() && printed !== printed.toLowerCase();
  });
}

/**
 * Every mention of a name of `groups` in `words` (of `text`), longest first at each place, not
 * overlapping: "Islamic State of Iraq and Syria" is one mention, not "Islamic State" and more.
 */
export function findAliases(text: string, words: readonly Word[], groups: readonly AliasGroup[]): AliasMention[] {
  const mentions: AliasMention[] = [];
  for (let at = 0; at < words.length;) {
    let best: AliasMention | undefined;
    for (const group of groups)
      for (const spelling of group.spellings) {
        const to = at + spelling.words.length;
        if (to > words.length || (best !== undefined && to <= best.to)) continue;
        const run = words.slice(at, to);
        if (!spelling.words.every((w, i) => run[i]?.word === w)) continue;
        if (spelling.exact && !inCapitals(text, run)) continue;
        best = { key: group.key, from: at, to };
      }
    if (best === undefined) at++;
    else {
      mentions.push(best);
      at = best.to;
    }
  }
  return mentions;
}
