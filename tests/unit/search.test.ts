import fc from 'fast-check';
import type { FuseResult } from 'fuse.js/basic';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import type { QuoteLabel, StoryComparison } from '../../src/lib/types.ts';
import { clusterMembers, groupResults, type QuoteResult, type SearchResult } from '../../src/search/group.ts';
import { highlightSegments } from '../../src/search/highlight.ts';
import { foldForSearch, normaliseQuery } from '../../src/search/normalise.ts';
import { createSearchIndex, loadSearcher } from '../../src/search/options.ts';
import type { SearchRecord } from '../../src/search/record.ts';
import { searchRecords } from '../../src/search/records.ts';

const FIVE_OUTLETS = ['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24', 'top-real-news'];

let comparison: StoryComparison;
let records: SearchRecord[];
let search: (query: string) => FuseResult<SearchRecord>[];
let results: (query: string) => SearchResult[];

beforeAll(async () => {
  const { story, articles } = await readStory('content/isis-detainee-transfer');
  comparison = analyzeStory(story, articles);
  records = searchRecords(comparison);
  // The index goes through JSON exactly as it does between the build and the browser.
  const shipped = JSON.parse(JSON.stringify({ records, index: createSearchIndex(records) })) as {
    records: SearchRecord[];
    index: ReturnType<typeof createSearchIndex>;
  };
  search = loadSearcher(shipped.records, shipped.index);
  const members = clusterMembers(shipped.records);
  results = (query) => groupResults(search(query), members);
});

/** The marked runs of a hit's text, in order. */
function marked(hit: FuseResult<SearchRecord>): string[] {
  const ranges = hit.matches?.flatMap((m) => m.indices) ?? [];
  return highlightSegments(hit.item.text, ranges)
    .filter((s) => s.mark)
    .map((s) => s.text);
}

function sentenceTexts(query: string): string[] {
  return search(query)
    .filter((hit) => hit.item.cluster === undefined)
    .map((hit) => hit.item.text);
}

describe('folding text for matching', () => {
  it('turns curly, low-9 and angle quotation marks into straight ones', () => {
    expect(foldForSearch('“We don’t,” he said, „so‟ «non» ‹oui› ′')).toBe(
      '"we don\'t," he said, "so" "non" \'oui\' \'',
    );
  });

  it('drops case and diacritics, including letters without a decomposition', () => {
    expect(foldForSearch('Türkiye, ŁÓDŹ, Đoàn, Øresund, ÇA')).toBe('turkiye, lodz, doan, oresund, ca');
  });

  it('keeps every character where it was, so match ranges index the printed text', () => {
    expect(foldForSearch('İstanbul straße ǅ')).toHaveLength('İstanbul straße ǅ'.length);
    // Code points from anywhere (lone surrogates included), weighted towards Latin letters with accents.
    const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x24f }), fc.integer({ min: 0, max: 0x10ffff }));
    const text = fc.array(codePoint.map((c) => String.fromCodePoint(c))).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (t) => foldForSearch(t).length === t.length),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 300) },
    );
  });

  it('drops the double quotes a reader wraps a phrase in, and extra spaces', () => {
    expect(normaliseQuery('  “Worst   of the worst”  ')).toBe('worst of the worst');
    expect(normaliseQuery('"don’t"')).toBe("don't");
    expect(normaliseQuery(' “ ')).toBe('');
  });
});

describe('highlight segments from fuse.js ranges', () => {
  it('splits at inclusive [start, end] ranges', () => {
    expect(
      highlightSegments('the worst of the worst', [
        [4, 8],
        [17, 21],
      ]),
    ).toEqual([
      { text: 'the ', mark: false },
      { text: 'worst', mark: true },
      { text: ' of the ', mark: false },
      { text: 'worst', mark: true },
    ]);
  });

  it('marks the whole text, or nothing', () => {
    expect(highlightSegments('fog', [[0, 2]])).toEqual([{ text: 'fog', mark: true }]);
    expect(highlightSegments('fog', [])).toEqual([{ text: 'fog', mark: false }]);
    expect(highlightSegments('', [[0, 3]])).toEqual([]);
  });

  it('sorts, merges overlapping and touching ranges and clips ranges past the end', () => {
    expect(
      highlightSegments('abcdefgh', [
        [5, 20],
        [0, 1],
        [1, 2],
        [3, 3],
      ]),
    ).toEqual([
      { text: 'abcd', mark: true },
      { text: 'e', mark: false },
      { text: 'fgh', mark: true },
    ]);
  });

  it('always spells the original text back', () => {
    const text = 'US officials said “the worst of the worst” were held.';
    const segments = highlightSegments(text, [
      [19, 40],
      [2, 2],
      [45, 60],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.every((s) => s.text.length > 0)).toBe(true);
  });
});

describe('search records', () => {
  it('has one record per sentence, each linking to its sentence anchor', () => {
    const sentences = comparison.outlets.flatMap((o) => o.sentences);
    const sentenceRecords = records.filter((r) => r.cluster === undefined);
    expect(sentenceRecords).toHaveLength(sentences.length);
    for (const [i, sentence] of sentences.entries()) {
      expect(sentenceRecords[i]).toEqual({
        id: `isis-detainee-transfer/${sentence.id}`,
        story: 'isis-detainee-transfer',
        outlet: sentence.outlet,
        text: sentence.text,
        url: `/isis-detainee-transfer/${sentence.outlet}/#${sentence.id}`,
      });
    }
  });

  it('has unique ids', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });
});

