import type { FuseIndex } from 'fuse.js/basic';
import type { QuoteLabel } from '../lib/index.ts';

/**
 * One searchable text: a quote as one outlet printed it (a quote-cluster member) or one sentence
 * of one outlet's article. Quote records carry `cluster`, `label` and `speaker`; sentence records
 * carry none of them.
 */
export interface SearchRecord {
  /** Unique in the index: `<story>/<quote or sentence id>`. */
  id: string;
  /** Story slug. */
  story: string;
  /** Outlet slug. */
  outlet: string;
  /** The words as printed (a quote without its marks; a sentence whole). */
  text: string;
  /** Who the outlet says spoke, as printed. */
  speaker?: string;
  /** How this outlet's wording relates to the cluster's canonical wording. */
  label?: QuoteLabel;
  /** Quote cluster id, unique within the story. */
  cluster?: string;
  /** The sentence on the outlet's page: `/<story>/<outlet>/#<sentence id>`, base included. */
  url: string;
}

/** What the search page needs to name stories and outlets and to point at the quotes page. */
export interface SearchStory {
  slug: string;
  title: string;
  /** `/<story>/quotes/`, base included. */
  quotesUrl: string;
  /** Outlet slug → outlet name as it presents itself. */
  outlets: Record<string, string>;
}

/** The file served at `/search-index.json`. */
export interface SearchIndexFile {
  stories: SearchStory[];
  records: SearchRecord[];
  /** `Fuse.createIndex(keys, records).toJSON()` over exactly `records`, in the same order. */
  index: SerialisedIndex;
}

/** fuse.js's serialised index over search records, as `Fuse.createIndex(...).toJSON()` returns it. */
export type SerialisedIndex = ReturnType<FuseIndex<SearchRecord>['toJSON']>;
