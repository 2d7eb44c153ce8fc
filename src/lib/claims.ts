/**
 * Claim clusters: the same statement in different outlets' sentences. Candidate pairs come from
 * the n-gram index; each is scored by a token diff weighted by how rare each word is in the story
 * (so "ISIS", "Syria", "detainees", which every sentence of this story prints, count for little,
 * and "biometric" or "Baghdad International Airport" count for much). Edges are then joined
 * strongest first into clusters holding at most one sentence per outlet.
 */
import { candidatePairs, matchWithin, MAX_ALIGN_TOKENS, ngrams, type AlignUnit } from './align.ts';
import { byReadingOrder, median } from './positions.ts';
import type { ClaimCluster, ClaimMember } from './types.ts';

/**
 * Content-word bigrams index sentences. A shared bigram ("biometric registration", "Baghdad
 * International") is specific enough to be worth a diff; a shared single word is not.
 */
export const CLAIM_NGRAM = 2;

/**
 * Two sentences state the same claim at this weighted similarity or above. Read pair by pair on
 * the real articles, candidate pairs from 0.22 up are almost all paraphrases of one statement
 * ("Fears intensified in early January…" / "Concerns intensified…", the Baghdad airport
 * sentences at 0.27–0.29, "FBI teams … biometric" at 0.24); from 0.21 down, shared story
 * vocabulary ("ISIS", "Syria", "officials", "6,000") starts to outweigh shared content and
 * unrelated quotes of the same official begin to pair up.
 */
export const CLAIM_MIN_SCORE = 0.22;

/**
 * A short sentence wholly restated inside a long one scores low on Dice, because the long one
 * says more. When this share of the shorter sentence's weight is matched, and the pair still
 * reaches CLAIM_CONTAINED_MIN_SCORE, it is the same claim (Kurdistan24's “We saw this severe
 * crisis situation” inside JournalPosts's longer sentence that quotes "severe crisis situation").
 */
export const CLAIM_MIN_CONTAINMENT = 0.6;
export const CLAIM_CONTAINED_MIN_SCORE = 0.18;

/**
 * A sentence joins a second cluster only if the words it matched there overlap the words that
 * put it in its first cluster by less than this share: a different part of a long sentence, i.e.
 * a second claim, not the same claim seen twice.
 */
export const SECOND_CLAIM_MAX_OVERLAP = 0.34;

/**
 * …and only if the stretch of the sentence it matched there (first to last matched word) lies
 * mostly outside the stretch of its first claim. Two claims of one sentence sit in different
 * clauses; two paraphrases of one short claim match interleaved words ("ODNI … daily coordination
 * calls" / "source … daily … situation escalated") and must stay one cluster.
 */
export const SECOND_CLAIM_MAX_SPAN_OVERLAP = 0.5;

/** A sentence taking part in alignment. */
export interface ClaimUnit extends AlignUnit {
  id: string;
  text: string;
  start: number;
  end: number;
  /** Relative position (0–1) in its article. */
  position: number;
}

export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  containment: number;
  matchedA: number[];
  matchedB: number[];
}