describe('the shared options on the shipped story', () => {
  it('finds "worst of the worst" in all five outlets, highlighting exactly the phrase', () => {
    const hits = search('worst of the worst');
    const sentences = hits.filter((hit) => hit.item.cluster === undefined);
    expect(sentences.map((hit) => hit.item.outlet).sort()).toEqual(FIVE_OUTLETS);
    for (const hit of hits) expect(marked(hit)).toEqual(['worst of the worst']);
  });

  it('finds "reconstitution" in every sentence that prints it, before the ones with a related word', () => {
    const texts = sentenceTexts('reconstitution');
    const printing = comparison.outlets.flatMap((o) => o.sentences).filter((s) => /reconstitution/i.test(s.text));
    expect(printing.length).toBeGreaterThanOrEqual(5);
    expect(texts.slice(0, printing.length).sort()).toEqual(printing.map((s) => s.text).sort());
  });

  it('finds "fog of war" in intellinews\'s quote and kurdistan24\'s paraphrase, and nowhere else', () => {
    const hits = search('fog of war').filter((hit) => hit.item.cluster === undefined);
    expect(hits.map((hit) => hit.item.outlet).sort()).toEqual(['intellinews', 'kurdistan24']);
    for (const hit of hits) expect(marked(hit)).toEqual(['fog of war']);
  });

  it.each([
    ['reconstitusion', 'reconstitution'],
    ['wrost of the worst', 'worst of the worst'],
  ])('forgives the typo in "%s": the sentences printing "%s" come first, in the same order', (typo, intended) => {
    const printing = sentenceTexts(intended).filter((text) => text.toLowerCase().includes(intended));
    expect(printing.length).toBeGreaterThanOrEqual(5);
    expect(sentenceTexts(typo).slice(0, printing.length)).toEqual(printing);
    const first = search(typo)[0];
    expect(first && marked(first)).toEqual([intended]);
  });

  it.each(["don't", 'don’t'])('matches "%s" to the printed "don’t" and highlights it', (query) => {
    const hits = search(query);
    expect(hits.map((hit) => hit.item.text)).toContain('“We don’t have an embassy in Syria.');
    const first = hits[0];
    expect(first?.item.outlet).toBe('journalposts');
    expect(first && marked(first)).toEqual(['don’t']);
  });

  it('ignores case and diacritics: "TURKIYE" finds "Türkiye"', () => {
    const [first] = search('TURKIYE');
    expect(first && marked(first)).toEqual(['Türkiye']);
  });

  it('finds nothing for unrelated phrases', () => {
    const unrelated = [
      'interest rates',
      'world cup final',
      'vaccine rollout',
      'stock market crash',
      'election fraud',
      'hurricane season',
      'nuclear deal',
      'peace talks',
      'oil prices',
      'refugee camp',
      'prison riot',
      'air strike',
    ];
    for (const query of unrelated) expect(search(query), query).toEqual([]);
  });

  it('finds nothing for an empty query or one made only of quote marks', () => {
    expect(search('')).toEqual([]);
    expect(search(' “” ')).toEqual([]);
  });
});

