/**
 * The engine's one entry point: a story and its articles in, one StoryComparison out.
 */
import { structureArticle } from './article.ts';
import { claimUnitsOf, clusterClaims } from './claims.ts';
import { clusterQuotes, quoteTokens, type QuoteUnit } from './quote-clusters.ts';
import { sameOutlet } from './outlet-names.ts';
import type { ArticleInput, OutletAnalysis, StoryComparison, StoryInput, TextPart } from './types.ts';

function outletMetadata(
  a: ArticleInput,
): Omit<OutletAnalysis, 'wordCount' | 'blocks' | 'sentences' | 'quotes' | 'sharedShare' | 'uniqueSentences'> {
  return {
    slug: a.slug,
    outlet: a.outlet,
    file: a.file,
    url: a.url,
    title: a.title,
    ...(a.standfirst !== undefined && { standfirst: a.standfirst }),
    ...(a.dateline !== undefined && { dateline: a.dateline }),
    ...(a.published !== undefined && { published: a.published }),
    cites: [...a.cites],
    ...(a.republishedFrom !== undefined && { republishedFrom: a.republishedFrom }),
    removed: [...a.removed],
    lang: a.lang,
  };
}

/**
 * Where a frontmatter field's text is printed in the source, before the body starts: its first
 * occurrence, when YAML left it as written (quoted or plain, no escapes).
 */
function frontmatterRange(article: ArticleInput, text: string | null | undefined): TextPart | undefined {
  if (text === undefined || text === null || text === '') return undefined;
  const start = article.source.indexOf(text);
  const body = article.source.indexOf('\n---', 3);
  return start < 0 || (body >= 0 && start > body) ? undefined : { text, start, end: start + text.length };
}

function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0;
}

export function analyzeStory(story: StoryInput, articles: ArticleInput[]): StoryComparison {
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const outlets: OutletAnalysis[] = sorted.map((article) => {
    const { blocks, sentences, quotes } = structureArticle(article);
    const titleRange = frontmatterRange(article, article.title);
    const standfirstRange = frontmatterRange(article, article.standfirst);
    return {
      ...outletMetadata(article),
      ...(titleRange !== undefined && { titleRange }),
      ...(standfirstRange !== undefined && { standfirstRange }),
      wordCount: sentences.reduce((n, s) => n + s.words, 0),
      blocks,
      sentences,
      quotes,
      sharedShare: 0,
      uniqueSentences: 0,
    };
  });

  const claimUnits = claimUnitsOf(outlets);
  const quoteUnits: QuoteUnit[] = [];
  const sentenceById = new Map(outlets.flatMap((o) => o.sentences.map((s) => [s.id, s] as const)));
  const positionOf = new Map(claimUnits.map((u) => [u.id, u.position]));

  const { clusters: claimClusters, membership } = clusterClaims(claimUnits);
  membership.forEach((ids, i) => {
    const sentence = sentenceById.get(claimUnits[i]!.id);
    if (sentence) sentence.claimClusterIds = ids;
  });
  for (const o of outlets) {
    for (const q of o.quotes) {
      const first = q.sentenceIds[0] ?? '';
      const position = positionOf.get(first);
      const claims = sentenceById.get(first)?.claimClusterIds ?? [];
      if (position !== undefined)
        quoteUnits.push({ outlet: o.slug, quote: q, position, claims, tokens: quoteTokens(q.text) });
    }
  }
  // The original report's own article, when the story includes it, is the reference for its quotes.
  const original = story.originalReport;
  const originalOutlet =
    original === undefined ? undefined : outlets.find((o) => sameOutlet(o.outlet, original.outlet))?.slug;
  const quoteClusters = clusterQuotes(quoteUnits, originalOutlet);

  // Outlets by index, so that the words each pair of outlets shares add up in flat arrays: with
  // hundreds of outlets in one claim cluster, this is the one step whose work grows with the
  // square of the outlets.
  const outletIndex = new Map(outlets.map((o, i) => [o.slug, i]));
  const clusterOutlets = claimClusters.map((c) => c.members.map((m) => outletIndex.get(m.outlet)!));
  // inClusters[sentenceId] = the claim clusters it is in, each with its own outlet there.
  const inClusters = new Map<string, { cluster: number; self: number }[]>();
  claimClusters.forEach((c, cluster) => {
    for (const m of c.members) {
      const list = inClusters.get(m.sentenceId) ?? [];
      list.push({ cluster, self: outletIndex.get(m.outlet)! });
      inClusters.set(m.sentenceId, list);
    }
  });
  // counted[p] === stamp: outlet p is already counted as a partner of the current sentence.
  const counted = new Int32Array(outlets.length).fill(-1);
  let stamp = 0;
  const overlap: Record<string, Record<string, number>> = {};
  for (const o of outlets) {
    const prose = o.sentences.filter((s) => s.inParagraph);
    const total = prose.reduce((n, s) => n + s.words, 0);
    let shared = 0;
    const row: Record<string, number> = {};
    const perOutlet = new Float64Array(outlets.length);
    for (const s of prose) {
      stamp++;
      let partners = 0;
      for (const { cluster, self } of inClusters.get(s.id) ?? []) {
        for (const p of clusterOutlets[cluster]!) {
          if (p === self || counted[p] === stamp) continue;
          counted[p] = stamp;
          partners++;
          perOutlet[p] = perOutlet[p]! + s.words;
        }
      }
      s.unique = partners === 0;
      if (s.unique) o.uniqueSentences++;
      else shared += s.words;
    }
    for (const b of outlets) if (b.slug !== o.slug) row[b.slug] = share(perOutlet[outletIndex.get(b.slug)!]!, total);
    o.sharedShare = share(shared, total);
    overlap[o.slug] = row;
  }
  return { story, outlets, quoteClusters, claimClusters, overlap };
}
