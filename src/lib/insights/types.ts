/**
 * What `describeDifferences(comparison)` adds to a StoryComparison: typed differences inside
 * aligned claims and quotes, where each outlet says its story came from, and the dated events the
 * articles mention. Plain, JSON-serialisable data like the comparison itself. Every span is an
 * exact range into its outlet's source file (`source.slice(start, end) === text`).
 */

/** A piece of one outlet's text that states a fact. */
export interface TextSpan {
  outlet: string;
  /** The sentence it sits in (the anchor on the outlet's page), or `title` / `standfirst` for the headline and standfirst. */
  sentenceId: string;
  text: string;
  start: number;
  end: number;
}

/**
 * `number`: one quantity as every outlet states and hedges it across its whole article (headline
 * included); `date`, `actor`, `speaker`, `attribution`: a difference inside one claim or quote.
 */
export type FindingKind = 'number' | 'date' | 'actor' | 'speaker' | 'attribution';

/** The outlets that state a fact one way. */
export interface FindingSide {
  /** Normalised value the side shares ("nearly 6000", "2025-10 late", "odni", "quote"). */
  value: string;
  /** The value as a reader should see it ("nearly 6,000", "late October 2025", "printed as a quote"). */
  label: string;
  /** Outlet slugs, sorted. */
  outlets: string[];
  /** The exact text each outlet prints for it, in outlet order. */
  spans: TextSpan[];
  /**
   * True when a strict majority of the outlets that state this fact take this side: only then may a
   * page call it the usual one. Absent otherwise.
   */
  majority?: true;
}

/** One difference between outlets inside one claim or quote cluster. */
export interface Finding {
  /** Stable within the story: `f<n>` in reading order of the clusters. */
  id: string;
  kind: FindingKind;
  /**
   * Where the difference sits: a claim or quote cluster; for dates that outlets print in sentences
   * the engine did not align, the timeline event (its key) the dates belong to; for a quantity,
   * `quantity` and the key of its figure (`q6000`).
   */
  cluster: { kind: 'claim' | 'quote' | 'timeline' | 'quantity'; id: string };
  /** One sentence for readers, built from the sides. */
  summary: string;
  /** Two or more sides, the most widely printed first. */
  sides: FindingSide[];
}

/** A claim two outlets print in wordings that share little: the pair that keeps the fewest words in common. */
export interface Rewording {
  /** The claim cluster's id. */
  cluster: string;
  /** The two outlets' sentences, in outlet order. */
  a: TextSpan;
  b: TextSpan;
  /** Share (0–1) of both sentences' words that the word diff keeps unchanged. */
  sameWords: number;
}

/** How an outlet says it got its story. */
export type SourceKind = 'cites' | 'republished-from' | 'told' | 'according-to' | 'report-from' | 'own-analysis';

export interface SourceClaim {
  /** The outlet or source named ("Fox News Digital", "Las Vegas News Magazine"). */
  source: string;
  kind: SourceKind;
  /** Frontmatter (`cites`, `republishedFrom`) or a sentence of the text. */
  from: 'frontmatter' | 'text';
  /** The sentence that says so, for text sources. */
  span?: TextSpan;
}

export interface OutletProvenance {
  outlet: string;
  /** Every source the outlet names, frontmatter first, then in reading order. */
  sources: SourceClaim[];
  /** Distinct names of the outlets it credits, as first printed. */
  credits: string[];
  /** The chain of republication from this outlet back: [this outlet's source, its source, …]. */
  chain: string[];
  /** True when neither the frontmatter nor the text names any source outside the outlet itself. */
  namesNoSource: boolean;
  /** Does any credited source match the story's original report (by normalised outlet name)? */
  citesOriginal: boolean;
  /** Share (0–1) of the outlet's paragraph words found in other outlets (the engine's `sharedShare`). */
  sharedShare: number;
  /** Paragraph sentences no other outlet has (the engine's `uniqueSentences`). */
  uniqueSentences: number;
  /** Share (0–1) of its paragraph sentences that are its own. */
  uniqueShare: number;
}

export interface StoryProvenance {
  /** The report all coverage traces back to, by outlet name, when the story names one. */
  original?: string;
  outlets: OutletProvenance[];
  /** Slugs of outlets that name no source at all. */
  unsourced: string[];
}

/** How finely a date is stated. */
export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends TextSpan {
  /** Year as printed; absent when the text leaves it to the reader ("in late October"). */
  year?: number;
  /** Year inferred from the article's date when not printed. */
  impliedYear?: number;
  month?: number;
  day?: number;
  /** "early", "mid" or "late" before the date. */
  part?: 'early' | 'mid' | 'late';
  precision: DatePrecision;
  /** How the mention reads, normalised: "late October 2025", "late October", "2014". */
  label: string;
  /** A period word before a year: "since 2019", "in 2014". */
  relation?: 'since' | 'until' | 'by';
}

export interface TimelineEvent {
  /** Sortable key of the period: "2025-10", "2014". */
  key: string;
  /** The period at the finest precision any outlet states ("late October 2025"). */
  label: string;
  /** ISO date of the period's start ("2025-10-01"), for machine readers. */
  start: string;
  /** Every mention, in outlet order. */
  mentions: DateMention[];
  /** Slugs of the outlets that mention it. */
  outlets: string[];
}

/** Everything `describeDifferences` returns. */
export interface StoryDifferences {
  findings: Finding[];
  /** Claims whose outlets word them with little in common (one pair per claim). */
  rewordings: Rewording[];
  provenance: StoryProvenance;
  timeline: TimelineEvent[];
}
