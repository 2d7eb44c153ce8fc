/**
 * `describeDifferences(comparison)`: what no aggregator shows, computed from the text of a
 * StoryComparison. Pages, the JSON download and the CLI call this once per story.
 */
import { outletMembers } from '../claims.ts';
import { describeProvenance } from './provenance.ts';
import { describeReuse } from './reuse.ts';
import { describeOwn } from './framing.ts';
import { buildTimeline, datedSentences, related, type DatedSentence } from './timeline.ts';
import type { ClaimCluster, OutletAnalysis, QuoteCluster, StoryComparison } from '../types.ts';
import { buildLexicon, findActors, type ActorLexicon } from './actors.ts';
import { narrationFindings, speakerFindings } from './attribution.ts';
import { compareFacts, toSides, type RawFinding } from './compare.ts';
import { unitFacts, type Unit } from './facts.ts';
import type { Finding, FindingKind, StoryDifferences, TimelineEvent } from './types.ts';
import { quantityFindings } from './quantities.ts';
import { rewordings } from './wording.ts';

export type * from './types.ts';

const HEADLINES: Readonly<Record<FindingKind, string>> = {
  number: 'One figure, stated differently',
  date: 'Same event, dated differently',
  actor: 'Different actors named',
  speaker: 'Same speaker, different venue',
  attribution: 'Attributed differently',
};

function units(
  members: readonly { outlet: string; sentenceId: string; text: string; start: number }[],
  outlets: Map<string, OutletAnalysis>,
): Unit[] {
  return members.map((m) => ({
    outlet: m.outlet,
    sentenceId: m.sentenceId,
    text: m.text,
    start: m.start,
    lang: outlets.get(m.outlet)?.lang ?? 'en',
  }));
}

interface Context {
  comparison: StoryComparison;
  lexicon: ActorLexicon;
  outlets: Map<string, OutletAnalysis>;
  /**
   * Actors that two or more outlets name somewhere in the story. One outlet's own name for an
   * actor ("IS" where the others write "ISIS") is a spelling, not a different actor.
   */
  commonActors: Set<string>;
}

/** Where a sentence's clauses part: punctuation that sets off a clause, an aside or a list item. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/gu;

/**
 * Whether an actor is named in a clause of a claim member that holds some of the claim's
 * evidence. A long sentence states several claims ("… a coordinated effort by multiple U.S.
 * agencies, including the U.S. Central Command (CENTCOM), which deployed helicopters to facilitate
 * the detainees' transfer to a secure facility near Baghdad"); an actor named in a clause that
 * matched nothing belongs to another of its claims, not to a different account of this one.
 */
function inMatchedClause(
  member: { text: string; start: number; evidence: readonly { start: number; end: number }[] },
  span: { start: number; end: number },
): boolean {
  const breaks = [0, ...[...member.text.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1), member.text.length + 1];
  const at = span.start - member.start;
  const k = breaks.findIndex((b) => b > at);
  const [from, to] = [member.start + breaks[k - 1]!, member.start + breaks[k]!];
  return member.evidence.some((e) => e.start < to && e.end > from);
}

function clusterFindings(
  cluster: { kind: 'claim'; c: ClaimCluster } | { kind: 'quote'; c: QuoteCluster },
  { comparison, lexicon, outlets, commonActors }: Context,
): (RawFinding & { cluster: Finding['cluster'] })[] {
  // A claim's findings rest on what the site states as the same claim: each outlet's member there,
  // never a possible match (a weak alignment produces no finding).
  const members = cluster.kind === 'claim' ? outletMembers(cluster.c, true) : cluster.c.members;
  if (cluster.kind === 'claim' && new Set(members.map((m) => m.outlet)).size < 2) return [];
  const facts = units(members, outlets).map((u, i) => {
    const f = unitFacts(u, lexicon);
    const member = members[i]!;
    const stated = (a: (typeof f.actors)[number]): boolean =>
      commonActors.has(a.value.key) && ('evidence' in member ? inMatchedClause(member, a.span) : true);
    return { ...f, actors: f.actors.filter(stated) };
  });
  const raw =
    cluster.kind === 'claim'
      ? compareFacts(facts)
      : [...compareFacts(facts), ...speakerFindings(cluster.c), ...narrationFindings(cluster.c, comparison)];
  return raw.map((r) => ({ ...r, cluster: { kind: cluster.kind, id: cluster.c.id } }));
}

/**
 * Dates: within each timeline event, mentions whose sentences speak of the same thing (same claim,
 * or enough shared words) and that state the date differently.
 */