describe('grouped results on the shipped story: the intended quote first', () => {
  function firstQuote(query: string): QuoteResult {
    const [first] = results(query);
    if (first?.kind !== 'quote') throw new Error(`"${query}": the first result is not a quote`);
    return first;
  }
  const outletsOf = (result: QuoteResult) => result.members.map((m) => m.record.outlet);

  it.each(['worst of the worst', 'wrost of the worst', '“worst of the worst”'])(
    '"%s" gives one result: the quote, with a chip for each of the five outlets',
    (query) => {
      const grouped = results(query);
      expect(grouped).toHaveLength(1);
      const quote = firstQuote(query);
      expect(outletsOf(quote)).toEqual(FIVE_OUTLETS);
      expect(quote.wording.record.text).toBe('the worst of the worst');
      expect(quote.members.find((m) => m.record.outlet === 'top-real-news')?.record.label).toBe('trimmed');
    },
  );

  it.each(['reconstitution', 'reconstitusion'])(
    '"%s" puts the "instant reconstitution of ISIS" quote first, one chip per outlet',
    (query) => {
      const quote = firstQuote(query);
      expect(quote.wording.record.text).toContain('reconstitution of ISIS');
      expect(outletsOf(quote)).toEqual([...new Set(outletsOf(quote))]);
      expect(outletsOf(quote)).toEqual(
        expect.arrayContaining(['intellinews', 'journalposts', 'kurdistan24', 'top-real-news']),
      );
      expect(quote.members.find((m) => m.record.outlet === 'intellinews')?.record.label).toBe('altered');
    },
  );

  it('"fog of war" gives intellinews\'s quote, then kurdistan24\'s sentence with its anchor', () => {
    const [quote, sentence, ...rest] = results('fog of war');
    expect(rest).toEqual([]);
    expect(quote?.kind === 'quote' && outletsOf(quote)).toEqual(['intellinews']);
    const k24 = comparison.outlets
      .find((o) => o.slug === 'kurdistan24')
      ?.sentences.find((s) => s.text.includes('fog of war'));
    expect(sentence?.kind === 'sentence' && sentence.hit.record.url).toBe(
      `/isis-detainee-transfer/kurdistan24/#${k24?.id}`,
    );
  });

  it.each(["don't", 'don’t'])('"%s" puts Rubio\'s "We don’t have an embassy" quote first', (query) => {
    const quote = firstQuote(query);
    expect(quote.wording.record.text).toMatch(/^We don’t have an embassy in Syria/);
    expect(quote.wording.record.speaker).toMatch(/Rubio/);
  });

  it('has one record per quote-cluster member, linking to the sentence the quote starts in', () => {
    const members = comparison.quoteClusters.flatMap((c) => c.members.map((m) => ({ cluster: c.id, member: m })));
    expect(members.length).toBeGreaterThanOrEqual(10);
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const { cluster, member } of members) {
      const sentence = comparison.outlets
        .flatMap((o) => o.sentences)
        .find((s) => s.outlet === member.outlet && s.start <= member.start && member.start < s.end);
      expect(byId.get(`isis-detainee-transfer/${member.quoteId}`), member.quoteId).toMatchObject({
        outlet: member.outlet,
        text: member.text,
        label: member.label,
        cluster,
        url: `/isis-detainee-transfer/${member.outlet}/#${sentence?.id}`,
      });
    }
  });
});

describe('grouping by quote cluster', () => {
  const quote = (outlet: string, label: QuoteLabel, cluster = 'q1'): SearchRecord => ({
    id: `s/${outlet}-${cluster}`,
    story: 's',
    outlet,
    text: `words by ${outlet}`,
    speaker: 'the official',
    label,
    cluster,
    url: `/s/${outlet}/#${outlet}-p1-s1`,
  });
  const sentence = (outlet: string, id: string): SearchRecord => ({
    id: `s/${id}`,
    story: 's',
    outlet,
    text: `sentence ${id}`,
    url: `/s/${outlet}/#${id}`,
  });
  const hit = (item: SearchRecord, indices: [number, number][] = [[0, 4]]): FuseResult<SearchRecord> => ({
    item,
    refIndex: 0,
    matches: [{ indices, key: 'text' }],
  });

  const b = quote('b', 'verbatim');
  const a = quote('a', 'altered');
  const c = quote('c', 'trimmed');
  const other = quote('a', 'verbatim', 'q2');
  const inQuote = sentence('b', 'b-p1-s1');
  const plain = sentence('a', 'a-p2-s1');
  const members = clusterMembers([b, a, c, other, inQuote, plain]);

  it('makes one result per cluster with every member, matched or not, in outlet order', () => {
    const [first, ...rest] = groupResults([hit(a, [[0, 2]]), hit(b)], members);
    expect(rest).toEqual([]);
    expect(first).toEqual({
      kind: 'quote',
      wording: { record: b, ranges: [[0, 4]] },
      members: [
        { record: a, ranges: [[0, 2]] },
        { record: b, ranges: [[0, 4]] },
        { record: c, ranges: [] },
      ],
    });
  });

  it('shows the best matched wording when no verbatim member matched', () => {
    const [first] = groupResults([hit(c), hit(a)], members);
    expect(first?.kind === 'quote' && first.wording.record).toBe(c);
  });

  it('lists clusters first, then sentences, leaving out sentences a listed quote links to', () => {
    const grouped = groupResults([hit(plain), hit(inQuote), hit(other), hit(b)], members);
    expect(grouped.map((r) => (r.kind === 'quote' ? r.wording.record.cluster : r.hit.record.id))).toEqual([
      'q2',
      'q1',
      's/a-p2-s1',
    ]);
  });

  it('gives an outlet that prints the quote twice one chip: its matched wording, else its fullest', () => {
    const again = { ...quote('a', 'verbatim'), id: 's/a-again', url: '/s/a/#a-p9-s1' };
    const twice = clusterMembers([a, again, b]);
    const chips = (hits: FuseResult<SearchRecord>[]) =>
      groupResults(hits, twice).flatMap((r) => (r.kind === 'quote' ? r.members.map((m) => m.record.id) : []));
    expect(chips([hit(b)])).toEqual(['s/a-again', b.id]);
    expect(chips([hit(a)])).toEqual([a.id, b.id]);
  });

  it('keeps a sentence whose quote did not match', () => {
    const grouped = groupResults([hit(inQuote)], members);
    expect(grouped).toEqual([{ kind: 'sentence', hit: { record: inQuote, ranges: [[0, 4]] } }]);
  });
});
