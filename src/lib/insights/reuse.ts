/**
 * Who copied whom, from the texts. For each pair of outlets: the passages both print word for word,
 * the trimmed or altered quote wordings they share against the other outlets, what each prints that
 * the other does not, and — only where the evidence supports it — which way the text went and how
 * sure that is.
 *
 * Passages are found the way text-reuse detectors (passim, BLAST) find them: every MIN_RUN_WORDS-word
 * window of every outlet's words goes into one inverted index; a window an earlier outlet also prints
 * seeds a match, which is extended word by word both ways to the longest run. The work follows the
 * words of all outlets plus the matches found, never the outlets squared: a window printed by very
 * many outlets is compared with only PAIR_WINDOW of them.
 */
import { outletKey, sameOutlet } from '../outlet-names.ts';
import { tokenize } from '../normalize.ts';
import { printedWords } from './printed.ts';
import type { OutletAnalysis, Sentence, StoryComparison } from '../types.ts';
import type {
  OutletProvenance,
  ReuseDirection,
  ReusePair,
  ReuseSide,
  SharedRun,
  SharedVariant,
  StoryProvenance,
  StoryReuse,
  TextSpan,
} from './types.ts';

/**
 * The shortest passage counted as printed word for word by two outlets. Seven-word stock phrases
 * recur in unrelated reports of one event ("the Office of the Director of National Intelligence" is
 * seven words alone); eight words in the same order rarely do unless one text came from the other
 * or both from a common text.
 */
export const MIN_RUN_WORDS = 8;

/**
 * Each outlet is compared with at most this many earlier outlets: those it shares the most passages
 * with, looked for among the most recent printers of each passage, this many again. A syndicated
 * text in 300 outlets would otherwise make 45,000 pairs; eight partners per outlet still show who
 * shares it with whom, and keep the work and the data linear in the outlets. `StoryReuse.partial`
 * says when the cap was reached.
 */
export const PAIR_WINDOW = 8;

/**
 * Two outlets' texts count as related when the passages only they print word for word hold at least
 * this many words of the outlets' own wording: outside quotation marks, and neither function words
 * nor capitalised names. Names and titles ("the Office of the Director of National Intelligence
 * (ODNI" is eight words), a quote both took from the same interview, and a passage three outlets
 * print ("prison break involving nearly 6,000 ISIS detainees in northern Syria", probably from the
 * original report) have an explanation that needs neither outlet to have seen the other's text;
 * four plain words of narration in the same order that nobody else prints ("Fears intensified in
 * early January as fighting erupted in Aleppo and" has five) less so.
 */
export const MIN_OWN_WORDS = 4;

/**
 * A pair lists at most this many of its shared passages, the longest; its figures count them all.
 * Two outlets carrying the same wire text share one long passage, not dozens, so a reader loses
 * nothing, and a story of hundreds of near-copies keeps a download of reasonable size.
 */
export const MAX_LISTED_RUNS = 6;

/**
 * Direction from containment: the text of one outlet counts as contained in the other's when at
 * least this share of its words sit in passages both print word for word…
 */
export const CONTAINED_SHARE = 0.8;

/**
 * …and the containing outlet adds at least this many paragraph sentences that state nothing the
 * contained one states. Fewer is a trim, not an expansion, and says nothing about direction.
 */
export const MIN_ADDED_SENTENCES = 2;

/** One outlet's paragraph words in reading order, each with the place it is printed. */
interface Stream {
  outlet: OutletAnalysis;
  prose: Sentence[];
  tokens: string[];
  /** Index into `prose` of each word's sentence. */
  sentence: Int32Array;
  /** Source range of each word as printed. */
  start: Int32Array;
  end: Int32Array;
  /** 1 when the word is inside quotation marks. */
  quoted: Uint8Array;
  /** 1 when the word is the outlet's plain wording: not a function word, not part of a capitalised name. */
  plain: Uint8Array;
}

