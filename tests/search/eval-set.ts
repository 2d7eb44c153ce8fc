/**
 * The search's evaluation set: queries of our own on the shipped story, written by reading its
 * five articles, each with the words the result ranked first must print (whole words, in order,
 * case and accents aside) or `null` when nothing may be found. tests/unit/search-eval.test.ts
 * holds the search to it and `npm run bench` reports its scores (bench/search.ts).
 */
export type EvalKind = 'exact' | 'typo' | 'partial' | 'any order' | 'acronym' | 'alias' | 'nothing';

export interface EvalQuery {
  query: string;
  kind: EvalKind;
  /** Words the first result must print, or null: no result at all. */
  first: string | null;
}

export const EVAL_SET: readonly EvalQuery[] = [
  // Words as printed.
  { query: 'worst of the worst', kind: 'exact', first: 'the worst of the worst' },
  { query: 'fog of war', kind: 'exact', first: 'disappearing into the fog of war' },
  { query: 'rare good news', kind: 'exact', first: 'rare good news' },
  { query: 'biometrically identifying', kind: 'exact', first: 'biometrically identifying these individuals' },
  { query: 'appears to be slowly emptying out', kind: 'exact', first: 'appears to be slowly emptying out' },
  { query: 'pick up their fighters', kind: 'exact', first: 'come and pick up their fighters' },
  { query: 'sharp crisis situation', kind: 'exact', first: 'we saw a sharp crisis situation' },
  { query: 'Baghdad International Airport', kind: 'exact', first: 'near Baghdad International Airport' },
  { query: 'managing the day to day', kind: 'exact', first: 'managing the day to day' },
  { query: 'We don’t have an embassy', kind: 'exact', first: 'We don’t have an embassy in Syria' },
  { query: 'Northern Raqqa Offensive', kind: 'exact', first: 'the Northern Raqqa Offensive' },
  { query: '2014 scenario', kind: 'exact', first: 'a 2014 scenario when ISIS was back on the border' },
  { query: '6,000 detainees', kind: 'exact', first: 'move roughly 6,000 detainees' },
  { query: 'reconstitution', kind: 'exact', first: 'reconstitution of ISIS' },
  { query: 'fragile', kind: 'exact', first: 'fragile' },
  { query: 'Aleppo', kind: 'exact', first: 'Aleppo' },
  { query: 'Rubio', kind: 'exact', first: 'Marco Rubio' },
  { query: 'TURKIYE', kind: 'exact', first: 'operating out of Türkiye' },
  { query: 'biometric', kind: 'exact', first: 'biometric enrollment' },

  // Typos: one up to 7 letters, two from 8.
  { query: 'wrost of the worst', kind: 'typo', first: 'the worst of the worst' },
  { query: 'reconstitusion', kind: 'typo', first: 'reconstitution of ISIS' },
  { query: 'reconstitutoin', kind: 'typo', first: 'reconstitution of ISIS' },
  { query: 'helicoptres', kind: 'typo', first: 'helicopters' },
  { query: 'biometricaly identifyng', kind: 'typo', first: 'biometrically identifying these individuals' },
  { query: 'Bagdad airport', kind: 'typo', first: 'Baghdad International Airport' },
  { query: 'embasy in Syria', kind: 'typo', first: 'embassy in Syria' },
  { query: 'Damascus wuold assume', kind: 'typo', first: 'Damascus would assume management' },

  // The last word still being typed.
  { query: 'instant reconstit', kind: 'partial', first: 'instant reconstitution of ISIS' },
  { query: 'Damasc', kind: 'partial', first: 'Damascus' },
  { query: 'slowly empty', kind: 'partial', first: 'slowly emptying out' },

  // Several words, in any order.
  { query: 'airport Baghdad', kind: 'any order', first: 'Baghdad International Airport' },
  { query: 'war fog', kind: 'any order', first: 'the fog of war' },
  { query: 'news good rare', kind: 'any order', first: 'rare good news' },
  { query: 'fighters pick up', kind: 'any order', first: 'pick up their fighters' },
  { query: 'Baghdad airport', kind: 'any order', first: 'Baghdad International Airport' },

  // Acronyms and their names.
  { query: 'CIA', kind: 'acronym', first: 'Central Intelligence Agency' },
  { query: 'ODNI', kind: 'acronym', first: 'ODNI' },
  { query: 'Office of the Director of National Intelligence', kind: 'acronym', first: 'ODNI' },
  { query: 'FBI teams', kind: 'acronym', first: 'FBI teams' },
  { query: 'CENTCOM', kind: 'acronym', first: 'CENTCOM' },
  { query: 'US', kind: 'acronym', first: 'US' },

  // Other names of one actor.
  { query: 'ISIS', kind: 'alias', first: 'ISIS' },
  { query: 'Islamic State', kind: 'alias', first: 'Islamic State' },
  { query: 'IS detainees', kind: 'alias', first: 'IS detainees' },
  { query: 'Daesh', kind: 'alias', first: 'ISIS' },
  { query: 'United States', kind: 'alias', first: 'United States' },
  { query: 'U.S. officials', kind: 'alias', first: 'US officials' },

  // Nothing in the story: no result at all.
  { query: 'interest rates', kind: 'nothing', first: null },
  { query: 'world cup final', kind: 'nothing', first: null },
  { query: 'vaccine rollout', kind: 'nothing', first: null },
  { query: 'hurricane season', kind: 'nothing', first: null },
  { query: 'peace talks', kind: 'nothing', first: null },
  { query: 'oil prices', kind: 'nothing', first: null },
  { query: 'prison riot', kind: 'nothing', first: null },
  { query: 'air strike', kind: 'nothing', first: null },
  { query: 'CIA director', kind: 'nothing', first: null },
  { query: 'xyzzy', kind: 'nothing', first: null },
];
