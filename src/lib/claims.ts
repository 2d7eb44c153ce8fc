/**
 * Claim clusters: the same statement in different outlets' sentences.
 *
 * Sentences are compared on their terms (src/lib/terms.ts: lemmas, names from the alias table,
 * numbers by magnitude). Candidate pairs come from an inverted index of single terms, so a
 * paraphrase that shares no two words in a row ("CENTCOM surged resources … helicopters" /
 * "carried out using helicopters and additional resources") is still compared; terms printed all
 * through the story are dropped from the index, so the cost follows real matches, not outlets
 * squared. Each pair is scored on the evidence it shares — terms weighted by how rare they are in
 * the story, the share of each sentence they cover, the gap between their places in the two
 * articles — and the score says how sure the match is: strong, likely or weak. Strong and likely
 * pairs build clusters, strongest first; a weak pair only attaches a sentence as a possible match,
 * or joins two clusters whose members all resemble each other.
 *
 * A sentence may sit in several clusters when different parts of it match (a long lead states
 * several claims); an outlet may sit in one cluster with several sentences when it says the same
 * thing twice, so a restatement is not called the outlet's own.
 */
import { candidatePairs, type AlignUnit } from './align.ts';
import { byReadingOrder, median } from './positions.ts';
import { claimTerms, type Term } from './terms.ts';
import type { ClaimCluster, ClaimEvidence, ClaimMember, Confidence, OutletAnalysis } from './types.ts';

/**
 * A term found in more than this many sentences per outlet on average ("ISIS", "detainees",
 * "official" in this story) is the story's vocabulary, not evidence that two sentences state the
 * same thing: it is not used to find candidates (it still counts, with its low weight, in scores).
 */
export const TERM_MAX_POSTINGS_PER_OUTLET = 3;

/**
 * Pair scores (0–1) at which a match is shown as strong, likely or weak (a "possible match").
 * Read on the gold standard (tests/gold, `npm run eval -- --verbose`): from 0.45 up, pairs are
 * the same statement in near-identical words; from 0.25 they are paraphrases sharing the rare
 * words of the claim ("Fears intensified in early January as fighting erupted in Aleppo"): of the
 * sentence pairs of different outlets scoring 0.25–0.30, 26 are one gold claim and 7 are not, near
 * the share above 0.30 (24 to 4 between 0.30 and 0.35); between 0.22 and 0.25 it is 20
 * to 12 and below 0.22 one to one ("the Iraqi government" and a date), so those are shown as
 * possible matches and never asserted, or not at all.
 */
export const STRONG_SCORE = 0.45;
export const LIKELY_SCORE = 0.25;
export const WEAK_SCORE = 0.22;

/**
 * A pair needs at least this many shared terms: one word in common ("embassy", "stakes") is a
 * topic, not a claim, however short the sentence that carries it.
 */
export const MIN_SHARED_TERMS = 2;

/**
 * Articles tell a story in roughly the same order. A pair whose places in their articles (0–1)
 * differ by more than POSITION_FREE loses POSITION_PENALTY per unit of the excess: a lead against
 * a closing line needs more words in common than two leads.
 */
export const POSITION_FREE = 0.25;
export const POSITION_PENALTY = 0.3;

/**
 * PHRASE_TERMS or more terms printed in the same order, one after the other ("reversing years of
 * counterterrorism gains" / "… progress", "coordinated across agencies"), are a phrase the two
 * sentences share, and add PHRASE_BONUS to the pair's score.
 */
export const PHRASE_TERMS = 3;

/**
 * A sentence joins a second cluster only if the terms it matched there overlap the terms that put
 * it in its first cluster by less than this share: a different part of a long sentence, i.e. a
 * second claim, not the same claim seen twice.
 */
export const SECOND_CLAIM_MAX_OVERLAP = 0.34;

/**
 * …and only if the stretch of the sentence it matched there (first to last matched term) lies
 * mostly outside the stretch of its first claim. Two claims of one sentence sit in different
 * clauses; two paraphrases of one short claim match interleaved words and must stay one cluster.
 */
