import type { QuoteLabel } from '../lib/index.ts';
import type { AliasGroup } from './aliases.ts';
import type { SerialisedWordIndex } from './word-index.ts';

/**
 * One searchable text as a story's index file ships it: a quote as one outlet printed it (a
 * quote-cluster member) or one sentence of one outlet's article. Quote records carry `cluster`,
 * `label` and `speaker`; sentence records carry none of them.
 */
export interface ShippedRecord {
  /** Outlet slug. */
  outlet: string;
  /** The words as printed (a quote without its marks; a sentence whole). */
  text: string;
  /** The id of the sentence on the outlet's page (the quote's first sentence): the link's anchor. */
  sentence: string;
  /** Who spoke, as the engine decided for the whole quote cluster (`QuoteCluster.speaker.printed`). */
  speaker?: string;
  /** How this outlet's wording relates to the cluster's canonical wording. */
  label?: QuoteLabel;
  /** Quote cluster id, unique within the story. */
  cluster?: string;
}

/** A record as the page uses it: with its story, a unique id and its link. */
export interface SearchRecord extends ShippedRecord {
  /** Unique on the site: `<story>/<position in the story's records>`. */
  id: string;
  /** Story slug. */
  story: string;
  /** The sentence on the outlet's page: `/<story>/<outlet>/#<sentence id>`, base included. */
  url: string;
}

/** `/search/stories/<story>.json`: everything needed to search one story. */
export interface StoryIndexFile {
  slug: string;
  /** Outlet slug → outlet name as it presents itself, in the story's outlet order. */
  outlets: Record<string, string>;
  /** Quotes first, then sentences, in reading order. Record ids in `words` and `aliases` are positions here. */
  records: ShippedRecord[];
  /** Every word of every record (and the part of a word before an apostrophe) → the records it is in. */
  words: SerialisedWordIndex;
  /** Alias group key → the records that print one of its names. */
  aliases: Record<string, number[]>;
}

/** One story as the root index file lists it. */
export interface RootStory {
  slug: string;
  title: string;
}

/**
 * `/search/root.json`, the one file every search loads first: the stories, the alias table, and
 * which stories hold which words, so that only the stories that can match are fetched.
 */
export interface RootIndexFile {
  stories: RootStory[];
  /** The engine's alias table (src/lib/aliases.ts) in search's shape. */
  aliasGroups: AliasGroup[];
  /** Alias group key → the stories (positions in `stories`) that print one of its names. */
  aliasStories: Record<string, number[]>;
  /**
   * Every word of the site → the stories it is in, split by word into chunks
   * (`/search/words/<n>.json`): the first word of each chunk, chunk n holding the words from
   * `wordChunks[n]` up to `wordChunks[n + 1]`. Empty on a site of a few stories (no word map:
   * every story may match).
   */
  wordChunks: string[];
}
