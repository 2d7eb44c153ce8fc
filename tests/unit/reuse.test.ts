import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory, describeDifferences, type ArticleInput, type StoryReuse } from '../../src/lib/index.ts';
import { MIN_OWN_WORDS, MIN_RUN_WORDS, PAIR_WINDOW } from '../../src/lib/insights/reuse.ts';
import { SHIPPED_STORY, shippedStory } from '../support/shipped-story.ts';
import { literalArticle } from '../support/literal-article.ts';

const STORY = { slug: 'literal', title: 'A literal story', summary: 'Something happened.' };

function reuseOf(articles: ArticleInput[]): StoryReuse {
  return describeDifferences(analyzeStory(STORY, articles)).reuse;
}

const SHARED =
  'The harbour authority closed the northern pier on Tuesday after inspectors found cracks in three concrete pylons.';
const MORE =
  'Ferry passengers were sent to the southern terminal, where queues stretched past the fish market by noon.';
const EXTRA_1 = 'Our reporter counted eleven cranes idle beside warehouse seven during the afternoon shift.';
const EXTRA_2 = 'Local bakers said trade dropped sharply once tourists abandoned the waterfront promenade.';

describe('reuse on the shipped story', () => {
  let reuse: StoryReuse;
  let sources: Map<string, string>;
  beforeAll(async () => {
    reuse = (await shippedStory()).differences.reuse;
    sources = new Map((await readStory(SHIPPED_STORY)).articles.map((a) => [a.slug, a.source]));
  });
  const pair = (a: string, b: string) => reuse.pairs.find((p) => p.a.outlet === a && p.b.outlet === b);

  it('says JournalPosts republishes Las Vegas News Magazine, from its frontmatter and its credit line', async () => {
    const { provenance } = (await shippedStory()).differences;
    const jp = provenance.outlets.find((o) => o.outlet === 'journalposts')!;
    expect(jp.chain).toEqual(['Las Vegas News Magazine']);
    const lvnm = jp.sources.filter((s) => s.source === 'Las Vegas News Magazine');
    expect(lvnm.map((s) => [s.kind, s.from])).toEqual([
      ['republished-from', 'frontmatter'],
      ['credit', 'text'],
    ]);
    const credit = lvnm[1]!.span!;
    expect(credit.text).toBe('Source\nLas Vegas News Magazine');
    expect(sources.get('journalposts')!.slice(credit.start, credit.end)).toBe(credit.text);
    expect(jp.credits).toEqual(['Fox News', 'Las Vegas News Magazine']);
  });

  it('measures that Kurdistan24 and bne IntelliNews share most of their text, mostly reworded', () => {
    const p = pair('intellinews', 'kurdistan24')!;
    // Most of each text sits in sentences the other also prints (paraphrases included) …
    expect(p.a.alignedShare).toBeGreaterThan(0.7);
    expect(p.b.alignedShare).toBeGreaterThan(0.7);
    // … but only about a tenth of it word for word.
    expect(p.a.verbatimShare).toBeGreaterThan(0.05);
    expect(p.a.verbatimShare).toBeLessThan(0.2);
    expect(p.related).toBe(true);
    expect(p.exclusiveOwnWords).toBeGreaterThanOrEqual(MIN_OWN_WORDS);
    const fears = p.runs.find((r) => r.a[0]!.text.startsWith('Fears intensified in early January'));
    expect(fears).toMatchObject({ words: 11, quotedWords: 0, alsoIn: [] });
    expect(fears!.b[0]!.sentenceId).toBe('kurdistan24-p7-s1');
    // Nothing says which of the two came first.
    expect(p.direction).toBeUndefined();
  });

  it('finds the opening passage three outlets share, and says a third prints it too', () => {
    const p = pair('daljoog-news', 'top-real-news')!;
    const lede = p.runs[0]!;
    expect(lede.a[0]!.text).toBe('catastrophic prison break involving nearly 6,000 ISIS detainees in northern Syria');
    expect(lede.alsoIn).toEqual(['journalposts']);
    // A passage others print too, and names, are no evidence that these two saw each other's text.
    expect(p.related).toBe(false);
  });

  it('keeps a quote both print from the interview apart from shared wording', () => {
    const p = pair('kurdistan24', 'top-real-news')!;
    const quote = p.runs.find((r) => r.a[0]!.text.startsWith('If these 6,000 or so got out'))!;
    expect(quote.quotedWords).toBeGreaterThanOrEqual(20);
    expect(quote.ownWords).toBe(0);
    expect(p.related).toBe(false);
  });

  it('gives Daljoog News, which names no source, no direction and no related pair', async () => {
    const { provenance } = (await shippedStory()).differences;
    expect(provenance.unsourced).toEqual(['daljoog-news']);
    const daljoog = reuse.pairs.filter((p) => p.a.outlet === 'daljoog-news' || p.b.outlet === 'daljoog-news');
    expect(daljoog.length).toBeGreaterThan(0);
    expect(daljoog.every((p) => !p.related && p.direction === undefined)).toBe(true);
  });

  it('infers no direction anywhere: no outlet of the story names another, and no page shows a date', () => {
    expect(reuse.pairs.filter((p) => p.direction !== undefined)).toEqual([]);
    expect(reuse.partial).toBe(false);
  });

  it('prints every passage as an exact slice of its file, at least MIN_RUN_WORDS long', () => {
    expect(reuse.minRunWords).toBe(MIN_RUN_WORDS);
    for (const p of reuse.pairs) {
      for (const r of p.runs) {
        expect(r.words).toBeGreaterThanOrEqual(MIN_RUN_WORDS);
        for (const s of [...r.a, ...r.b]) expect(sources.get(s.outlet)!.slice(s.start, s.end)).toBe(s.text);
      }
      expect(p.runCount).toBeGreaterThanOrEqual(p.runs.length);
    }
  });
});