export const SECOND_CLAIM_MAX_SPAN_OVERLAP = 0.5;

/**
 * Two clusters that a likely pair links are one claim when at least this share of the pairs of
 * their members (of different outlets) scored as at least a possible match: found apart, the
 * restatements of one claim still resemble each other across the two groups; two claims that
 * meet in one long sentence do not.
 */
export const MERGE_MIN_LINKAGE = 0.5;

/**
 * Linkage is measured on at most this many members of each cluster (the first to join, the most
 * central): it bounds the work of a merge when hundreds of outlets print one claim.
 */
export const LINKAGE_SAMPLE = 16;

/**
 * Evidence from a claim, not one pair. A sentence no pair placed joins a claim as a possible match
 * when it resembles, each at least at CLUSTER_EVIDENCE_SCORE, the stated members of at least
 * CLUSTER_EVIDENCE_OUTLETS other outlets there: one pair that weak is a shared topic (on the gold
 * standard, pairs of 0.12–0.22 are one gold claim about one time in three), but a sentence that
 * resembles two outlets' wordings of one claim at once, by the same words of its own, says what
 * they say (JournalPosts p9's "supported declassification of intelligence for legal proceedings"
 * and Kurdistan24's and IntelliNews's "reviewing what intelligence can be declassified"). Its score
 * there is the support of those pairs, 1 − ∏(1 − score): possible match or, when the outlets
 * together reach LIKELY_SCORE, likely.
 */
export const CLUSTER_EVIDENCE_SCORE = 0.12;
export const CLUSTER_EVIDENCE_OUTLETS = 2;

/** A sentence taking part in alignment. `tokens` are its term keys, for the candidate index. */
export interface ClaimUnit extends AlignUnit {
  id: string;
  text: string;
  start: number;
  end: number;
  /** Relative position (0–1) in its article. */
  position: number;
  /** Its terms, with offsets into `text`. */
  terms: readonly Term[];
}

/**
 * The units alignment compares: every outlet's paragraph sentences (headings, captions and credits
 * are not reporting), each with its place in its article and its terms.
 */
export function claimUnitsOf(
  outlets: readonly Pick<OutletAnalysis, 'slug' | 'outlet' | 'dateline' | 'sentences'>[],
): ClaimUnit[] {
  return outlets.flatMap((o) => {
    const prose = o.sentences.filter((s) => s.inParagraph);
    return prose.map((s, i) => {
      const t = claimTerms(s.text, i === 0 ? o.dateline : undefined, o.outlet);
      return {
        outlet: o.slug,
        id: s.id,
        text: s.text,
        start: s.start,
        end: s.end,
        position: (i + 0.5) / prose.length,
        terms: t,
        tokens: t.map((x) => x.key),
      };
    });
  });
}

export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  /** Indices into each unit's terms of the terms the two share. */
  matchedA: number[];
  matchedB: number[];
}

export function confidenceOf(score: number): Confidence | undefined {
  if (score >= STRONG_SCORE) return 'strong';
  if (score >= LIKELY_SCORE) return 'likely';
  if (score >= WEAK_SCORE) return 'weak';
  return undefined;
}