/** Inverse document frequency of each token over the units: log((N + 1) / df). */
export function tokenWeights(units: readonly AlignUnit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const u of units) for (const t of new Set(u.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = units.length;
  const weights = new Map<string, number>();
  for (const [t, d] of df) weights.set(t, Math.log((n + 1) / d));
  return weights;
}

/** A token list with each token's weight and their sum, worked out once for all of its pairs. */
interface Weighed {
  tokens: readonly string[];
  weights: number[];
  total: number;
}

function weigh(tokens: readonly string[], weights: ReadonlyMap<string, number>): Weighed {
  const w = tokens.map((t) => weights.get(t) ?? 1);
  return { tokens, weights: w, total: w.reduce((s, x) => s + x, 0) };
}

/**
 * Weighted, symmetric similarity of two token lists: twice the weight of the tokens their diff
 * matches over the weight of both. Also returns the matched share of the lighter one.
 */
export function weightedMatch(
  a: readonly string[],
  b: readonly string[],
  weights: ReadonlyMap<string, number>,
): ScoredPair {
  return matchWeighed(weigh(a, weights), weigh(b, weights), Infinity);
}

/** weightedMatch, giving up (no match) when the diff needs more than `maxEditLength` edits. */
function matchWeighed(a: Weighed, b: Weighed, maxEditLength: number): ScoredPair {
  // Equal-length common subsequences can differ in which words they match, and so in weight:
  // diffing in one canonical order makes the score symmetric.
  if (compareLists(a.tokens, b.tokens) > 0) {
    const swapped = matchWeighed(b, a, maxEditLength);
    return { ...swapped, matchedA: swapped.matchedB, matchedB: swapped.matchedA };
  }
  const m = matchWithin(a.tokens, b.tokens, maxEditLength);
  const common = m.matchedA.reduce((s, k) => s + a.weights[k]!, 0);
  const { score, containment } = shares(common, a.total, b.total);
  return { a: 0, b: 0, score, containment, matchedA: m.matchedA, matchedB: m.matchedB };
}

function shares(common: number, sumA: number, sumB: number): { score: number; containment: number } {
  const lighter = Math.min(sumA, sumB);
  return { score: sumA + sumB > 0 ? (2 * common) / (sumA + sumB) : 0, containment: lighter > 0 ? common / lighter : 0 };
}

/**
 * Relative margin on the bounds below, so that summing the same weights in another order can
 * never turn a pair away that the exact score would accept.
 */
const BOUND_SLACK = 1e-9;

/**
 * How many edits the diff of a candidate pair may need and still be accepted, or −1 when no diff
 * can be. The tokens the two share in any order bound what a diff can match; most candidate
 * pairs share one bigram and little else, and this spares them the diff. For the rest, c matched
 * tokens weigh at most the c heaviest shared ones, which gives the fewest matches (so the most
 * edits, |a| + |b| − 2c) that could reach the thresholds: the diff stops there rather than
 * working out exactly how different two different sentences are. `counts` is all zeros, indexed
 * by token id, and is left so.
 */
function editBudget(a: Weighed, aIds: Int32Array, b: Weighed, bIds: Int32Array, counts: Int32Array): number {
  for (const id of aIds) counts[id]!++;
  const shared: number[] = [];
  let sharedWeight = 0;
  bIds.forEach((id, k) => {
    if (counts[id]! > 0) {
      counts[id]!--;
      shared.push(b.weights[k]!);
      sharedWeight += b.weights[k]!;
    }
  });
  for (const id of aIds) counts[id] = 0;
  if (!accepted(shares(sharedWeight, a.total, b.total))) return -1;
  const length = Math.min(a.tokens.length, MAX_ALIGN_TOKENS) + Math.min(b.tokens.length, MAX_ALIGN_TOKENS);
  shared.sort((x, y) => y - x);
  let top = 0;
  for (let c = 1; c <= shared.length && 2 * c <= length; c++) {
    top += shared[c - 1]!;
    if (accepted(shares(top * (1 + BOUND_SLACK), a.total, b.total))) return length - 2 * c;
  }
  return length;
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

function accepted(p: { score: number; containment: number }): boolean {
  return p.score >= CLAIM_MIN_SCORE || (p.containment >= CLAIM_MIN_CONTAINMENT && p.score >= CLAIM_CONTAINED_MIN_SCORE);
}

interface Cluster {
  /** outlet → unit index */
  members: Map<string, number>;
  /** unit index → token positions that tied it to this cluster */
  parts: Map<number, Set<number>>;
  alive: boolean;
}

/** Scored, accepted candidate pairs, strongest first. */
export function scorePairs(units: readonly ClaimUnit[], weights: ReadonlyMap<string, number>): ScoredPair[] {
  const keys = units.map((u) => ngrams(u.tokens, CLAIM_NGRAM));
  const weighed = units.map((u) => weigh(u.tokens, weights));
  const idOf = new Map<string, number>();
  const intern = (t: string): number => {
    let id = idOf.get(t);
    if (id === undefined) idOf.set(t, (id = idOf.size));
    return id;
  };
  const ids = units.map((u) => Int32Array.from(u.tokens, intern));
  const counts = new Int32Array(idOf.size);
  // Outlets reprint sentences word for word (wire copy, syndication), so many candidate pairs
  // repeat a pair of token lists already scored: score each distinct pair of lists once.
  const listOf = new Map<string, number>();
  const lists = units.map((u) => {
    const key = u.tokens.join(' ');
    let list = listOf.get(key);
    if (list === undefined) listOf.set(key, (list = listOf.size));
    return list;
  });
  // By ordered pair of lists, the accepted match or null. The bound is kept per order (it sums
  // shared weights in the second list's order, as it always has); the diff, symmetric by
  // construction (matchWeighed diffs in one canonical order, and the edit budget depends only on
  // which weights the two lists share), is run once per unordered pair and mirrored.
  const scored = new Map<number, ScoredPair | null>();
  const diffed = new Map<number, ScoredPair>();
  const out: ScoredPair[] = [];
  for (const [a, b] of candidatePairs(units, keys)) {
    const key = lists[a]! * listOf.size + lists[b]!;
    let p = scored.get(key);
    if (p === undefined) {
      const budget = editBudget(weighed[a]!, ids[a]!, weighed[b]!, ids[b]!, counts);
      p = null;
      if (budget >= 0) {
        const [lo, hi] = lists[a]! <= lists[b]! ? [a, b] : [b, a];
        const unordered = lists[lo]! * listOf.size + lists[hi]!;
        let match = diffed.get(unordered);
        if (match === undefined) diffed.set(unordered, (match = matchWeighed(weighed[lo]!, weighed[hi]!, budget)));
        if (accepted(match)) p = lo === a ? match : { ...match, matchedA: match.matchedB, matchedB: match.matchedA };
      }
      scored.set(key, p);
    }
    if (p !== null) out.push({ ...p, a, b });
  }
  // Candidate pairs come ordered by a, then b, and the sort is stable: equal scores keep that order.
  return out.sort((x, y) => y.score - x.score);
}

export interface ClaimResult {
  clusters: ClaimCluster[];
  /** unit index → ids of its clusters */
  membership: Map<number, string[]>;
}

export function clusterClaims(units: readonly ClaimUnit[]): ClaimResult {
  const weights = tokenWeights(units);
  const pairs = scorePairs(units, weights);
  const clusters: Cluster[] = [];
  const of = new Map<number, number[]>();
  const overlapShare = (part: Set<number>, matched: readonly number[]): number => {
    if (matched.length === 0 || part.size === 0) return 1;
    const tokenShare = matched.filter((k) => part.has(k)).length / matched.length;
    if (tokenShare >= SECOND_CLAIM_MAX_OVERLAP) return tokenShare;
    const lo = Math.min(...part);
    const hi = Math.max(...part);
    const from = matched[0]!;
    const to = matched.at(-1)!;
    const spanShare = Math.max(0, Math.min(hi, to) - Math.max(lo, from) + 1) / (to - from + 1);
    // A stretch that mostly overlaps the first claim's is the same claim: report it as such.
    return spanShare >= SECOND_CLAIM_MAX_SPAN_OVERLAP ? 1 : tokenShare;
  };
  // The cluster of unit u that this match continues, or undefined when it is a new claim of u.
  const continued = (u: number, matched: readonly number[]): number | undefined => {
    let best: number | undefined;
    let bestShare = 0;
    for (const c of of.get(u) ?? []) {
      const share = overlapShare(clusters[c]!.parts.get(u)!, matched);
      if (share > bestShare) [best, bestShare] = [c, share];
    }
    return bestShare >= SECOND_CLAIM_MAX_OVERLAP ? best : undefined;
  };
  const add = (c: number, u: number, matched: readonly number[]): void => {
    const cluster = clusters[c]!;
    cluster.members.set(units[u]!.outlet, u);
    const part = cluster.parts.get(u) ?? new Set<number>();
    for (const k of matched) part.add(k);
    cluster.parts.set(u, part);
    const list = of.get(u) ?? [];
    if (!list.includes(c)) list.push(c);
    of.set(u, list);
  };
  for (const p of pairs) {
    const ua = units[p.a]!;
    const ub = units[p.b]!;
    const ca = continued(p.a, p.matchedA);
    const cb = continued(p.b, p.matchedB);
    if (ca !== undefined && ca === cb) {
      add(ca, p.a, p.matchedA);
      add(ca, p.b, p.matchedB);
    } else if (ca !== undefined && cb !== undefined) {
      const A = clusters[ca]!;
      const B = clusters[cb]!;
      if ([...B.members.keys()].some((o) => A.members.has(o))) continue;
      for (const [outlet, u] of B.members) {
        A.members.set(outlet, u);
        A.parts.set(u, B.parts.get(u)!);
        of.set(
          u,
          (of.get(u) ?? []).map((c) => (c === cb ? ca : c)),
        );
      }
      B.alive = false;
      add(ca, p.a, p.matchedA);
      add(ca, p.b, p.matchedB);
    } else if (ca !== undefined) {
      if (clusters[ca]!.members.has(ub.outlet)) continue;
      add(ca, p.a, p.matchedA);
      add(ca, p.b, p.matchedB);
    } else if (cb !== undefined) {
      if (clusters[cb]!.members.has(ua.outlet)) continue;
      add(cb, p.a, p.matchedA);
      add(cb, p.b, p.matchedB);
    } else {
      clusters.push({ members: new Map(), parts: new Map(), alive: true });
      add(clusters.length - 1, p.a, p.matchedA);
      add(clusters.length - 1, p.b, p.matchedB);
    }
  }

  // Member scores and the label come from the accepted pairs inside each cluster: no new diffs,
  // so this stays linear in the pairs however many outlets print a claim.
  // Keyed by cluster · units + unit.
  const best = new Map<number, number>();
  const total = new Map<number, number>();
  for (const p of pairs) {
    const ofA = of.get(p.a) ?? [];
    const ofB = of.get(p.b) ?? [];
    for (const [k, c] of ofB.entries()) {
      if (ofB.indexOf(c) !== k || !ofA.includes(c) || !clusters[c]!.alive) continue;
      for (const key of [c * units.length + p.a, c * units.length + p.b]) {
        best.set(key, Math.max(best.get(key) ?? 0, p.score));
        total.set(key, (total.get(key) ?? 0) + p.score);
      }
    }
  }

  const built = clusters
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.alive && c.members.size > 1)
    .map(({ c, index }, k) => {
      const indices = [...c.members.values()].sort((x, y) => (units[x]!.outlet < units[y]!.outlet ? -1 : 1));
      const scoreIn = (x: number): number => {
        const known = best.get(index * units.length + x);
        if (known !== undefined) return known;
        const other = indices.find((y) => y !== x)!;
        return weightedMatch(units[x]!.tokens, units[other]!.tokens, weights).score;
      };
      const members: ClaimMember[] = indices.map((x) => ({
        outlet: units[x]!.outlet,
        sentenceId: units[x]!.id,
        text: units[x]!.text,
        start: units[x]!.start,
        end: units[x]!.end,
        score: Math.round(scoreIn(x) * 1000) / 1000,
      }));
      // The label comes from the member most strongly tied to the others: the most widely shared wording.
      const central = indices
        .map((x, i) => ({ i, weight: total.get(index * units.length + x) ?? 0 }))
        .sort((p, q) => q.weight - p.weight || p.i - q.i)[0]!.i;
      return {
        key: k,
        indices,
        position: median(indices.map((x) => units[x]!.position)),
        firstKey: members[0]!.sentenceId,
        label: shortLabel(members[central]!.text),
        members,
      };
    })
    .sort(byReadingOrder);

  const membership = new Map<number, string[]>();
  const result: ClaimCluster[] = built.map((c, n) => {
    const id = `c${n + 1}`;
    for (const x of c.indices) membership.set(x, [...(membership.get(x) ?? []), id]);
    return { id, label: c.label, position: Math.round(c.position * 1000) / 1000, members: c.members };
  });
  return { clusters: result, membership };
}

/** Words in a claim cluster's label; enough to recognise the statement in a list. */
export const LABEL_MAX_WORDS = 14;

function shortLabel(text: string): string {
  const words = text.replace(/^[\s”’]+/u, '').split(/\s+/u);
  return words.length <= LABEL_MAX_WORDS ? words.join(' ') : `${words.slice(0, LABEL_MAX_WORDS).join(' ')}…`;
}