/** An outlet's paragraph words in reading order, each with its place in the source. */
function streamOf(outlet: OutletAnalysis): Stream {
  const prose = outlet.sentences.filter((s) => s.inParagraph);
  const tokens: string[] = [];
  const sentence: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const plain: number[] = [];
  prose.forEach((s, index) => {
    for (const w of printedWords(s.text, outlet.lang)) {
      tokens.push(w.token);
      sentence.push(index);
      start.push(s.start + w.start);
      end.push(s.start + w.end);
      // Numbers count as the outlets' own wording here: "nearly 6,000" is as telling as "nearly".
      plain.push(w.plain || w.number ? 1 : 0);
    }
  });
  // Quote ranges, merged, walked once beside the words (both are in source order).
  const ranges = outlet.quotes.map((q) => [q.start, q.end] as const).sort((x, y) => x[0] - y[0]);
  const quoted = new Uint8Array(tokens.length);
  let r = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (r < ranges.length && ranges[r]![1] <= start[k]!) r++;
    for (let q = r; q < ranges.length && ranges[q]![0] <= start[k]!; q++) {
      if (end[k]! <= ranges[q]![1]) {
        quoted[k] = 1;
        break;
      }
    }
  }
  return {
    outlet,
    prose,
    tokens,
    sentence: Int32Array.from(sentence),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    quoted,
    plain: Uint8Array.from(plain),
  };
}

/** A run between streams a and b: words [i, i + length) of a and [j, j + length) of b. */
interface RawRun {
  i: number;
  j: number;
  length: number;
}

interface RawPair {
  a: number;
  b: number;
  runs: RawRun[];
  /** Diagonal (i − j) → end in b of the last run found on it, so seeds inside a run are skipped. */
  diagonalEnd: Map<number, number>;
}

/**
 * A number for each MIN_RUN_WORDS-word window of each stream: two 32-bit FNV-style hashes of the
 * words' ids, packed into one safe integer. Equal windows get equal keys; the rare collision of
 * unequal ones is caught when the run is extended word by word.
 */
function windowKeys(streams: readonly Stream[]): Float64Array[] {
  const ids = new Map<string, number>();
  return streams.map(({ tokens }) => {
    const word = Int32Array.from(tokens, (t) => {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size + 1));
      return id;
    });
    const keys = new Float64Array(Math.max(0, tokens.length - MIN_RUN_WORDS + 1));
    for (let j = 0; j < keys.length; j++) {
      let h1 = 0x811c9dc5;
      let h2 = 0x9747b28c;
      for (let k = 0; k < MIN_RUN_WORDS; k++) {
        h1 = Math.imul(h1 ^ word[j + k]!, 0x01000193);
        h2 = Math.imul(h2 ^ word[j + k]!, 0x5bd1e995);
      }
      keys[j] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
    }
    return keys;
  });
}

/**
 * Every run of MIN_RUN_WORDS or more words that two streams share, by pair (a < b). Each outlet is
 * compared with the earlier outlets it shares the most windows with, PAIR_WINDOW of them at most,
 * counted over each window's PAIR_WINDOW most recent printers: the work and the pairs stay linear
 * in the outlets however many print one passage.
 */
function findRuns(streams: readonly Stream[]): { pairs: Map<number, RawPair>; partial: boolean } {
  const n = streams.length;
  const keys = windowKeys(streams);
  const pairs = new Map<number, RawPair>();
  // Window key → its occurrences in the outlets indexed so far: [outlet, position, outlet, position, …].
  const index = new Map<number, number[]>();
  const shared = new Int32Array(n);
  const partner = new Uint8Array(n);
  let partial = false;
  /** Calls `visit(a, i)` for the occurrences of a window in its PAIR_WINDOW most recently indexed outlets. */
  const recent = (postings: readonly number[], visit: (a: number, i: number) => void): void => {
    let outlets = 0;
    let previous = -1;
    for (let p = postings.length - 2; p >= 0; p -= 2) {
      const a = postings[p]!;
      if (a !== previous) {
        if (++outlets > PAIR_WINDOW) {
          partial = true;
          return;
        }
        previous = a;
      }
      visit(a, postings[p + 1]!);
    }
  };
  streams.forEach((_, b) => {
    const K = keys[b]!;
    const touched: number[] = [];
    for (let j = 0; j < K.length; j++) {
      const postings = index.get(K[j]!);
      if (postings !== undefined)
        recent(postings, (a) => {
          if (shared[a] === 0) touched.push(a);
          shared[a]!++;
        });
    }
    if (touched.length > PAIR_WINDOW) partial = true;
    const nearest = touched.sort((x, y) => shared[y]! - shared[x]! || x - y).slice(0, PAIR_WINDOW);
    for (const a of nearest) partner[a] = 1;
    for (const a of touched) shared[a] = 0;
    if (nearest.length > 0) {
      for (let j = 0; j < K.length; j++) {
        const postings = index.get(K[j]!);
        if (postings !== undefined)
          recent(postings, (a, i) => {
            if (partner[a] === 1) extend(a, i, b, j);
          });
      }
    }
    for (const a of nearest) partner[a] = 0;
    for (let j = 0; j < K.length; j++) {
      const postings = index.get(K[j]!);
      if (postings === undefined) index.set(K[j]!, [b, j]);
      else postings.push(b, j);
    }
  });
  return { pairs, partial };

  function extend(a: number, i: number, b: number, j: number): void {
    const code = a * n + b;
    let pair = pairs.get(code);
    const diagonal = i - j;
    if (pair !== undefined && (pair.diagonalEnd.get(diagonal) ?? -1) > j) return;
    const A = streams[a]!.tokens;
    const B = streams[b]!.tokens;
    for (let k = 0; k < MIN_RUN_WORDS; k++) if (A[i + k] !== B[j + k]) return;
    if (pair === undefined) pairs.set(code, (pair = { a, b, runs: [], diagonalEnd: new Map() }));
    let i0 = i;
    let j0 = j;
    while (i0 > 0 && j0 > 0 && A[i0 - 1] === B[j0 - 1]) {
      i0--;
      j0--;
    }
    let length = i - i0 + MIN_RUN_WORDS;
    while (i0 + length < A.length && j0 + length < B.length && A[i0 + length] === B[j0 + length]) length++;
    pair.runs.push({ i: i0, j: j0, length });
    pair.diagonalEnd.set(diagonal, j0 + length);
  }
}