/** Inverse document frequency of each term key over the units: log((N + 1) / df). */
export function termWeights(units: readonly AlignUnit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const u of units) for (const t of new Set(u.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = units.length;
  const weights = new Map<string, number>();
  for (const [t, d] of df) weights.set(t, Math.log((n + 1) / d));
  return weights;
}

/** A term list prepared once for all of its pairs: each key's positions and weight, and the total weight. */
interface Bag {
  keys: readonly string[];
  positions: Map<string, number[]>;
  weights: number[];
  total: number;
}

function bag(keys: readonly string[], weights: ReadonlyMap<string, number>): Bag {
  const positions = new Map<string, number[]>();
  const w: number[] = [];
  let total = 0;
  keys.forEach((k, i) => {
    const list = positions.get(k);
    if (list === undefined) positions.set(k, [i]);
    else list.push(i);
    const x = weights.get(k) ?? 1;
    w.push(x);
    total += x;
  });
  return { keys, positions, weights: w, total };
}

/**
 * The evidence two term lists share and its score. Terms are matched as bags (a paraphrase
 * reorders), each key as often as both print it, earliest first. The score averages the Dice
 * share of the weight both carry and the share of the lighter list covered (a short claim restated
 * inside a long sentence), less the position penalty. Symmetric in a and b.
 */
export function matchTerms(
  a: readonly string[],
  b: readonly string[],
  weights: ReadonlyMap<string, number>,
  positionGap = 0,
): Omit<ScoredPair, 'a' | 'b'> {
  const m = matchBags(bag(a, weights), bag(b, weights));
  return { ...m, score: placedScore(m.score, positionGap, a, b) };
}

/**
 * The score less the position penalty (never below 0; 0 stays 0); a possible match whose two
 * sentences print a phrase of PHRASE_TERMS terms is likely (the run is looked for only then).
 */
function placedScore(score: number, positionGap: number, a: readonly string[], b: readonly string[]): number {
  const placed = Math.max(0, score - POSITION_PENALTY * Math.max(0, positionGap - POSITION_FREE));
  return placed >= WEAK_SCORE && placed < LIKELY_SCORE && sharedRun(a, b) >= PHRASE_TERMS ? LIKELY_SCORE : placed;
}

/** The shared terms of two bags and their score before the position penalty. */
function matchBags(a: Bag, b: Bag): Omit<ScoredPair, 'a' | 'b'> {
  const matchedA: number[] = [];
  const matchedB: number[] = [];
  const shared: number[] = [];
  for (const [k, inB] of b.positions) {
    const inA = a.positions.get(k);
    if (inA === undefined) continue;
    for (let n = 0; n < inA.length && n < inB.length; n++) {
      matchedA.push(inA[n]!);
      matchedB.push(inB[n]!);
      shared.push(b.weights[inB[n]!]!);
    }
  }
  if (matchedB.length < MIN_SHARED_TERMS) return { score: 0, matchedA, matchedB };
  // Summed in one order whichever list comes first, so the score is exactly symmetric.
  const common = shared.sort((x, y) => x - y).reduce((sum, w) => sum + w, 0);
  matchedA.sort((x, y) => x - y);
  matchedB.sort((x, y) => x - y);
  const lighter = Math.min(a.total, b.total);
  const dice = a.total + b.total > 0 ? (2 * common) / (a.total + b.total) : 0;
  const containment = lighter > 0 ? common / lighter : 0;
  return { score: (dice + containment) / 2, matchedA, matchedB };
}

/** The longest run of terms the two lists print in the same order, one after the other. */
function sharedRun(a: readonly string[], b: readonly string[]): number {
  let longest = 0;
  for (let i = 0; i + longest < a.length; i++) {
    for (let j = 0; j + longest < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > longest) longest = k;
    }
  }
  return longest;
}

/** Scored candidate pairs at or above WEAK_SCORE, strongest first. */
export function scorePairs(units: readonly ClaimUnit[], weights: ReadonlyMap<string, number>): ScoredPair[] {
  // Candidate pairs come ordered by a, then b, and the sort is stable: equal scores keep that order.
  return scoreCandidates(units, weights, WEAK_SCORE).sort((x, y) => y.score - x.score);
}