describe('reuse on literal texts', () => {
  it('finds a run of exactly MIN_RUN_WORDS words, across punctuation and case, and nothing shorter', () => {
    const eight = 'Crews repaired the broken water main near city hall';
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${eight} overnight. Rain fell.`),
      literalArticle(
        'b',
        'Beta Daily',
        `Yesterday CREWS repaired the broken water-main near City Hall, officials said.`,
      ),
      literalArticle('c', 'Gamma Times', `Crews repaired the broken water main near the station.`),
    ]);
    const ab = r.pairs.find((p) => p.a.outlet === 'a' && p.b.outlet === 'b')!;
    expect(ab.runs.map((x) => [x.words, x.a[0]!.text, x.b[0]!.text])).toEqual([
      [MIN_RUN_WORDS + 1, `${eight}`, 'CREWS repaired the broken water-main near City Hall'],
    ]);
    // "Crews repaired the broken water main near" is seven words: no pair with c.
    expect(r.pairs.some((p) => p.b.outlet === 'c')).toBe(false);
  });

  it('follows a passage across sentences', () => {
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${SHARED} ${MORE}`),
      literalArticle('b', 'Beta Daily', `In other news. ${SHARED} ${MORE} More later.`),
    ]);
    const run = r.pairs[0]!.runs[0]!;
    expect(run.a.map((s) => s.sentenceId)).toEqual(['a-p1-s1', 'a-p1-s2']);
    expect(run.b.map((s) => s.sentenceId)).toEqual(['b-p1-s2', 'b-p1-s3']);
  });

  it('reads a stated republication as a strong direction', () => {
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${SHARED} ${MORE}`),
      literalArticle('b', 'Beta Daily', `${SHARED} ${MORE}`, { republishedFrom: 'Alpha Post' }),
    ]);
    expect(r.pairs[0]!.direction).toMatchObject({ from: 'a', to: 'b', confidence: 'strong', basis: 'stated' });
    expect(r.pairs[0]!.direction!.reason).toBe(
      'Beta Daily names Alpha Post as its source (“republished from Alpha Post”).',
    );
  });

  it('reads "according to" another outlet of the story as a stated source', () => {
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${SHARED}`),
      literalArticle('b', 'Beta Daily', `According to Alpha Post, the pier is shut. ${EXTRA_1}`),
    ]);
    expect(r.pairs[0]).toMatchObject({
      related: true,
      runCount: 0,
      direction: { from: 'a', to: 'b', basis: 'stated' },
    });
  });

  it('takes the earlier publication as the likely source', () => {
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${SHARED} ${MORE}`, { published: '2026-03-02T09:00:00Z' }),
      literalArticle('b', 'Beta Daily', `${SHARED} ${MORE}`, { published: '2026-03-01T18:30:00Z' }),
    ]);
    expect(r.pairs[0]!.direction).toMatchObject({ from: 'b', to: 'a', confidence: 'likely', basis: 'published' });
  });

  it('does not order two texts published the same day when one gives only the day', () => {
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${SHARED} ${MORE}`, { published: '2026-03-02' }),
      literalArticle('b', 'Beta Daily', `${SHARED} ${MORE}`, { published: '2026-03-02T18:30:00Z' }),
    ]);
    expect(r.pairs[0]!.direction).toBeUndefined();
  });

  it('reads one text contained in another that adds to it as a weak direction', () => {
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${SHARED} ${MORE}`),
      literalArticle('b', 'Beta Daily', `${SHARED} ${MORE}\n\n${EXTRA_1}\n\n${EXTRA_2}`),
    ]);
    const p = r.pairs[0]!;
    expect(p.a.verbatimShare).toBe(1);
    expect(p.b.onlySentences).toBe(2);
    expect(p.direction).toMatchObject({ from: 'a', to: 'b', confidence: 'weak', basis: 'containment' });
  });

  it('leaves the direction unknown when both texts add to what they share', () => {
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `${SHARED} ${MORE}\n\n${EXTRA_1}`),
      literalArticle('b', 'Beta Daily', `${SHARED} ${MORE}\n\n${EXTRA_2}`),
    ]);
    expect(r.pairs[0]!.related).toBe(true);
    expect(r.pairs[0]!.direction).toBeUndefined();
  });

  it('finds a cut of a quote two outlets share while the others print it whole', () => {
    const whole = 'We will keep the pier closed until every pylon has been replaced and tested';
    const cut = 'We will keep the pier closed';
    const r = reuseOf([
      literalArticle('a', 'Alpha Post', `“${whole},” the harbour master said.`),
      literalArticle('b', 'Beta Daily', `The harbour master said: “${whole}.”`),
      literalArticle('c', 'Gamma Times', `“${whole},” she told reporters.`),
      literalArticle('d', 'Delta News', `“${cut},” the harbour master promised.`),
      literalArticle('e', 'Echo Wire', `The harbour master vowed: “${cut}.”`),
    ]);
    const de = r.pairs.find((p) => p.a.outlet === 'd' && p.b.outlet === 'e')!;
    expect(de.variants).toMatchObject([
      { label: 'trimmed', a: { text: cut }, b: { text: `${cut}.` }, others: ['a', 'b', 'c'] },
    ]);
    expect(de.related).toBe(true);
    // Printing the quote as most outlets do is no shared variant.
    expect(r.pairs.find((p) => p.a.outlet === 'a' && p.b.outlet === 'b')?.variants ?? []).toEqual([]);
  });

  it('compares each outlet with at most PAIR_WINDOW others when very many print one passage', () => {
    const n = PAIR_WINDOW * 3;
    const articles = Array.from({ length: n }, (_, i) =>
      literalArticle(`o${String(i).padStart(2, '0')}`, `Outlet ${i}`, `${SHARED} ${MORE}`),
    );
    const r = reuseOf(articles);
    expect(r.partial).toBe(true);
    expect(r.pairs.length).toBeLessThanOrEqual(n * PAIR_WINDOW);
    // Every outlet is still linked to some other.
    const linked = new Set(r.pairs.flatMap((p) => [p.a.outlet, p.b.outlet]));
    expect(linked.size).toBe(n);
  });
});