/** Words [from, to) of a stream as spans, one per sentence, each an exact slice of the source. */
function spans(stream: Stream, from: number, to: number): TextSpan[] {
  const out: TextSpan[] = [];
  let k = from;
  while (k < to) {
    const index = stream.sentence[k]!;
    let last = k;
    while (last + 1 < to && stream.sentence[last + 1] === index) last++;
    const s = stream.prose[index]!;
    const start = stream.start[k]!;
    const end = stream.end[last]!;
    out.push({ outlet: s.outlet, sentenceId: s.id, text: s.text.slice(start - s.start, end - s.start), start, end });
    k = last + 1;
  }
  return out;
}

/** Words covered by a set of ranges that may overlap (a passage an outlet prints twice). */
function covered(ranges: readonly (readonly [number, number])[]): number {
  let total = 0;
  let reach = -1;
  for (const [from, to] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (to <= reach) continue;
    total += to - Math.max(from, reach);
    reach = to;
  }
  return total;
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/**
 * Quote wordings two or more outlets print alike while another outlet prints the quote otherwise,
 * and that differ from the cluster's canonical wording: shared cuts and shared alterations. Each
 * group links each outlet with at most PAIR_WINDOW others, as passages do.
 */
function sharedVariants(comparison: StoryComparison): Map<string, SharedVariant[]> {
  const out = new Map<string, SharedVariant[]>();
  for (const cluster of comparison.quoteClusters) {
    const groups = new Map<string, typeof cluster.members>();
    for (const m of cluster.members) {
      if (m.label === 'verbatim') continue;
      const wording = tokenize(m.text).join(' ');
      groups.set(wording, [...(groups.get(wording) ?? []), m]);
    }
    const everyone = new Set(cluster.members.map((m) => m.outlet));
    for (const group of groups.values()) {
      // One member per outlet: an outlet printing the same cut twice is one outlet.
      const members = [...new Map(group.map((m) => [m.outlet, m])).values()];
      const inGroup = new Set(members.map((m) => m.outlet));
      const others = [...everyone].filter((o) => !inGroup.has(o)).sort();
      if (members.length < 2 || others.length === 0) continue;
      members.sort((x, y) => (x.outlet < y.outlet ? -1 : 1));
      members.forEach((mb, k) => {
        for (const ma of members.slice(Math.max(0, k - PAIR_WINDOW), k)) {
          const span = (m: (typeof members)[number]): TextSpan => ({
            outlet: m.outlet,
            sentenceId: m.sentenceId,
            text: m.text,
            start: m.start,
            end: m.end,
          });
          const pairKey = `${ma.outlet}\u0000${mb.outlet}`;
          const list = out.get(pairKey) ?? [];
          list.push({
            cluster: cluster.id,
            label: mb.label === 'trimmed' ? 'trimmed' : 'altered',
            canonical: cluster.canonical,
            a: span(ma),
            b: span(mb),
            others,
          });
          out.set(pairKey, list);
        }
      });
    }
  }
  return out;
}

/** The credit in `to`'s provenance that names `from`'s outlet, if any. */
function statedCredit(to: OutletProvenance | undefined, from: OutletAnalysis): string | undefined {
  const claim = to?.sources.find((s) => s.kind !== 'own-analysis' && sameOutlet(s.source, from.outlet));
  if (claim === undefined) return undefined;
  return claim.span?.text ?? (claim.kind === 'republished-from' ? `republished from ${claim.source}` : claim.source);
}

/** A publication date as a day ("2026-02-18") when only the day is known, else the instant in ms. */
function publishedOrder(a: string, b: string): number | undefined {
  const dateOnly = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);
  if (dateOnly(a) || dateOnly(b)) {
    const [x, y] = [a.slice(0, 10), b.slice(0, 10)];
    return x === y ? undefined : x < y ? -1 : 1;
  }
  const [x, y] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(x) || Number.isNaN(y) || x === y) return undefined;
  return x < y ? -1 : 1;
}