/** Scored candidate pairs at or above `floor`, in candidate order (by a, then b). */
function scoreCandidates(
  units: readonly ClaimUnit[],
  weights: ReadonlyMap<string, number>,
  floor: number,
): ScoredPair[] {
  const keys = units.map((u) => [...new Set(u.tokens)]);
  // Outlets reprint sentences word for word (wire copy, syndication): each distinct term list is
  // prepared once, and each distinct pair of lists matched once.
  const listOf = new Map<string, number>();
  const lists = units.map((u) => {
    const key = u.tokens.join(' ');
    let list = listOf.get(key);
    if (list === undefined) listOf.set(key, (list = listOf.size));
    return list;
  });
  const bags: Bag[] = [];
  units.forEach((u, i) => {
    bags[lists[i]!] ??= bag(u.tokens, weights);
  });
  const matched = new Map<number, Omit<ScoredPair, 'a' | 'b'>>();
  const out: ScoredPair[] = [];
  // One shared indexed term makes a candidate: "The Iraqi government … recognized the stakes" and
  // "Iraqi authorities recognised the gravity" share only "recognise" among the indexed terms
  // ("Iraqi" is too common to be indexed), yet it counts in their score (MIN_SHARED_TERMS holds).
  // At 500 outlets this is three times the candidates that two shared terms give, still linear.
  for (const [a, b] of candidatePairs(units, keys, TERM_MAX_POSTINGS_PER_OUTLET, 1)) {
    const [la, lb] = [lists[a]!, lists[b]!];
    const swap = la > lb;
    const key = swap ? lb * listOf.size + la : la * listOf.size + lb;
    let m = matched.get(key);
    if (m === undefined)
      matched.set(key, (m = swap ? matchBags(bags[lb]!, bags[la]!) : matchBags(bags[la]!, bags[lb]!)));
    const score = placedScore(
      m.score,
      Math.abs(units[a]!.position - units[b]!.position),
      units[a]!.tokens,
      units[b]!.tokens,
    );
    if (score >= floor)
      out.push({ score, a, b, matchedA: swap ? m.matchedB : m.matchedA, matchedB: swap ? m.matchedA : m.matchedB });
  }
  return out;
}

interface Cluster {
  /** unit index → term indices that tied it to this cluster */
  parts: Map<number, Set<number>>;
  /** False once merged into another cluster. */
  alive: boolean;
}

export interface ClaimResult {
  clusters: ClaimCluster[];
  /** unit index → ids of its clusters */
  membership: Map<number, string[]>;
}

