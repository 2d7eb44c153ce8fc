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

/**
 * How an outlet says it got its story: frontmatter `cites` and `republishedFrom`; in the text "told X",
 * "according to X", "a report from X", a "Source: X" credit line under the article (`credit`), or the
 * outlet's own name ("According to Daljoog News analysis": `own-analysis`, not a source).
 */
export type SourceKind =
  'cites' | 'republished-from' | 'told' | 'according-to' | 'report-from' | 'credit' | 'own-analysis';

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

/**
 * A passage two outlets print word for word (compared as normalised words: case, punctuation and
 * "6,000"/"6000" do not matter), at least `StoryReuse.minRunWords` words long.
 */
export interface SharedRun {
  /** Its length in words. */
  words: number;
  /** Of those, words inside quotation marks in either outlet: the speaker's words, which both may have from the same interview. */
  quotedWords: number;
  /**
   * Of those, the outlets' own wording: outside quotation marks in both, and neither function words
   * nor capitalised names. Shared names and quotes have a common explanation; shared wording less so.
   */
  ownWords: number;
  /** Other outlets that print most of the same passage too, sorted: a passage many print probably comes from a common source. */
  alsoIn: string[];
  /** Where outlet `a` prints it: one span per sentence it runs through, in reading order. */
  a: TextSpan[];
  /** Where outlet `b` prints it. */
  b: TextSpan[];
}

/**
 * Two outlets print the same trimmed or altered wording of a quote that another outlet in the story
 * prints differently: a shared cut or a shared error, which two outlets rarely make independently.
 */
export interface SharedVariant {
  /** The quote cluster. */
  cluster: string;
  /** How the shared wording relates to the cluster's canonical (most printed) wording. */
  label: 'trimmed' | 'altered';
  /** The canonical wording it differs from. */
  canonical: string;
  /** Outlet `a`'s and `b`'s printing of it. */
  a: TextSpan;
  b: TextSpan;
  /** Outlets in the story that print the quote in another wording, sorted. */
  others: string[];
}

/** How sure a direction is: `strong` (stated by the outlet), `likely` (publication times), `weak` (one text contained in the other). */
export type DirectionConfidence = 'strong' | 'likely' | 'weak';

/** Which way text went between two outlets, when the evidence says so. */
export interface ReuseDirection {
  /** Slug of the outlet the text came from. */
  from: string;
  /** Slug of the outlet that took it. */
  to: string;
  confidence: DirectionConfidence;
  /** What the direction rests on. */
  basis: 'stated' | 'published' | 'containment';
  /** The evidence in one sentence, for readers. */
  reason: string;
}

/** One outlet of a pair, measured against the other. */
export interface ReuseSide {
  outlet: string;
  /** Words of its paragraphs, as compared. */
  words: number;
  /** Its words inside passages it shares word for word with the other outlet. */
  verbatimWords: number;
  /** verbatimWords / words (0–1). */
  verbatimShare: number;
  /** Share (0–1) of its words in sentences aligned with the other outlet (paraphrases included): the engine's `overlap`. */
  alignedShare: number;
  /**
   * Its paragraph sentences that state nothing the other outlet states (no claim in common): what it
   * adds, or what the other drops. The pair page `/<story>/compare/<a>/<b>/` lists them.
   */
  onlySentences: number;
  /** Words of those sentences. */
  onlyWords: number;
  /** Publication date when the page shows one. */
  published?: string;
}

/** Everything the texts say about how two outlets' articles are related. */
export interface ReusePair {
  /** The two outlets, in slug order. */
  a: ReuseSide;
  b: ReuseSide;
  /** Passages printed word for word by both, longest first; the MAX_LISTED_RUNS longest when there are more. */
  runs: SharedRun[];
  /** How many passages they share in all (`runs` may list fewer). */
  runCount: number;
  /**
   * `ownWords` of the runs no other outlet prints: the two outlets' own wording that only they share,
   * the evidence a common source does not explain.
   */
  exclusiveOwnWords: number;
  variants: SharedVariant[];
  /**
   * The texts share more than names, quotes and passages other outlets print too: MIN_OWN_WORDS or
   * more `exclusiveOwnWords`, or a shared cut or alteration of a quote; or one outlet names the other
   * as its source.
   */
  related: boolean;
  /** Which way the text went; absent when the evidence does not say (direction unknown). */
  direction?: ReuseDirection;
}

export interface StoryReuse {
  /** The shortest passage counted as shared word for word. */
  minRunWords: number;
  /** Every pair of outlets sharing a passage or a quote variant, or linked by a stated source, in slug order. */
  pairs: ReusePair[];
  /**
   * True when a passage printed by very many outlets was compared with only the nearest of them (to
   * keep the cost linear), so some pairs sharing it may be missing.
   */
  partial: boolean;
}

/** A sentence no other outlet lines up with (the alignment's `Sentence.unique`), with what makes it its own. */
export interface OwnSentence extends TextSpan {
  /** Names in it (capitalised words inside the sentence) that no other outlet prints anywhere. */
  names: string[];
  /** Figures and years in it that no other outlet prints. */
  numbers: string[];
  /** It quotes someone in words no other outlet prints. */
  ownQuote: boolean;
  /** How many distinct plain words in it no other outlet uses. */
  newWords: number;
}

/** A word of an outlet's own voice (outside quotes) that no other outlet uses anywhere. */
export interface FramingWord {
  /** As first printed, lower-cased. */
  word: string;
  /** How often the outlet uses it (headline and standfirst included). */
  count: number;
  /** It is in the headline or standfirst, where framing weighs most. */
  inHeadline: boolean;
  /** The first places it is printed in headings and paragraphs. */
  spans: TextSpan[];
}

/** What one outlet alone says. */
export interface OutletOwn {
  outlet: string;
  /**
   * Its own sentences, strongest first: most names and figures no other outlet prints, then a quote
   * no other outlet prints, then most words no other outlet uses; ties in reading order.
   */
  sentences: OwnSentence[];
  /** Its framing words, headline words first, then the most used; at most MAX_FRAMING_WORDS. */
  framing: FramingWord[];
  /** Where it presents the story as its own: "According to Daljoog News analysis", a heading with its name. */
  selfMentions: TextSpan[];
}

/** Everything `describeDifferences` returns. */
export interface StoryDifferences {
  findings: Finding[];
  /** Claims whose outlets word them with little in common (one pair per claim). */
  rewordings: Rewording[];
  provenance: StoryProvenance;
  timeline: TimelineEvent[];
  /** Who copied whom, from the texts. */
  reuse: StoryReuse;
  /** What each outlet alone says, in outlet order. */
  own: OutletOwn[];
}
