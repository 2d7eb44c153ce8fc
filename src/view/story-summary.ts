/**
 * The summary at the top of a story's overview: how many outlets, then the differences that matter,
 * ranked, one line each with a link to its evidence further down the page. It selects and orders
 * what the engine found (describeDifferences' findings, the quote clusters' labels, provenance); it
 * finds nothing of its own.
 */
import type { Finding, FindingKind, StoryComparison, StoryDifferences } from '../lib/index.ts';
import { alteredQuotes } from './altered-quotes.ts';
import { plural, shortName } from './format.ts';
import { reuseParts } from './reuse-summary.ts';
import { onlyPath, REUSE_ANCHOR } from './urls.ts';

/** The kinds of line, in the order a reader checking a story asks about them. */
export const SUMMARY_KINDS = ['altered', 'number', 'attribution', 'date', 'only', 'copied'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/**
 * Findings of each engine kind shown in the summary, by line kind: a changed quote first (words put
 * in someone's mouth), then figures and their hedges, then who said it, then when. Differences in
 * the actors named stay in the full list below: they are the least certain (an outlet naming the
 * Iraqi government where another names CENTCOM often tells a different part of the event).
 */
const FINDING_LINES: Readonly<Partial<Record<FindingKind, SummaryKind>>> = {
  number: 'number',
  speaker: 'attribution',
  attribution: 'attribution',
  date: 'date',
};

/**
 * At most this many lines of one kind; the rest are counted in a link to the full list. Two
 * keeps the whole summary inside a screen and a half on a phone for a story of five outlets.
 */
export const MAX_LINES_PER_KIND = 2;

/** An outlet named in a line: its short name, as in the matrix and heat map, and its full name. */
export interface OutletRef {
  slug: string;
  short: string;
  name: string;
}

/** One way some outlets tell it: "nearly 6,000" — K24, JP. */
export interface SummarySide {
  label: string;
  outlets: OutletRef[];
}

export interface SummaryLine {
  kind: SummaryKind;
  /** What the line is about, as the text of the link to its evidence; empty when the group's title says it. */
  subject: string;
  /** Where the evidence is: a finding, an altered quote or a list on this or another page. */
  href: string;
  /** The outlet the line is about, when it is about one (the outlet that altered a quote). */
  outlet?: OutletRef;
  /** How each side tells it, most widely printed first (findings). */
  sides: SummarySide[];
  /** Further links of the line, each to its own evidence (the quotes one outlet altered). */
  links: { text: string; href: string }[];
}

/** The lines of one kind, and how many were left out for space. */
export interface SummaryGroup {
  kind: SummaryKind;
  title: string;
  /** The full list of this kind further down the page. */
  href: string;
  lines: SummaryLine[];
  /** Lines of this kind not shown, and where they all are. */
  more?: { count: number; href: string; text: string };
}

export interface StorySummary {
  outlets: OutletRef[];
  claims: number;
  quotes: number;
  groups: SummaryGroup[];
}

const TITLES: Readonly<Record<SummaryKind, string>> = {
  altered: 'Altered quotes',
  number: 'Numbers and hedges',
  attribution: 'Attributions',
  date: 'Dates',
  only: 'Sentences with no match in another outlet',
  copied: 'Who copied whom',
};

/** Where the full list of each kind is: a section of the overview, or the story's "only in one outlet" page. */
function sections(story: string): Readonly<Record<SummaryKind, string>> {
  return {
    altered: '#altered-quotes',
    number: '#facts',
    attribution: '#facts',
    date: '#facts',
    only: onlyPath(story),
    copied: `#${REUSE_ANCHOR}`,
  };
}

/** Words of a quote shown in its link: enough to recognise it, short enough for a phone. */
const QUOTE_WORDS = 5;

/** The finding's one-line headline: the summary's first part ("Same figure, different hedge (6,000)"). */
export function findingHeadline(finding: Finding): string {
  return finding.summary.split(' — ')[0] ?? finding.summary;
}

/**
 * What a finding is about, short: the figure, quote or date its headline names ("6,000",
 * “the worst of the worst”), a long quote cut to its first words, or else the start of its claim.
 */
export function findingSubject(finding: Finding, comparison: StoryComparison): string {
  const named = /\((?:who heard )?(.+)\)$/u.exec(findingHeadline(finding))?.[1];
  if (named !== undefined) {
    const quoted = /^“(.*)”$/u.exec(named)?.[1];
    return quoted === undefined ? named : `“${quoteStart(quoted)}”`;
  }
  const { kind, id } = finding.cluster;
  if (kind === 'quote') {
    const quote = comparison.quoteClusters.find((q) => q.id === id)?.canonical ?? id;
    return `“${quoteStart(quote)}”`;
  }
  return quoteStart(comparison.claimClusters.find((c) => c.id === id)?.label ?? id);
}

/** The first words of a text, with an ellipsis when cut: “If these 6,000 or so got…”. */
export function quoteStart(text: string, words = QUOTE_WORDS): string {
  const all = text.replace(/…$/u, '').trim().split(/\s+/);
  const cut = all.slice(0, words).join(' ');
  return all.length > words ? `${cut.replace(/[,;:.]$/u, '')}…` : cut;
}

/** Lines of one kind in rank order: the widest disagreements first, then in reading order (stable sort). */
const byOutletsInvolved = <T extends { sides: SummarySide[] }>(lines: T[]): T[] =>
  lines
    .map((line, i) => ({ line, i, n: line.sides.reduce((sum, s) => sum + s.outlets.length, 0) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ line }) => line);

export function storySummary(comparison: StoryComparison, differences: StoryDifferences): StorySummary {
  const slug = comparison.story.slug;
  const outlets = comparison.outlets.map((o) => ({ slug: o.slug, short: shortName(o.outlet), name: o.outlet }));
  const ref = (outlet: string): OutletRef =>
    outlets.find((o) => o.slug === outlet) ?? { slug: outlet, short: outlet, name: outlet };
  const lines: SummaryLine[] = [];
  const fullList = sections(slug);

  // Who altered a quote: one line per outlet (alteredQuotes holds only quotes with a reference wording).
  const altered = alteredQuotes(comparison);
  const alteredBy = new Map<string, typeof altered>();
  for (const a of altered) alteredBy.set(a.member.outlet, [...(alteredBy.get(a.member.outlet) ?? []), a]);
  lines.push(
    ...[...alteredBy]
      .sort(([, a], [, b]) => b.length - a.length)
      .map(([outlet, quotes]): SummaryLine => {
        const who = ref(outlet);
        return {
          kind: 'altered',
          subject: `${who.name} alters ${plural(quotes.length, 'quote')}`,
          href: `#${alteredQuoteId(quotes[0]?.member.quoteId ?? '')}`,
          outlet: who,
          sides: [],
          links: quotes.map(({ member }) => ({
            text: `“${quoteStart(member.text)}”`,
            href: `#${alteredQuoteId(member.quoteId)}`,
          })),
        };
      }),
  );

  // Numbers, attributions, dates: one line per finding.
  const findingLines = differences.findings.flatMap((f): SummaryLine[] => {
    const kind = FINDING_LINES[f.kind];
    if (kind === undefined) return [];
    return [
      {
        kind,
        subject: findingSubject(f, comparison),
        href: `#${f.id}`,
        sides: f.sides.map((s) => ({ label: s.label, outlets: s.outlets.map(ref) })),
        links: [],
      },
    ];
  });
  for (const kind of ['number', 'attribution', 'date'] as const)
    lines.push(...byOutletsInvolved(findingLines.filter((l) => l.kind === kind)));

  // What each outlet alone says: one line, the outlets with the most own sentences first, each
  // linking to its list on the "only in one outlet" page.
  const own = differences.own.filter((o) => o.sentences.length > 0);
  if (own.length > 0)
    lines.push({
      kind: 'only',
      subject: '',
      href: fullList.only,
      sides: [],
      links: [...own]
        .sort((a, b) => b.sentences.length - a.sentences.length)
        .map((o) => ({ text: `${ref(o.outlet).short} ${o.sentences.length}`, href: onlyPath(slug, o.outlet) })),
    });

  // Who copied whom, one line: stated republications, directions and shared wording inferred from
  // the texts, and who names no source, each with the outlets it is about.
  const reuse = reuseParts(comparison, differences);
  if (reuse.length > 0)
    lines.push({
      kind: 'copied',
      subject: '',
      href: fullList.copied,
      sides: reuse.map((part) => ({ label: part.label, outlets: part.outlets.map(ref) })),
      links: [],
    });

  const groups = SUMMARY_KINDS.flatMap((kind): SummaryGroup[] => {
    const all = lines.filter((l) => l.kind === kind);
    if (all.length === 0) return [];
    const shown = all.slice(0, MAX_LINES_PER_KIND);
    const left = all.length - shown.length;
    return [
      {
        kind,
        title: TITLES[kind],
        href: fullList[kind],
        lines: shown,
        ...(left > 0 && {
          more: { count: left, href: fullList[kind], text: `${left} further` },
        }),
      },
    ];
  });
  return { outlets, claims: comparison.claimClusters.length, quotes: comparison.quoteClusters.length, groups };
}

/** Anchor of an altered quote in the overview's list of them. */
export function alteredQuoteId(quoteId: string): string {
  return `altered-${quoteId}`;
}