export function clusterClaims(units: readonly ClaimUnit[]): ClaimResult {
  const weights = termWeights(units);
  const scored = scoreCandidates(units, weights, Math.min(WEAK_SCORE, CLUSTER_EVIDENCE_SCORE));
  // Candidate order, then a stable sort: equal scores keep it.
  const pairs = scored.filter((p) => p.score >= WEAK_SCORE).sort((x, y) => y.score - x.score);
  // Pairs below WEAK_SCORE serve only as evidence from a claim (below); a sentence that any pair
  // at WEAK_SCORE or above touches is placed by the time they are read.
  const faint = scored.filter((p) => p.score < WEAK_SCORE);
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
    const part = clusters[c]!.parts.get(u) ?? new Set<number>();
    for (const k of matched) part.add(k);
    clusters[c]!.parts.set(u, part);
    const list = of.get(u) ?? [];
    if (!list.includes(c)) list.push(c);
    of.set(u, list);
  };
  const n = units.length;
  const scoreOf = new Map<number, number>();
  for (const p of pairs) scoreOf.set(p.a * n + p.b, p.score).set(p.b * n + p.a, p.score);
  const faintOf = new Map<number, number>();
  for (const p of faint) faintOf.set(Math.min(p.a, p.b) * n + Math.max(p.a, p.b), p.score);
  /** The score of u and v from all scored pairs, the faint ones included (0 when they were not scored). */
  const anyScore = (u: number, v: number): number =>
    scoreOf.get(u * n + v) ?? faintOf.get(Math.min(u, v) * n + Math.max(u, v)) ?? 0;
  // Linkage of two clusters is asked again for every pair between them: it is kept until either
  // cluster's sample changes (its first LINKAGE_SAMPLE members are fixed once it has that many).
  const linkageCache = new Map<string, { sizes: string; value: number }>();
  const linkage = (x: number, y: number): number => {
    const sample = (c: number): number => Math.min(clusters[c]!.parts.size, LINKAGE_SAMPLE);
    const key = `${x} ${y}`;
    const sizes = `${sample(x)} ${sample(y)}`;
    const known = linkageCache.get(key);
    if (known?.sizes === sizes) return known.value;
    const value = measureLinkage(x, y);
    linkageCache.set(key, { sizes, value });
    return value;
  };
  const measureLinkage = (x: number, y: number): number => {
    const xs = firstKeys(clusters[x]!.parts, LINKAGE_SAMPLE);
    const ys = firstKeys(clusters[y]!.parts, LINKAGE_SAMPLE);
    let linked = 0;
    let all = 0;
    for (const u of xs) {
      for (const v of ys) {
        if (units[u]!.outlet === units[v]!.outlet) continue;
        all++;
        if (scoreOf.has(u * n + v)) linked++;
      }
    }
    return all === 0 ? 0 : linked / all;
  };
  /**
   * Whether every sampled member of x resembles every sampled member of y of another outlet, each
   * pair scoring at least CLUSTER_EVIDENCE_SCORE. A possible match alone is no evidence that the
   * two claims it links are one; found apart, the halves of one claim ("US officials believed
   * that a collapse of the prisons amid the chaos…" / "U.S. intelligence agencies feared that if
   * the prisons collapsed…") still all resemble each other, and claims that merely touch do not.
   */
  const resembleThroughout = (x: number, y: number): boolean => {
    const ys = firstKeys(clusters[y]!.parts, LINKAGE_SAMPLE);
    let all = 0;
    for (const u of firstKeys(clusters[x]!.parts, LINKAGE_SAMPLE)) {
      for (const v of ys) {
        if (units[u]!.outlet === units[v]!.outlet) continue;
        all++;
        if (anyScore(u, v) < CLUSTER_EVIDENCE_SCORE) return false;
      }
    }
    return all > 0;
  };
  const merge = (x: number, y: number, p: ScoredPair): void => {
    // The smaller cluster moves into the larger: each member moves O(log n) times at most.
    const [keep, drop] = clusters[x]!.parts.size >= clusters[y]!.parts.size ? [x, y] : [y, x];
    const B = clusters[drop]!;
    for (const [u, part] of B.parts) {
      of.set(
        u,
        (of.get(u) ?? []).filter((c) => c !== drop),
      );
      add(keep, u, [...part]);
    }
    B.alive = false;
    add(keep, p.a, p.matchedA);
    add(keep, p.b, p.matchedB);
  };
  const fresh = (p: ScoredPair): void => {
    clusters.push({ parts: new Map(), alive: true });
    add(clusters.length - 1, p.a, p.matchedA);
    add(clusters.length - 1, p.b, p.matchedB);
  };
  for (const p of pairs) {
    const strength = confidenceOf(p.score);
    const ca = continued(p.a, p.matchedA);
    const cb = continued(p.b, p.matchedB);
    if (strength === 'weak') {
      // A possible match never grows a claim through a sentence already in one, and joins two
      // claims only when they resemble each other throughout: it attaches a sentence nothing else
      // has placed, or pairs two such, or pairs one such with another claim of a placed sentence
      // (a clause its claims left out).
      const placedA = (of.get(p.a) ?? []).length > 0;
      const placedB = (of.get(p.b) ?? []).length > 0;
      if (ca !== undefined && cb !== undefined && ca !== cb && resembleThroughout(ca, cb)) merge(ca, cb, p);
      else if (!placedA && !placedB) fresh(p);
      else if (!placedB) {
        if (ca === undefined) fresh(p);
        else add(ca, p.b, p.matchedB);
      } else if (!placedA) {
        if (cb === undefined) fresh(p);
        else add(cb, p.a, p.matchedA);
      }
      continue;
    }
    if (ca !== undefined && ca === cb) {
      add(ca, p.a, p.matchedA);
      add(ca, p.b, p.matchedB);
    } else if (ca !== undefined && cb !== undefined) {
      if (linkage(ca, cb) < MERGE_MIN_LINKAGE) continue;
      merge(ca, cb, p);
    } else if (ca !== undefined) {
      add(ca, p.a, p.matchedA);
      add(ca, p.b, p.matchedB);
    } else if (cb !== undefined) {
      add(cb, p.a, p.matchedA);
      add(cb, p.b, p.matchedB);
    } else fresh(p);
  }

  // Each member's score: its best pair with a member of another outlet in the same cluster. From
  // the scored pairs only: no new comparisons, so this stays linear in the pairs.
  const best = new Map<number, ScoredPair>();
  const keyOf = (c: number, u: number): number => c * units.length + u;
  const total = new Map<number, number>();
  for (const p of pairs) {
    for (const c of of.get(p.a) ?? []) {
      if (!clusters[c]!.parts.has(p.b) || !clusters[c]!.alive) continue;
      for (const u of [p.a, p.b]) {
        const k = keyOf(c, u);
        if ((best.get(k)?.score ?? -1) < p.score) best.set(k, p);
        total.set(k, (total.get(k) ?? 0) + p.score);
      }
    }
  }

  // Evidence from a claim: each sentence's best pair with the stated members of each other outlet
  // in each cluster, from all scored pairs, the weakest included.
  const stated = (c: number, v: number): boolean => (best.get(keyOf(c, v))?.score ?? 0) >= LIKELY_SCORE;
  type Found = { pair: ScoredPair; self: readonly number[] };
  // unit → cluster → other outlet → its best pair with a stated member of that outlet there
  const evidence = new Map<number, Map<number, Map<string, Found>>>();
  for (const p of faint) {
    for (const [u, v, self] of [
      [p.a, p.b, p.matchedA],
      [p.b, p.a, p.matchedB],
    ] as const) {
      if ((of.get(u) ?? []).length > 0) continue;
      for (const c of of.get(v) ?? []) {
        if (!clusters[c]!.alive || !stated(c, v)) continue;
        const byCluster = evidence.get(u) ?? new Map<number, Map<string, Found>>();
        evidence.set(u, byCluster);
        const byOutlet = byCluster.get(c) ?? new Map<string, Found>();
        byCluster.set(c, byOutlet);
        const outlet = units[v]!.outlet;
        if ((byOutlet.get(outlet)?.pair.score ?? -1) < p.score) byOutlet.set(outlet, { pair: p, self });
      }
    }
  }
  // Pairs that each fall short of certainty add up when they reach different outlets' wordings:
  // the support is 1 − ∏(1 − score) over the outlets, as independent pieces of evidence combine.
  const support = (found: readonly Found[]): number => 1 - found.reduce((x, f) => x * (1 - f.pair.score), 1);
  const strongestOf = (found: readonly Found[]): ScoredPair =>
    found.reduce((x, y) => (y.pair.score > x.pair.score ? y : x)).pair;
  for (const [u, byCluster] of evidence) {
    // A sentence no pair placed joins the claim whose members support it most.
    let chosen: { c: number; score: number; found: Found[] } | undefined;
    for (const [c, byOutlet] of byCluster) {
      if (byOutlet.size < CLUSTER_EVIDENCE_OUTLETS) continue;
      const found = [...byOutlet.values()];
      // The outlets must support the same words of the sentence, not each a different one.
      const keysOf = (f: Found): Set<string> => new Set(f.self.map((k) => units[u]!.tokens[k]!));
      const common = found.map(keysOf).reduce((x, y) => new Set([...x].filter((k) => y.has(k))));
      if (common.size < 1) continue;
      const score = support(found);
      if (chosen === undefined || score > chosen.score) chosen = { c, score, found };
    }
    if (chosen === undefined) continue;
    add(
      chosen.c,
      u,
      chosen.found.flatMap((f) => f.self),
    );
    best.set(keyOf(chosen.c, u), { ...strongestOf(chosen.found), score: chosen.score });
  }

  const built = clusters
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.alive)
    .map(({ c, index }) => {
      const indices = [...c.parts.keys()]
        .filter((u) => best.has(keyOf(index, u)))
        .sort((x, y) => (units[x]!.outlet < units[y]!.outlet ? -1 : units[x]!.outlet > units[y]!.outlet ? 1 : x - y));
      const members: ClaimMember[] = indices.map((u) =>
        member(units[u]!, best.get(keyOf(index, u))!.score, c.parts.get(u)!),
      );
      // The label comes from the member most strongly tied to the others: the most widely shared wording.
      const central = indices
        .map((u, i) => ({ i, weight: total.get(keyOf(index, u)) ?? 0 }))
        .sort((p, q) => q.weight - p.weight || p.i - q.i)[0]!.i;
      return {
        indices,
        position: median(indices.map((u) => units[u]!.position)),
        firstKey: members[0]!.sentenceId,
        label: shortLabel(members[central]!.part.text),
        confidence: strongest(members.map((m) => m.confidence)),
        members,
      };
    })
    .filter((c) => new Set(c.members.map((m) => m.outlet)).size > 1)
    .sort(byReadingOrder);

  const membership = new Map<number, string[]>();
  const result: ClaimCluster[] = built.map((c, n) => {
    const id = `c${n + 1}`;
    for (const x of c.indices) membership.set(x, [...(membership.get(x) ?? []), id]);
    return {
      id,
      label: c.label,
      confidence: c.confidence,
      position: Math.round(c.position * 1000) / 1000,
      members: c.members,
    };
  });
  return { clusters: result, membership };
}

