/**
 * Named actors: people with a title ("Secretary of State Marco Rubio"), agencies and other
 * organisations ("US Central Command", "the State Department", "the Iraqi government"), and the
 * acronyms a story defines for them ("Office of the Director of National Intelligence (ODNI)").
 * Different spellings of one actor share a key: "ODNI" and "Office of the Director of National
 * Intelligence" are both `office of the director of national intelligence`; "CENTCOM", "US Central
 * Command" and "United States Central Command" are all `central command`. Nothing here knows the
 * story's actors: acronyms are learned from the story's own text.
 */

export interface ActorMention {
  index: number;
  length: number;
  key: string;
  kind: 'person' | 'organisation';
}

/** Everything learned from the whole story: acronym → organisation key, surname → person key. */
export interface ActorLexicon {
  acronyms: Map<string, string>;
  surnames: Map<string, string>;
}

/** Words that make a capitalised phrase an organisation when it contains them. */
const ORG_HEADS =
  /\b(?:Command|Department|Office|Forces?|Bureau|Agency|Embassy|Ministry|Council|Services?|Administration|Army|Navy|Pentagon|Congress|Senate|Parliament|Committee|Commission|Court|Police|Guard|Corps|Authority|Organi[sz]ation|Union|Nations)\b/;
/** Lower-case heads after a capitalised modifier: "the Iraqi government", "the US embassy". */
const LOWER_HEADS = 'government|authorities|embassy|military|army|parliament|ministry';
/** Titles before a person's name. */
const TITLES =
  'President|Vice President|Secretary|Director|Minister|Prime Minister|Ambassador|General|Gen\\.|Senator|Sen\\.|Representative|Rep\\.|Commander|Spokesperson|Spokesman|Spokeswoman|Chief|Admiral|Colonel|King|Prince|Sheikh';
/** Sentence-initial words that are capitalised only because they start the sentence. */
const STARTERS = new Set([
  'The',
  'A',
  'An',
  'While',
  'According',
  'In',
  'By',
  'As',
  'After',
  'When',
  'If',
  'But',
  'And',
  'Meanwhile',
  'For',
  'Officials',
  'Both',
]);

const CAP = "(?:U\\.S\\.|U\\.K\\.|[A-Z][\\p{L}'’\\-]*)";
const CHAIN = new RegExp(`${CAP}(?:\\s+(?:(?:of|the|for|on)\\s+)*${CAP})*`, 'gu');
// The name is the last two capitalised words: "Director of National Intelligence Tulsi Gabbard".
const PERSON = new RegExp(
  `\\b(?:${TITLES})(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP})*)?\\s+(?<name>[A-Z][\\p{L}'’\\-]+\\s+[A-Z][\\p{L}'’\\-]+)(?!\\s+[A-Z])`,
  'gu',
);
const LOWER_ORG = new RegExp(`${CAP}(?:\\s+${CAP})*\\s+(?:${LOWER_HEADS})\\b`, 'gu');
const DEFINITION = new RegExp(`(${CAP}(?:\\s+(?:(?:of|the|for|on)\\s+)*${CAP})*)\\s+\\(([A-Z]{2,8})\\)`, 'gu');
const ACRONYM = /\b[A-Z]{2,8}\b/g;

/** "the U.S. Central Command" → "central command": case, articles and the country prefix dropped. */
export function organisationKey(name: string, lexicon?: ActorLexicon): string {
  const acronym = lexicon?.acronyms.get(name.replace(/^the\s+/i, ''));
  if (acronym !== undefined) return acronym;
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/^(?:the\s+)?(?:(?:u\.s\.|us|united states|american)\s+)?/, '')
    .replace(/^(?:\p{L}+-(?:led|backed|based)\s+)+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(department|ministry) of (.+)$/, '$2 $1');
}

function trimStarter(phrase: string, index: number): { phrase: string; index: number } {
  const first = /^\S+\s+/.exec(phrase);
  if (first !== null && STARTERS.has(first[0].trim()))
    return trimStarter(phrase.slice(first[0].length), index + first[0].length);
  return { phrase, index };
}

/** Learns the acronyms and people a story's texts define. */
export function buildLexicon(texts: readonly string[]): ActorLexicon {
  const acronyms = new Map<string, string>();
  const surnames = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(DEFINITION)) {
      const [, phrase = '', acronym = ''] = match;
      const trimmed = trimStarter(phrase, 0).phrase;
      if (!acronyms.has(acronym)) acronyms.set(acronym, organisationKey(trimmed));
    }
    for (const match of text.matchAll(PERSON)) {
      const name = match.groups?.['name'];
      const surname = name?.split(/\s+/).at(-1);
      if (name !== undefined && surname !== undefined && !surnames.has(surname))
        surnames.set(surname, name.toLowerCase());
    }
  }
  return { acronyms, surnames };
}

/** Every actor named in `text`, in order, without overlaps (a person's title is not also an organisation). */
export function findActors(text: string, lexicon: ActorLexicon): ActorMention[] {
  const out: ActorMention[] = [];
  const free = (start: number, end: number) => !out.some((m) => start < m.index + m.length && m.index < end);
  const add = (index: number, length: number, key: string, kind: ActorMention['kind']) => {
    if (key !== '' && free(index, index + length)) out.push({ index, length, key, kind });
  };
  for (const match of text.matchAll(PERSON)) {
    const name = match.groups?.['name'] ?? '';
    add(match.index, match[0].length, name.toLowerCase(), 'person');
  }
  for (const match of text.matchAll(CHAIN)) {
    const { phrase, index } = trimStarter(match[0], match.index);
    if (ORG_HEADS.test(phrase)) add(index, phrase.length, organisationKey(phrase, lexicon), 'organisation');
  }
  for (const match of text.matchAll(LOWER_ORG)) {
    const { phrase, index } = trimStarter(match[0], match.index);
    if (/\s/.test(phrase)) add(index, phrase.length, organisationKey(phrase, lexicon), 'organisation');
  }
  for (const match of text.matchAll(ACRONYM)) {
    const key = lexicon.acronyms.get(match[0]);
    if (key !== undefined) add(match.index, match[0].length, key, 'organisation');
  }
  for (const [surname, key] of lexicon.surnames) {
    for (const match of text.matchAll(new RegExp(`\\b${surname}\\b`, 'gu')))
      add(match.index, surname.length, key, 'person');
  }
  return out.sort((a, b) => a.index - b.index);
}