/**
 * Which way the text went, on the strongest evidence there is: a stated source (strong), an earlier
 * publication (likely: the later text cannot be the earlier one's source, but both may share a
 * third), one text contained in the other plus additions (weak: the longer one may instead have
 * been trimmed). Absent when nothing says.
 */
function directionOf(
  pair: Pick<ReusePair, 'a' | 'b' | 'related'>,
  outlets: { a: OutletAnalysis; b: OutletAnalysis },
  provenance: Map<string, OutletProvenance>,
): ReuseDirection | undefined {
  const toB = statedCredit(provenance.get(outlets.b.slug), outlets.a);
  const toA = statedCredit(provenance.get(outlets.a.slug), outlets.b);
  if ((toA === undefined) !== (toB === undefined)) {
    const [from, to, credit] = toB !== undefined ? [outlets.a, outlets.b, toB] : [outlets.b, outlets.a, toA!];
    return {
      from: from.slug,
      to: to.slug,
      confidence: 'strong',
      basis: 'stated',
      reason: `${to.outlet} names ${from.outlet} as its source (“${credit}”).`,
    };
  }
  if (!pair.related || toA !== undefined) return undefined;
  const { published: pa } = pair.a;
  const { published: pb } = pair.b;
  const order = pa !== undefined && pb !== undefined ? publishedOrder(pa, pb) : undefined;
  if (order !== undefined) {
    const [from, to] = order < 0 ? [outlets.a, outlets.b] : [outlets.b, outlets.a];
    return {
      from: from.slug,
      to: to.slug,
      confidence: 'likely',
      basis: 'published',
      reason: `${from.outlet} was published first (${order < 0 ? pa : pb} against ${order < 0 ? pb : pa}); both may also have taken the text from a common source.`,
    };
  }
  for (const [inner, outer, si, so] of [
    [outlets.a, outlets.b, pair.a, pair.b],
    [outlets.b, outlets.a, pair.b, pair.a],
  ] as const) {
    if (si.verbatimShare >= CONTAINED_SHARE && so.onlySentences >= MIN_ADDED_SENTENCES) {
      return {
        from: inner.slug,
        to: outer.slug,
        confidence: 'weak',
        basis: 'containment',
        reason: `${Math.round(si.verbatimShare * 100)}% of ${inner.outlet}’s words are printed word for word by ${outer.outlet}, which adds ${so.onlySentences} sentences of its own; ${inner.outlet} may instead be a cut of ${outer.outlet}.`,
      };
    }
  }
  return undefined;
}