/** The first n keys of a map, without copying the rest. */
function firstKeys<K>(map: ReadonlyMap<K, unknown>, n: number): K[] {
  const out: K[] = [];
  for (const k of map.keys()) {
    if (out.length >= n) break;
    out.push(k);
  }
  return out;
}

const RANK: Readonly<Record<Confidence, number>> = { strong: 2, likely: 1, weak: 0 };

/**
 * Each outlet's member of a cluster, in the cluster's order: its best-scoring sentence there (an
 * outlet that states the claim twice is shown once, by its closest wording; the first on a tie).
 * With `stated`, possible matches (weak members) are left out: what the site states as the same claim.
 */
export function outletMembers(cluster: ClaimCluster, stated = false): ClaimMember[] {
  const best = new Map<string, ClaimMember>();
  for (const m of cluster.members) {
    if (stated && m.confidence === 'weak') continue;
    const current = best.get(m.outlet);
    if (current === undefined || m.score > current.score) best.set(m.outlet, m);
  }
  return cluster.members.filter((m) => best.get(m.outlet) === m);
}

function strongest(levels: readonly Confidence[]): Confidence {
  return levels.reduce<Confidence>((x, y) => (RANK[y] > RANK[x] ? y : x), 'weak');
}

/** A unit as a cluster member: its score, confidence, the part of it that matched and the evidence. */
function member(u: ClaimUnit, score: number, part: ReadonlySet<number>): ClaimMember {
  const evidence = evidenceOf(u, [...part]);
  // The part runs from the first matched term to the last (the whole sentence when none matched).
  const from = evidence[0]?.start ?? u.start;
  const to = evidence.at(-1)?.end ?? u.end;
  const rounded = Math.round(score * 1000) / 1000;
  return {
    outlet: u.outlet,
    sentenceId: u.id,
    text: u.text,
    start: u.start,
    end: u.end,
    score: rounded,
    confidence: confidenceOf(rounded) ?? 'weak',
    part: { text: u.text.slice(from - u.start, to - u.start), start: from, end: to },
    evidence,
  };
}

/** The unit's terms at these indices as spans of the source, in reading order. */
export function evidenceOf(u: ClaimUnit, indices: readonly number[]): ClaimEvidence[] {
  return [...indices]
    .sort((x, y) => x - y)
    .map((k) => {
      const t = u.terms[k]!;
      return { kind: t.kind, text: u.text.slice(t.start, t.end), start: u.start + t.start, end: u.start + t.end };
    });
}

/** Words in a claim cluster's label; enough to recognise the statement in a list. */
export const LABEL_MAX_WORDS = 14;

function shortLabel(text: string): string {
  const words = text.replace(/^[\s”’]+/u, '').split(/\s+/u);
  return words.length <= LABEL_MAX_WORDS ? words.join(' ') : `${words.slice(0, LABEL_MAX_WORDS).join(' ')}…`;
}
