/**
 * One table of names that mean the same actor, shared by alignment (two outlets writing "IS" and
 * "Islamic State" name one actor) and search (a reader typing "CIA" finds "Central Intelligence
 * Agency"). Add a row when a story brings a new acronym or spelling; keep rows to names that always
 * mean the same thing, whatever the story.
 */
import { tokenize } from './normalize.ts';

/** Names of one actor. The first is the key the group goes by. */
export interface AliasGroup {
  /** Spellings matched without regard to case or punctuation ("U.S." = "US" = "us" after tokenizing). */
  names: readonly string[];
  /**
   * Spellings matched only as printed, in capitals: short acronyms that are also common words
   * ("IS", "US" against "is", "us").
   */
  exact?: readonly string[];
}

export const ALIAS_GROUPS: readonly AliasGroup[] = [
  {
    names: [
      'ISIS',
      'ISIL',
      'Islamic State',
      'Islamic State of Iraq and Syria',
      'Islamic State of Iraq and the Levant',
      'Daesh',
    ],
    exact: ['IS'],
  },
  { names: ['United States', 'U.S.A.', 'USA'], exact: ['US', 'U.S.'] },
  { names: ['ODNI', 'Office of the Director of National Intelligence'] },
  { names: ['CENTCOM', 'US Central Command', 'U.S. Central Command', 'United States Central Command'] },
  { names: ['CIA', 'Central Intelligence Agency'] },
  { names: ['FBI', 'Federal Bureau of Investigation'] },
  { names: ['SDF', 'Syrian Democratic Forces'] },
  { names: ['State Department', 'Department of State', 'US State Department', 'U.S. State Department'] },
  { names: ['DHS', 'Department of Homeland Security'] },
  { names: ['DOD', 'Department of Defense', 'Pentagon'] },
  { names: ['United Nations'], exact: ['UN', 'U.N.'] },
  { names: ['United Kingdom', 'Britain'], exact: ['UK', 'U.K.'] },
  { names: ['EU', 'European Union'] },
  { names: ['Kurdistan Regional Government', 'KRG'] },
];

/** The key of a group: its first name, as tokens joined by spaces ("isis", "united states"). */
export function aliasKey(group: AliasGroup): string {
  return tokenize(group.names[0] ?? '').join(' ');
}

/** Every spelling of every group as comparison tokens, with its group's key and whether case must match. */
export function aliasSpellings(): { tokens: string[]; printed: string; key: string; exact: boolean }[] {
  return ALIAS_GROUPS.flatMap((group) => {
    const key = aliasKey(group);
    return [
      ...group.names.map((printed) => ({ tokens: tokenize(printed), printed, key, exact: false })),
      ...(group.exact ?? []).map((printed) => ({ tokens: tokenize(printed), printed, key, exact: true })),
    ];
  });
}