/** `describeReuse(comparison, provenance)`: every related pair of outlets, in slug order. */
export function describeReuse(comparison: StoryComparison, provenance: StoryProvenance): StoryReuse {
  const { outlets } = comparison;
  const streams = outlets.map(streamOf);
  const { pairs: raw, partial } = findRuns(streams);
  const variants = sharedVariants(comparison);
  const bySlug = new Map(outlets.map((o, i) => [o.slug, i]));
  const byProvenance = new Map(provenance.outlets.map((p) => [p.outlet, p]));

  // Pairs to describe: those sharing a passage or a variant, and those linked by a stated source.
  const codes = new Set(raw.keys());
  for (const key of variants.keys()) {
    const [a, b] = key.split('\u0000').map((s) => bySlug.get(s)!);
    codes.add(a! * outlets.length + b!);
  }
  // Names as sameOutlet compares them: equal, or one the start of the other.
  const names = outlets.map((o) => outletKey(o.outlet));
  provenance.outlets.forEach((p) => {
    const to = bySlug.get(p.outlet);
    for (const credit of p.credits) {
      const key = outletKey(credit);
      const from = key === '' ? -1 : names.findIndex((k) => k !== '' && (k.startsWith(key) || key.startsWith(k)));
      if (to === undefined || from < 0 || from === to) continue;
      codes.add(Math.min(from, to) * outlets.length + Math.max(from, to));
    }
  });
  // Each outlet's shared passages with every partner, by start, to tell which passages a third outlet prints too.
  const passages: { from: number; to: number; partner: number }[][] = outlets.map(() => []);
  for (const pair of raw.values()) {
    for (const r of pair.runs) {
      passages[pair.a]!.push({ from: r.i, to: r.i + r.length, partner: pair.b });
      passages[pair.b]!.push({ from: r.j, to: r.j + r.length, partner: pair.a });
    }
  }
  for (const list of passages) list.sort((x, y) => x.from - y.from);
  const longest = passages.map((list) => list.reduce((m, p) => Math.max(m, p.to - p.from), 0));
  /** Outlets other than `b` that print at least half of outlet `a`'s words [i, i + length). */
  const alsoIn = (a: number, b: number, i: number, length: number): string[] => {
    const found = new Set<string>();
    const list = passages[a]!;
    // The first passage that can reach word i starts no earlier than i − (longest passage).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.from < i - longest[a]!) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length; k++) {
      const p = list[k]!;
      if (p.from >= i + length) break;
      if (p.partner !== b && 2 * (Math.min(p.to, i + length) - Math.max(p.from, i)) >= length)
        found.add(outlets[p.partner]!.slug);
    }
    return [...found].sort();
  };
  const claimsOf = outlets.map(() => new Set<string>());
  for (const c of comparison.claimClusters) for (const m of c.members) claimsOf[bySlug.get(m.outlet)!]!.add(c.id);

  const result: ReusePair[] = [...codes]
    .sort((x, y) => x - y)
    .map((code) => {
      const ia = Math.floor(code / outlets.length);
      const ib = code % outlets.length;
      const [oa, ob] = [outlets[ia]!, outlets[ib]!];
      const [sa, sb] = [streams[ia]!, streams[ib]!];
      const runs = raw.get(code)?.runs ?? [];
      const side = (s: Stream, other: number, ranges: (readonly [number, number])[]): ReuseSide => {
        const only = s.prose.filter((p) => !p.claimClusterIds.some((c) => claimsOf[other]!.has(c)));
        const verbatimWords = covered(ranges);
        return {
          outlet: s.outlet.slug,
          words: s.tokens.length,
          verbatimWords,
          verbatimShare: s.tokens.length === 0 ? 0 : round(verbatimWords / s.tokens.length),
          alignedShare: comparison.overlap[s.outlet.slug]?.[outlets[other]!.slug] ?? 0,
          onlySentences: only.length,
          onlyWords: only.reduce((n, p) => n + p.words, 0),
          ...(s.outlet.published !== undefined && { published: s.outlet.published }),
        };
      };
      const measured = runs
        .map((r) => {
          let quotedWords = 0;
          let ownWords = 0;
          for (let k = 0; k < r.length; k++) {
            if (sa.quoted[r.i + k] === 1 || sb.quoted[r.j + k] === 1) quotedWords++;
            else if (sa.plain[r.i + k] === 1 && sb.plain[r.j + k] === 1) ownWords++;
          }
          return { run: r, quotedWords, ownWords, alsoIn: alsoIn(ia, ib, r.i, r.length) };
        })
        .sort((x, y) => y.run.length - x.run.length || x.run.i - y.run.i);
      const exclusiveOwnWords = measured.reduce((n, r) => n + (r.alsoIn.length === 0 ? r.ownWords : 0), 0);
      const shared: SharedRun[] = measured.slice(0, MAX_LISTED_RUNS).map(({ run: r, ...counts }) => ({
        words: r.length,
        ...counts,
        a: spans(sa, r.i, r.i + r.length),
        b: spans(sb, r.j, r.j + r.length),
      }));
      const pairVariants = variants.get(`${oa.slug}\u0000${ob.slug}`) ?? [];
      const stated =
        statedCredit(byProvenance.get(ob.slug), oa) !== undefined ||
        statedCredit(byProvenance.get(oa.slug), ob) !== undefined;
      const pair: ReusePair = {
        a: side(
          sa,
          ib,
          runs.map((r) => [r.i, r.i + r.length] as const),
        ),
        b: side(
          sb,
          ia,
          runs.map((r) => [r.j, r.j + r.length] as const),
        ),
        runs: shared,
        runCount: runs.length,
        exclusiveOwnWords,
        variants: pairVariants,
        related: stated || exclusiveOwnWords >= MIN_OWN_WORDS || pairVariants.length > 0,
      };
      const direction = directionOf(pair, { a: oa, b: ob }, byProvenance);
      if (direction !== undefined) pair.direction = direction;
      return pair;
    });
  return { minRunWords: MIN_RUN_WORDS, pairs: result, partial };
}
