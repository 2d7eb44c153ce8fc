/**
 * The analysis engine's inputs and its one output, StoryComparison.
 *
 * Everything here is plain, JSON-serialisable data: the engine computes it once per build,
 * every page, the search index, the CLI and the data downloads read it. Character ranges are
 * UTF-16 offsets (JavaScript string indices) into `ArticleInput.source`, the whole source file
 * including its frontmatter, so `source.slice(start, end) === text` always holds.
 */

/** A story as described by its `story.md` frontmatter. */
export interface StoryInput {
  /** Folder name under `content/`; the story's URL segment. */
  slug: string;
  /** Neutral title of the story (not any outlet's headline). */
  title: string;
  /** One neutral sentence saying what happened. */
  summary: string;
  /** The report all coverage traces back to, when known. */
  originalReport?: OriginalReport;
}

/** The report the coverage traces back to. */
export interface OriginalReport {
  outlet: string;
  title: string;
  authors: string[];
  /** ISO 8601 date-time. */
  published?: string;
  url?: string;
}

/** One outlet's article: validated frontmatter plus the raw file it came from. */
export interface ArticleInput {
  /** Outlet slug: the file name without `.md`; the outlet page's URL segment. */
  slug: string;
  /** Path of the source file relative to the project root, for messages and links. */
  file: string;
  /** The whole source file, frontmatter included; every range indexes into it. */
  source: string;
  /** Outlet name as it presents itself. */
  outlet: string;
  /** Address of the article on the outlet's site. */
  url: string;
  /** Headline as printed; null when the page printed none. */
  title: string | null;
  /** Summary line printed under the headline. */
  standfirst?: string;
  /** Dateline as printed at the start of the first paragraph (kept in the body too). */
  dateline?: string;
  /** Publication date (ISO 8601) when the page shows one. */
  published?: string;
  /** Outlets the article attributes its reporting to. */
  cites: string[];
  /** Outlet whose article this one republishes. */
  republishedFrom?: string;
  /** Site furniture taken out of the body, verbatim. */
  removed: string[];
  /** BCP 47 language tag of the text. */
  lang: string;
}

/** The role of a block of the article; only `paragraph` sentences take part in alignment. */
export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'credit';

/** A block of the article as printed (a paragraph, a heading, a photo caption, a source credit). */
export interface Block {
  kind: BlockKind;
  /** Heading level (2–6) for headings. */
  depth?: number;
  start: number;
  end: number;
  /** Ids of the block's sentences, in order; together they cover the block's text. */
  sentenceIds: string[];
}

/** One sentence of one article. */
export interface Sentence {
  /** Unique within the story, stable for unchanged content: `<outlet>-p<block>-s<n>` (1-based). Used as the HTML anchor. */
  id: string;
  outlet: string;
  /** Index of its block in `OutletAnalysis.blocks`. */
  block: number;
  /**
   * The sentence sits in a paragraph, not in a heading, a photo caption or a credit. Only these are
   * compared across outlets; the others are shown but never aligned, shared or "own".
   */
  inParagraph: boolean;
  text: string;
  start: number;
  end: number;
  /** Number of words, as counted for word counts and overlap shares. */
  words: number;
  /** Quotes that start in this sentence. */
  quoteIds: string[];
  /** Claim clusters this sentence belongs to (a long sentence can carry several claims). */
  claimClusterIds: string[];
  /** A paragraph sentence that no other outlet's sentence lines up with. */
  unique: boolean;
}

/** Who a quote is attributed to. */
export interface Speaker {
  /** As printed: "the senior intelligence official", "he", "Secretary of State Marco Rubio". */
  printed: string;
  /** Normalised key after resolving pronouns and "the official" to the last named speaker: "senior-us-intelligence-official", "marco-rubio". */
  key: string;
  /** Where it was said, when the verb says so: "Fox News Digital", "lawmakers". */
  venue?: string;
}

/** A span of text inside quotation marks in one article. */
export interface Quote {
  /** Unique within the story: `<outlet>-q<n>` (1-based, reading order). */
  id: string;
  outlet: string;
  /** Sentence the quote starts in, and any it runs into. */
  sentenceIds: string[];
  /** The words inside the marks (marks excluded). */
  text: string;
  start: number;
  end: number;
  /** A short quoted phrase rather than a full utterance ("fragile", "the worst of the worst"). */
  fragment: boolean;
  /** The opening mark was missing and the quote was recovered from the start of its sentence. */
  recovered: boolean;
  /** Id of the quote this one is nested inside. */
  parent?: string;
  speaker?: Speaker;
}

/** A word-level diff part as produced by the `diff` package. */
export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/**
 * How an outlet's wording of a quote relates to the cluster's reference wording: `verbatim`,
 * `trimmed` (a contiguous part of it) or `altered`. `differs` when the cluster has no reference:
 * the outlets print different wordings and nothing in the content says which is the original.
 */