function dateFindings(
  timeline: readonly TimelineEvent[],
  dated: readonly DatedSentence[],
): (RawFinding & { cluster: Finding['cluster'] })[] {
  const out: (RawFinding & { cluster: Finding['cluster'] })[] = [];
  for (const event of timeline) {
    const members = dated.filter((d) => event.mentions.includes(d.mention));
    const seen = new Set<DatedSentence>();
    for (const seed of members) {
      if (seen.has(seed)) continue;
      const component = [seed];
      seen.add(seed);
      for (let i = 0; i < component.length; i++) {
        for (const other of members) {
          const current = component[i];
          if (current !== undefined && !seen.has(other) && related(current, other)) {
            seen.add(other);
            component.push(other);
          }
        }
      }
      const firsts = [...new Map(component.map((d) => [d.mention.outlet, d])).values()];
      const sides = toSides(
        firsts.map(({ mention: { outlet, sentenceId, text, start, end, label } }) => ({
          outlet,
          value: label,
          label,
          spans: [{ outlet, sentenceId, text, start, end }],
        })),
      );
      if (sides.length < 2) continue;
      const shared = firsts[0]?.claims.find((c) => firsts.every((d) => d.claims.includes(c)));
      out.push({
        kind: 'date',
        subject: event.label,
        sides,
        cluster: shared === undefined ? { kind: 'timeline', id: event.key } : { kind: 'claim', id: shared },
      });
    }
  }
  return out;
}

/** A quantity finding's key: its figure, as digits (`q6000`), or its first side's value. */
function quantityKey(r: RawFinding): string {
  return `q${r.subject.replace(/[^\p{L}\p{N}]+/gu, '') || (r.sides[0]?.value ?? '')}`;
}

function summary(finding: RawFinding, names: Map<string, string>): string {
  const sides = finding.sides
    .map((s) => `${s.outlets.map((o) => names.get(o) ?? o).join(', ')}: ${s.label}`)
    .join('; ');
  return `${HEADLINES[finding.kind]}${finding.subject === '' ? '' : ` (${finding.subject})`} — ${sides}.`;
}

export function describeDifferences(comparison: StoryComparison): StoryDifferences {
  const outlets = new Map(comparison.outlets.map((o) => [o.slug, o]));
  const names = new Map(comparison.outlets.map((o) => [o.slug, o.outlet]));
  const lexicon = buildLexicon(comparison.outlets.flatMap((o) => o.sentences.map((s) => s.text)));
  const namers = new Map<string, Set<string>>();
  for (const o of comparison.outlets) {
    for (const s of o.sentences)
      for (const a of findActors(s.text, lexicon)) namers.set(a.key, (namers.get(a.key) ?? new Set()).add(o.slug));
  }
  const context: Context = {
    comparison,
    lexicon,
    outlets,
    commonActors: new Set([...namers].filter(([, by]) => by.size > 1).map(([key]) => key)),
  };
  const dated = datedSentences(comparison);
  const timeline = buildTimeline(dated);
  const clusters = [
    ...comparison.claimClusters.map((c) => ({ kind: 'claim' as const, c })),
    ...comparison.quoteClusters.map((c) => ({ kind: 'quote' as const, c })),
  ].sort((a, b) => a.c.position - b.c.position);
  const raw = [
    ...quantityFindings(comparison).map((r) => ({ ...r, cluster: { kind: 'quantity' as const, id: quantityKey(r) } })),
    ...clusters.flatMap((c) => clusterFindings(c, context)),
    ...dateFindings(timeline, dated),
  ];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const r of raw) {
    // A quote's sentence is usually also a claim: the same difference is reported once.
    const key = `${r.kind}|${r.sides.map((s) => `${s.value}:${s.spans.map((sp) => sp.start).join(',')}`).join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A side is the usual one only when a strict majority of the outlets stating the fact take it.
    const stating = new Set(r.sides.flatMap((side) => side.outlets)).size;
    const sides = r.sides.map((side) =>
      2 * side.outlets.length > stating ? { ...side, majority: true as const } : side,
    );
    findings.push({
      id: `f${findings.length + 1}`,
      kind: r.kind,
      cluster: r.cluster,
      summary: summary({ ...r, sides }, names),
      sides,
    });
  }
  const provenance = describeProvenance(comparison);
  return {
    findings,
    rewordings: rewordings(comparison.claimClusters),
    provenance,
    timeline,
    reuse: describeReuse(comparison, provenance),
    own: describeOwn(comparison, provenance),
  };
}
