/**
 * Scores an engine's claim clusters, quote clusters and own sentences against a gold standard.
 * Pure: plain data in, plain data out. The inputs are the few fields scoring needs, so a gold file
 * (tests/gold/gold-file.ts) and a StoryComparison (src/lib/types.ts) both fit them as they are.
 *
 * Clusters are compared as sets of pairs, so a cluster split in two or two clusters merged cost in
 * proportion to how many pairs they break or invent.
 *
 * Claims have two scores. The primary one (scoreClaimOutlets) counts what the reader is told: that
 * two outlets print the same claim. Its recall is over (gold claim, outlet A, outlet B) triples: a
 * triple is found when some engine claim cluster holds a sentence of A and a sentence of B that
 * the gold lists for that claim. Its precision is over the engine's pairs of sentences of different
 * outlets in one cluster: a pair is right when some gold claim holds both sentences. The gold lets
 * an outlet state one claim in several sentences (JournalPosts says "transferred to Iraq" in
 * many); the sentence-pair score (scoreClaims, kept as a secondary line) then asks for every one of
 * them to be paired with every other outlet's, which no engine that links each outlet's clearest
 * statement can reach.
 */

export interface PairScore {
  gold: number;
  engine: number;
  /** Pairs in both. */
  matched: number;
  /** Of the engine's pairs, the share the gold has; 1 when the engine has none. */
  precision: number;
  /** Of the gold's pairs, the share the engine has; 1 when the gold has none. */
  recall: number;
  f1: number;
  /** Gold pairs the engine lacks, in reading order. */
  missed: [string, string][];
  /** Engine pairs the gold lacks. */
  wrong: [string, string][];
}

/** Reading order for ids: kurdistan24-p9-s1 before kurdistan24-p10-s1. */
const byId = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** One unordered pair as a set key; `\n` cannot occur in ids. */
function pairKey(a: string, b: string): string {
  return byId(a, b) <= 0 ? `${a}\n${b}` : `${b}\n${a}`;
}

function unpair(key: string): [string, string] {
  const [a, b] = key.split('\n');
  return [a!, b!];
}

/** Precision, recall and F1 of `engine` against `gold`, both sets of pair keys. */
function comparePairs(gold: Set<string>, engine: Set<string>): PairScore {
  const missed = [...gold].filter((k) => !engine.has(k)).sort(byId);
  const wrong = [...engine].filter((k) => !gold.has(k)).sort(byId);
  const matched = engine.size - wrong.length;
  const precision = engine.size === 0 ? 1 : matched / engine.size;
  const recall = gold.size === 0 ? 1 : matched / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    gold: gold.size,
    engine: engine.size,
    matched,
    precision,
    recall,
    f1,
    missed: missed.map(unpair),
    wrong: wrong.map(unpair),
  };
}

// ---------------------------------------------------------------- claims

export interface GoldClaimInput {
  /** Names the claim in the lists of missed triples. */
  id?: string;
  /** Outlet slug → sentence ids. */
  members: Record<string, string[]>;
}

export interface EngineClaimInput {
  members: { outlet: string; sentenceId: string }[];
}

/** Every unordered pair of sentences of different outlets that share a cluster. */
function claimPairs(clusters: { outlet: string; id: string }[][]): Set<string> {
  const pairs = new Set<string>();
  for (const members of clusters) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.outlet !== b.outlet) pairs.add(pairKey(a.id, b.id));
      }
    }
  }
  return pairs;
}

export function scoreClaims(gold: GoldClaimInput[], engine: EngineClaimInput[]): PairScore {
  const goldClusters = gold.map((c) =>
    Object.entries(c.members).flatMap(([outlet, ids]) => ids.map((id) => ({ outlet, id }))),
  );
  const engineClusters = engine.map((c) => c.members.map((m) => ({ outlet: m.outlet, id: m.sentenceId })));
  return comparePairs(claimPairs(goldClusters), claimPairs(engineClusters));
}

/** The primary claim score: outlet pairs per gold claim found, engine sentence pairs right. */
export interface OutletPairScore {
  /** (gold claim, outlet, outlet) triples. */
  gold: number;
  /** The engine's cross-outlet sentence pairs in one cluster. */
  engine: number;
  /** Gold triples the engine finds. */
  found: number;
  /** Engine pairs some gold claim holds. */
  correct: number;
  /** correct / engine; 1 when the engine has no pair. */
  precision: number;
  /** found / gold; 1 when the gold has no triple. */
  recall: number;
  f1: number;
  /** Triples the engine misses: [claim id, outlet, outlet], outlets in alphabetical order. */
  missed: [string, string, string][];
  /** Engine pairs no gold claim holds, as in PairScore. */
  wrong: [string, string][];
}