export type QuoteLabel = 'verbatim' | 'trimmed' | 'altered' | 'differs';

/**
 * What a quote cluster's labels are relative to: the wording printed by a strict majority of the
 * outlets that print the quote (`majority`), or the wording of the original report when the story's
 * original report is one of its articles (`original`).
 */
export interface QuoteReference {
  basis: 'majority' | 'original';
  /** The reference wording, as printed by the first member that has it. */
  text: string;
  /** Outlets that print this wording (slugs, sorted). */
  outlets: string[];
  /** Outlets that print the quote at all. */
  of: number;
}

export interface QuoteMember {
  quoteId: string;
  outlet: string;
  sentenceId: string;
  text: string;
  start: number;
  end: number;
  label: QuoteLabel;
  /** Word diff to this member's wording from the reference wording (the canonical one when there is no reference). */
  diff: DiffPart[];
  speaker?: Speaker;
  recovered: boolean;
  fragment: boolean;
}

/** The speaker of a quote cluster, decided once for every view of it. */
export interface ClusterSpeaker {
  key: string;
  printed: string;
}

/** One utterance as printed by one or more outlets. */
export interface QuoteCluster {
  /** Stable id: `q<n>` in reading order. */
  id: string;
  /** The wording most outlets print (whole or in part); diffs are from it. */
  canonical: string;
  /** What the labels are relative to; absent when there is none (every label is then `differs`). */
  reference?: QuoteReference;
  /**
   * Who the quote is attributed to: the speaker key most members name, printed in its most specific
   * wording among them (the longest: "the senior intelligence official" rather than "the official").
   * Every page and the search index show this one speaker.
   */
  speaker?: ClusterSpeaker;
  /** Median relative position across outlets (0–1), for reading order. */
  position: number;
  members: QuoteMember[];
}

/**
 * How sure an alignment is, from its score: `strong` and `likely` are shown as the same claim;
 * `weak` is shown as a "possible match" with its evidence and never produces a finding.
 */
export type Confidence = 'strong' | 'likely' | 'weak';

/** A stretch of a sentence, as a range into the source file and its text. */
export interface TextPart {
  text: string;
  start: number;
  end: number;
}

/** A term a member shares with the cluster's other members, as printed in its own sentence. */
export interface ClaimEvidence extends TextPart {
  /** A word (compared by lemma), a name (the alias table: "IS" = "ISIS") or a number (by magnitude). */
  kind: 'word' | 'name' | 'number';
}

export interface ClaimMember {
  outlet: string;
  sentenceId: string;
  /** The whole sentence. */
  text: string;
  start: number;
  end: number;
  /** Score (0–1) of this sentence's best match with a member of another outlet in the cluster. */
  score: number;
  /** The confidence of that score. */
  confidence: Confidence;
  /** The part of the sentence that matched: from its first to its last shared term. */
  part: TextPart;
  /** The terms it shares with the other members, in reading order. */
  evidence: ClaimEvidence[];
}

/**
 * The same statement in different outlets' sentences. An outlet that states it twice has two
 * members; a sentence that states several claims is a member of several clusters, each with the
 * part of it that matched.
 */
export interface ClaimCluster {
  /** Stable id: `c<n>` in reading order. */
  id: string;
  /** Short label from the most widely printed wording (the matched part of it). */
  label: string;
  /** The strongest confidence among its members: a cluster whose members are all `weak` is a possible match only. */
  confidence: Confidence;
  position: number;
  members: ClaimMember[];
}

/** Everything known about one outlet's article after analysis: its frontmatter (not its source text) and what was found in it. */
export interface OutletAnalysis extends Omit<ArticleInput, 'source'> {
  /** Where the headline is printed in the source's frontmatter (absent when it is not printed verbatim there, e.g. escaped). */
  titleRange?: TextPart;
  /** Where the standfirst is printed in the source's frontmatter, likewise. */
  standfirstRange?: TextPart;
  /** Words of all blocks (paragraphs, headings, captions, credits), counted with Intl.Segmenter word segmentation. */
  wordCount: number;
  blocks: Block[];
  /** All sentences in reading order. */
  sentences: Sentence[];
  quotes: Quote[];
  /** Share (0–1) of this outlet's paragraph words that sit in sentences aligned with at least one other outlet. */
  sharedShare: number;
  /** Number of paragraph sentences no other outlet has. */
  uniqueSentences: number;
}

/** The analysis of one story across its outlets: the single input of every page. */
export interface StoryComparison {
  story: StoryInput;
  /** Outlets ordered by slug. */
  outlets: OutletAnalysis[];
  /** Quote clusters in reading order. Every quote of a paragraph block is in exactly one (possibly alone). */
  quoteClusters: QuoteCluster[];
  /** Claim clusters in reading order. */
  claimClusters: ClaimCluster[];
  /** `overlap[a][b]`: share (0–1) of a's words in sentences aligned with b. Not symmetric. */
  overlap: Record<string, Record<string, number>>;
}