export function scoreClaimOutlets(gold: GoldClaimInput[], engine: EngineClaimInput[]): OutletPairScore {
  const engineClusters = engine.map((c) => c.members.map((m) => ({ outlet: m.outlet, id: m.sentenceId })));
  const enginePairs = claimPairs(engineClusters);
  const goldPairs = claimPairs(
    gold.map((c) => Object.entries(c.members).flatMap(([outlet, ids]) => ids.map((id) => ({ outlet, id })))),
  );
  const wrong = [...enginePairs].filter((k) => !goldPairs.has(k)).sort(byId);
  const missed: [string, string, string][] = [];
  let triples = 0;
  gold.forEach((claim, n) => {
    const outlets = Object.keys(claim.members).sort();
    for (let i = 0; i < outlets.length; i++) {
      for (let j = i + 1; j < outlets.length; j++) {
        triples++;
        const a = claim.members[outlets[i]!]!;
        const b = claim.members[outlets[j]!]!;
        if (!a.some((x) => b.some((y) => enginePairs.has(pairKey(x, y)))))
          missed.push([claim.id ?? `#${n + 1}`, outlets[i]!, outlets[j]!]);
      }
    }
  });
  const found = triples - missed.length;
  const correct = enginePairs.size - wrong.length;
  const precision = enginePairs.size === 0 ? 1 : correct / enginePairs.size;
  const recall = triples === 0 ? 1 : found / triples;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    gold: triples,
    engine: enginePairs.size,
    found,
    correct,
    precision,
    recall,
    f1,
    missed,
    wrong: wrong.map(unpair),
  };
}

// ---------------------------------------------------------------- quotes

export interface GoldQuoteInput {
  id: string;
  members: { outlet: string; sentence: string; text: string }[];
}

export interface EngineQuoteMemberInput {
  outlet: string;
  sentenceId: string;
  text: string;
}

export interface EngineQuoteInput {
  members: EngineQuoteMemberInput[];
}

/** A gold quote member by its place: `<cluster id>#<index>` (gq7#2). */
export type GoldMemberKey = string;

export interface QuoteScore extends PairScore {
  /** Engine members that match no gold member: quotes the gold does not have, or cut differently. */
  unmatchedEngine: EngineQuoteMemberInput[];
  /** Gold members no engine member matched. */
  unmatchedGold: GoldMemberKey[];
}

/**
 * The gold member an engine member stands for: same outlet, then the same text, else the gold text
 * that contains the engine's or is contained in it (quote boundaries differ by a trailing comma or
 * a trimmed word) with the most characters in common; the sentence the quote starts in breaks ties,
 * so a fragment quoted twice ("moving in helicopters") goes to the right place.
 */
export function matchQuoteMember(member: EngineQuoteMemberInput, gold: GoldQuoteInput[]): GoldMemberKey | undefined {
  let best: { key: GoldMemberKey; rank: number } | undefined;
  for (const cluster of gold) {
    cluster.members.forEach((g, i) => {
      if (g.outlet !== member.outlet) return;
      let overlap: number;
      if (g.text === member.text) overlap = Infinity;
      else if (g.text.includes(member.text)) overlap = member.text.length;
      else if (member.text.includes(g.text)) overlap = g.text.length;
      else return;
      // Same-sentence counts for less than one character of overlap: text decides, place breaks ties.
      const rank = overlap + (g.sentence === member.sentenceId ? 0.5 : 0);
      if (best === undefined || rank > best.rank) best = { key: `${cluster.id}#${i}`, rank };
    });
  }
  return best?.key;
}

/** Every unordered pair of distinct members that share a cluster. */
function memberPairs(clusters: GoldMemberKey[][]): Set<string> {
  const pairs = new Set<string>();
  for (const members of clusters) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        // Two engine quotes matched to one gold member (a quote cut in two) make no pair.
        if (members[i] !== members[j]) pairs.add(pairKey(members[i]!, members[j]!));
      }
    }
  }
  return pairs;
}

export function scoreQuotes(gold: GoldQuoteInput[], engine: EngineQuoteInput[]): QuoteScore {
  const goldClusters = gold.map((c) => c.members.map((_, i) => `${c.id}#${i}`));
  const unmatchedEngine: EngineQuoteMemberInput[] = [];
  const seen = new Set<GoldMemberKey>();
  const engineClusters = engine.map((c) =>
    c.members.flatMap((m) => {
      const key = matchQuoteMember(m, gold);
      if (key === undefined) {
        unmatchedEngine.push(m);
        return [];
      }
      seen.add(key);
      return [key];
    }),
  );
  return {
    ...comparePairs(memberPairs(goldClusters), memberPairs(engineClusters)),
    unmatchedEngine,
    unmatchedGold: goldClusters.flat().filter((k) => !seen.has(k)),
  };
}

// ---------------------------------------------------------------- own sentences

export interface OwnScore {
  gold: number;
  engine: number;
  /** The engine calls them the outlet's own; the gold has them in a claim. */
  wronglyOwn: string[];
  /** The gold calls them the outlet's own; the engine does not. */
  missedOwn: string[];
}

/** `goldOwn`: outlet → own sentence ids; `engineUnique`: ids of the sentences the engine marks unique. */
export function scoreOwn(goldOwn: Record<string, string[]>, engineUnique: string[]): OwnScore {
  const gold = new Set(Object.values(goldOwn).flat());
  const engine = new Set(engineUnique);
  return {
    gold: gold.size,
    engine: engine.size,
    wronglyOwn: [...engine].filter((id) => !gold.has(id)).sort(byId),
    missedOwn: [...gold].filter((id) => !engine.has(id)).sort(byId),
  };
}
