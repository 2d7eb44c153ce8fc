import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory, type StoryComparison } from '../../src/lib/index.ts';
import { findAliases } from '../../src/search/aliases.ts';
import { clusterMembers, groupResults, type QuoteResult, type SearchResult } from '../../src/search/group.ts';
import { highlightSegments } from '../../src/search/highlight.ts';
import { foldForSearch } from '../../src/search/normalise.ts';
import { capQuery, MAX_QUERY_LENGTH, parseQuery } from '../../src/search/query.ts';
import type { SearchRecord } from '../../src/search/record.ts';
import { searchRecords } from '../../src/search/records.ts';
import { searchAliasGroups, storySearchFile } from '../../src/search/site-index.ts';
import { chunksBetween } from '../../src/search/site-search.ts';
import type { Hit } from '../../src/search/story-search.ts';
import { typoAllowance, typoDistance } from '../../src/search/typos.ts';
import { buildWordIndex, loadWordIndex } from '../../src/search/word-index.ts';
import { searchWords } from '../../src/search/words.ts';
import { shippedStory } from '../support/shipped-story.ts';
import { memorySite, type MemorySite } from '../search/site.ts';

const FIVE_OUTLETS = ['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24', 'top-real-news'];
const aliasGroups = searchAliasGroups();

let comparison: StoryComparison;
let site: MemorySite;

beforeAll(async () => {
  ({ comparison } = await shippedStory());
  site = await memorySite([comparison]);
});

async function results(query: string, filters = {}): Promise<SearchResult[]> {
  return (await site.search.search(query, filters)).groups.flatMap((g) => g.results);
}

function shown(result: SearchResult | undefined) {
  if (result === undefined) throw new Error('no result');
  return result.kind === 'quote' ? result.wording : result.hit;
}

/** The marked runs of a result's text, in order. */
function marked(result: SearchResult | undefined): string[] {
  const { record, ranges } = shown(result);
  return highlightSegments(record.text, ranges)
    .filter((s) => s.mark)
    .map((s) => s.text);
}

/** Every word of a text, folded, as search reads it. */
const wordsOf = (text: string) => searchWords(text).map((w) => w.word);

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
});

describe('the words of a text', () => {
  it('joins what the engine joins: acronym dots, digit groups, apostrophes; splits at hyphens', () => {
    expect(wordsOf('U.S. officials moved 6,000 ISIS-linked men; we don’t know.')).toEqual([
      'us',
      'officials',
      'moved',
      '6000',
      'isis',
      'linked',
      'men',
      'we',
      'dont',
      'know',
    ]);
  });

  it('keeps the part before an apostrophe, so "Kurdistan" finds "Kurdistan’s"', () => {
    expect(searchWords('Kurdistan’s')).toEqual([{ word: 'kurdistans', stem: 'kurdistan', start: 0, end: 11 }]);
  });

  it('gives each word its range in the printed text', () => {
    const text = 'Türkiye, the “U.S.” and 12,500 men';
    expect(searchWords(text).map((w) => text.slice(w.start, w.end))).toEqual([
      'Türkiye',
      'the',
      'U.S',
      'and',
      '12,500',
      'men',
    ]);
  });
});

describe('typos', () => {
  it('allows none up to 3 letters, 1 up to 7, 2 from 8, none in a number', () => {
    expect(
      ['cia', 'war', 'isis', 'wrost', 'baghdad', 'helicoptres', 'reconstitusion', '2014'].map(typoAllowance),
    ).toEqual([0, 0, 1, 1, 1, 2, 2, 0]);
  });

  it('counts a swap of two letters as one typo, and stops past the limit', () => {
    expect(typoDistance('wrost', 'worst', 1)).toBe(1);
    expect(typoDistance('reconstitusion', 'reconstitution', 2)).toBe(1);
    expect(typoDistance('isis', 'crisis', 1)).toBe(2);
    expect(typoDistance('isis', 'isis', 1)).toBe(0);
    expect(typoDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('the fuzzy candidates from fuse.js cover every word within the typos allowed (against a brute-force scan)', () => {
    const vocabulary = [...new Set(comparison.outlets.flatMap((o) => o.sentences.flatMap((s) => wordsOf(s.text))))];
    const index = loadWordIndex(
      JSON.parse(JSON.stringify(buildWordIndex(new Map(vocabulary.map((w, i) => [w, [i]]))))) as ReturnType<
        typeof buildWordIndex
      >,
    );
    const known = new Set(vocabulary);
    const typo = fc
      .tuple(
        fc.constantFrom(...vocabulary.filter((w) => w.length >= 4)),
        fc.nat(),
        fc.constantFrom('swap', 'drop', 'change', 'add'),
      )
      .map(([word, at, kind]) => {
        const i = at % (word.length - 1);
        if (kind === 'swap') return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
        if (kind === 'drop') return word.slice(0, i) + word.slice(i + 1);
        if (kind === 'change') return `${word.slice(0, i)}q${word.slice(i + 1)}`;
        return `${word.slice(0, i)}e${word.slice(i)}`;
      })
      .filter((word) => !known.has(word));
    fc.assert(
      fc.property(typo, (word) => {
        const typos = typoAllowance(word);
        const found = [...index.match({ word, typos, prefix: false }).keys()].map((n) => index.vocabulary.words[n]);
        const brute = vocabulary.filter((w) => typoDistance(word, w, typos) <= typos);
        expect(found.sort()).toEqual(brute.sort());
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 200) },
    );
  });
});

describe('queries', () => {
  it('reads names of alias groups as one unit each, longest first, short acronyms only in capitals', () => {
    expect(parseQuery('CIA director', aliasGroups)).toEqual([
      { kind: 'alias', key: 'cia', words: ['cia'] },
      { kind: 'word', word: 'director', typos: 2, prefix: true },
    ]);
    expect(parseQuery('Islamic State of Iraq and Syria ', aliasGroups)).toEqual([
      { kind: 'alias', key: 'isis', words: ['islamic', 'state', 'of', 'iraq', 'and', 'syria'] },
    ]);
    expect(parseQuery('IS', aliasGroups)[0]).toMatchObject({ kind: 'alias', key: 'isis' });
    expect(parseQuery('is', aliasGroups)[0]).toMatchObject({ kind: 'word', word: 'is' });
    expect(parseQuery('U.S.', aliasGroups)[0]).toMatchObject({ kind: 'alias', key: 'united states' });
    expect(parseQuery('us', aliasGroups)[0]).toMatchObject({ kind: 'word', word: 'us' });
  });

  it('lets only the word being typed (the last, of 3 letters or more) be the beginning of a longer one', () => {
    expect(parseQuery('fog of wa', aliasGroups).map((u) => u.kind === 'word' && u.prefix)).toEqual([
      false,
      false,
      false,
    ]);
    expect(parseQuery('instant reconst', aliasGroups).map((u) => u.kind === 'word' && u.prefix)).toEqual([false, true]);
    expect(parseQuery('instant reconst ', aliasGroups).map((u) => u.kind === 'word' && u.prefix)).toEqual([
      false,
      false,
    ]);
  });

  it(`caps a query at ${MAX_QUERY_LENGTH} characters without splitting a character`, () => {
    expect(capQuery('x'.repeat(16_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = `${'x'.repeat(MAX_QUERY_LENGTH - 1)}🎉`;
    expect(capQuery(emoji)).toBe('x'.repeat(MAX_QUERY_LENGTH - 1));
    expect(capQuery('fog of war')).toBe('fog of war');
  });

  it('finds alias names in text by the case rules of the table', () => {
    const text = 'Islamic State (IS) fighters; this is the U.S. and the Central Intelligence Agency.';
    const found = findAliases(text, searchWords(text), aliasGroups).map((m) => m.key);
    expect(found).toEqual(['isis', 'isis', 'united states', 'cia']);
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
  it('has one record per sentence, with its outlet and anchor', () => {
    const sentences = comparison.outlets.flatMap((o) => o.sentences);
    const sentenceRecords = searchRecords(comparison).filter((r) => r.cluster === undefined);
    expect(sentenceRecords).toEqual(sentences.map((s) => ({ outlet: s.outlet, text: s.text, sentence: s.id })));
  });

  it('has one record per quote-cluster member, with the speaker the engine decided for its cluster', () => {
    const members = comparison.quoteClusters.flatMap((c) => c.members.map((m) => ({ cluster: c, member: m })));
    const quoteRecords = searchRecords(comparison).filter((r) => r.cluster !== undefined);
    expect(quoteRecords).toEqual(
      members.map(({ cluster, member }) => ({
        outlet: member.outlet,
        text: member.text,
        sentence: member.sentenceId,
        ...(cluster.speaker !== undefined && { speaker: cluster.speaker.printed }),
        label: member.label,
        cluster: cluster.id,
      })),
    );
  });

  it('links each result to its sentence on the outlet page', async () => {
    const [first] = await results('worst of the worst');
    expect(first?.kind === 'quote' && first.members.map((m) => m.record.url)).toEqual(
      comparison.quoteClusters
        .find((c) => c.id === 'q2')
        ?.members.map((m) => `/isis-detainee-transfer/${m.outlet}/#${m.sentenceId}`),
    );
  });
});

describe('the README examples on the shipped story', () => {
  const outletsOf = (result: QuoteResult) => result.members.map((m) => m.record.outlet);
  async function firstQuote(query: string): Promise<QuoteResult> {
    const [first] = await results(query);
    if (first?.kind !== 'quote') throw new Error(`"${query}": the first result is not a quote`);
    return first;
  }

  it.each(['worst of the worst', 'wrost of the worst', '“worst of the worst”'])(
    '"%s" gives one result: the quote, a chip for each of the five outlets, the phrase marked',
    async (query) => {
      expect(await results(query)).toHaveLength(1);
      const quote = await firstQuote(query);
      expect(outletsOf(quote)).toEqual(FIVE_OUTLETS);
      expect(quote.wording.record.text).toBe('the worst of the worst');
      expect(marked(quote)).toEqual(['worst of the worst']);
      expect(quote.members.find((m) => m.record.outlet === 'top-real-news')?.record.label).toBe('trimmed');
      expect(quote.wording.record.speaker).toBe(comparison.quoteClusters.find((c) => c.id === 'q2')?.speaker?.printed);
    },
  );

  it.each(['reconstitution', 'reconstitusion'])(
    '"%s" puts the "instant reconstitution of ISIS" quote first, one chip per outlet',
    async (query) => {
      const quote = await firstQuote(query);
      expect(quote.wording.record.text).toContain('reconstitution of ISIS');
      expect(marked(quote)).toEqual(['reconstitution']);
      expect(outletsOf(quote)).toEqual([...new Set(outletsOf(quote))]);
      expect(quote.members.find((m) => m.record.outlet === 'intellinews')?.record.label).toBe('altered');
    },
  );

  it('"fog of war" gives intellinews\'s quote, then kurdistan24\'s sentence with its anchor', async () => {
    const [quote, sentence, ...rest] = await results('fog of war');
    expect(rest).toEqual([]);
    expect(quote?.kind === 'quote' && outletsOf(quote)).toEqual(['intellinews']);
    const k24 = comparison.outlets
      .find((o) => o.slug === 'kurdistan24')
      ?.sentences.find((s) => s.text.includes('fog of war'));
    expect(sentence?.kind === 'sentence' && sentence.hit.record.url).toBe(
      `/isis-detainee-transfer/kurdistan24/#${k24?.id}`,
    );
    expect(marked(sentence)).toEqual(['fog of war']);
  });

  it.each(["don't", 'don’t', 'dont'])(
    '"%s" puts Rubio\'s "We don’t have an embassy" quote first, "don’t" marked',
    async (query) => {
      const quote = await firstQuote(query);
      expect(quote.wording.record.text).toMatch(/^We don’t have an embassy in Syria/);
      expect(quote.wording.record.speaker).toMatch(/Rubio/);
      expect(marked(quote)).toEqual(['don’t']);
    },
  );

  it('ignores case and diacritics: "TURKIYE" finds "Türkiye"', async () => {
    expect(marked((await results('TURKIYE'))[0])).toEqual(['Türkiye']);
  });

  it('finds nothing for an empty query or one made only of marks', async () => {
    expect(await results('')).toEqual([]);
    expect(await results(' “” ')).toEqual([]);
  });
});

describe('words, not letters: the failures of issue 14', () => {
  it('"CIA" finds the one sentence naming the Central Intelligence Agency, and nothing inside words', async () => {
    const found = await results('CIA');
    expect(found).toHaveLength(1);
    expect(marked(found[0])).toEqual(['Central Intelligence Agency']);
  });

  it('"ISIS" ranks quotes printing ISIS first and never "crisis"', async () => {
    const found = await results('ISIS');
    expect(found[0]?.kind).toBe('quote');
    expect(wordsOf(shown(found[0]).record.text)).toContain('isis');
    const texts = found.map((r) => shown(r).record.text);
    expect(texts.filter((t) => /crisis/.test(t) && !/\bIS(IS|IL)?\b|Islamic State|Daesh/.test(t))).toEqual([]);
    for (const result of found) expect(marked(result).length).toBeGreaterThan(0);
  });

  it('"Baghdad airport" finds every outlet printing "Baghdad International Airport", both words marked', async () => {
    const found = await results('Baghdad airport');
    const printing = comparison.outlets
      .flatMap((o) => o.sentences)
      .filter((s) => /Baghdad International Airport/.test(s.text));
    expect(printing.length).toBeGreaterThanOrEqual(4);
    expect(found.map((r) => shown(r).record.text).sort()).toEqual(printing.map((s) => s.text).sort());
    for (const result of found) expect(marked(result)).toEqual(['Baghdad', 'Airport']);
  });

  it('needs every word: "CIA director" finds nothing, though each word is printed', async () => {
    expect(await results('CIA')).not.toEqual([]);
    expect(await results('director')).not.toEqual([]);
    expect(await results('CIA director')).toEqual([]);
  });

  it('ranks a phrase in order above the same words scattered', async () => {
    const found = await results('senior official');
    const isPhrase = (r: SearchResult) => marked(r).some((m) => /^senior official$/i.test(m));
    const flags = found.map(isPhrase);
    expect(flags.filter(Boolean).length).toBeGreaterThan(1);
    expect(flags.includes(false)).toBe(true);
    // Phrases first, among results whose words are all printed as typed.
    const exact = found.filter((r) => r.rank[0] === 0).map(isPhrase);
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
    expect(marked(found.find((r) => !isPhrase(r)))).toEqual(expect.arrayContaining(['senior']));
  });

  it('ranks the name typed above other names of its group: "IS detainees" prints "IS detainees" first', async () => {
    const [first, ...rest] = await results('IS detainees');
    expect(marked(first)).toEqual(['IS detainees']);
    expect(rest.some((r) => /ISIS detainees/.test(shown(r).record.text))).toBe(true);
  });

  it.each([
    ['US', ['U.S.', 'United States']],
    ['United States', ['US', 'U.S.']],
    ['Islamic State', ['ISIS', 'IS']],
    ['ISIS', ['Islamic State', 'IS']],
  ])('"%s" also finds %j', async (query, others) => {
    const texts = (await results(query)).map((r) => shown(r).record.text);
    for (const other of others)
      expect(
        texts.some((t) => new RegExp(`(^|[^\\p{L}.])${other.replace(/\./g, '\\.')}([^\\p{L}]|$)`, 'u').test(t)),
        other,
      ).toBe(true);
  });

  it('lowercase "us" is the word, not the country', async () => {
    const texts = (await results('us')).map((r) => shown(r).record.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(wordsOf(text)).toContain('us');
    expect(texts.some((t) => /United States/.test(t) && !/\bus\b/i.test(t.replace(/U\.S\./g, '')))).toBe(false);
  });

  it(`searches a 16,000-character query as its first ${MAX_QUERY_LENGTH}`, async () => {
    const long = `worst of the worst ${'x'.repeat(16_000)}`;
    expect(await results(long)).toEqual(await results(capQuery(long)));
  });
});

describe('filters', () => {
  it("keeps only one outlet's quotes and sentences, chips still naming every outlet", async () => {
    const all = await results('ISIS');
    const only = await results('ISIS', { outlet: 'kurdistan24' });
    expect(only.length).toBeGreaterThan(0);
    expect(only.length).toBeLessThan(all.length);
    for (const result of only) {
      if (result.kind === 'sentence') expect(result.hit.record.outlet).toBe('kurdistan24');
      else expect(result.members.find((m) => m.record.outlet === 'kurdistan24')?.ranges).not.toEqual([]);
    }
  });

  it('finds nothing in an outlet or story the site does not have', async () => {
    expect(await results('ISIS', { outlet: 'nobody' })).toEqual([]);
    expect(await results('ISIS', { story: 'nothing-here' })).toEqual([]);
  });
});

describe('search across many stories', () => {
  let stories: StoryComparison[];
  beforeAll(async () => {
    const other = await Promise.all(
      ['tests/fixtures/tricky/quotation-marks', 'tests/fixtures/tricky/unicode', 'tests/fixtures/tricky/windows'].map(
        async (dir) => {
          const { story, articles } = await readStory(dir);
          return analyzeStory(story, articles);
        },
      ),
    );
    stories = [comparison, ...other];
  });

  it('on a site of no more stories than one search fetches, keeps no word map and fetches every story file', async () => {
    const few = await memorySite(stories.slice(0, 3));
    expect(few.search.root.wordChunks).toEqual([]);
    const found = await few.search.search('worst of the worst');
    expect(found.groups.map((g) => g.story.slug)).toEqual(['isis-detainee-transfer']);
    expect(few.fetched).toEqual([
      '/search/root.json',
      '/search/stories/isis-detainee-transfer.json',
      '/search/stories/quotation-marks.json',
      '/search/stories/unicode.json',
    ]);
  });

  it('on a larger site, fetches only the word chunks its words fall in and the stories holding every word', async () => {
    const chunked = await memorySite(stories, 400);
    expect(chunked.search.root.wordChunks.length).toBeGreaterThan(20);
    const found = await chunked.search.search('curly guillemets');
    expect(found.groups.map((g) => g.story.slug)).toEqual(['quotation-marks']);
    expect(chunked.fetched.filter((p) => p.startsWith('/search/words/')).length).toBeLessThanOrEqual(2);
    expect(chunked.fetched.filter((p) => p.startsWith('/search/stories/'))).toEqual([
      '/search/stories/quotation-marks.json',
    ]);
  });

  it('forgives typos across stories after the first letter, and finds prefixes across chunks', async () => {
    const chunked = await memorySite(stories, 400);
    expect((await chunked.search.search('guillmets')).groups.map((g) => g.story.slug)).toEqual(['quotation-marks']);
    expect((await chunked.search.search('reconstit')).groups.map((g) => g.story.slug)).toEqual([
      'isis-detainee-transfer',
    ]);
    const typoFetches = chunked.fetched.filter((p) => p.startsWith('/search/words/')).length;
    expect(typoFetches).toBeLessThan(chunked.search.root.wordChunks.length / 2);
  });

  it('groups results by story, and filters by story', async () => {
    const many = await memorySite(stories);
    const both = await many.search.search('fragile');
    expect(both.groups.map((g) => g.story.slug).sort()).toEqual(['isis-detainee-transfer', 'quotation-marks']);
    for (const group of both.groups)
      for (const result of group.results) expect(shown(result).record.story).toBe(group.story.slug);
    const one = await many.search.search('fragile', { story: 'quotation-marks' });
    expect(one.groups.map((g) => g.story.title)).toEqual(['Quotation marks of every kind']);
  });

  it('fetches a few stories at a time and says how many more hold the words', async () => {
    const many = await memorySite(stories);
    const first = await many.search.search('the', {}, 1);
    expect(first.groups).toHaveLength(1);
    expect(first.moreStories).toBe(3);
    const all = await many.search.search('the', {}, 4);
    expect(all.groups).toHaveLength(4);
    expect(all.moreStories).toBe(0);
  });

  it('makes a story’s index file once per comparison read: the root file and the story’s endpoint share it', () => {
    expect(storySearchFile(comparison)).toBe(storySearchFile(comparison));
    const readAgain = structuredClone(comparison);
    expect(storySearchFile(readAgain)).not.toBe(storySearchFile(comparison));
    expect(storySearchFile(readAgain)).toEqual(storySearchFile(comparison));
  });

  it('lists the chunks between two words', () => {
    expect(chunksBetween(['', 'd', 'm', 's'], 'a', 'a\uffff')).toEqual([0]);
    expect(chunksBetween(['', 'd', 'm', 's'], 'd', 'd')).toEqual([1]);
    expect(chunksBetween(['', 'd', 'm', 's'], 'e', 'n')).toEqual([1, 2]);
    expect(chunksBetween(['', 'd', 'm', 's'], 'z', 'z\uffff')).toEqual([3]);
  });
});

describe('grouping by quote cluster', () => {
  const quote = (outlet: string, label: 'verbatim' | 'trimmed' | 'altered', cluster = 'q1'): SearchRecord => ({
    id: `s/${outlet}-${cluster}`,
    story: 's',
    outlet,
    text: `words by ${outlet}`,
    sentence: `${outlet}-p1-s1`,
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
    sentence: id,
    url: `/s/${outlet}/#${id}`,
  });
  let order = 0;
  const hit = (record: SearchRecord, ranges: [number, number][] = [[0, 4]], cost = 0): Hit => ({
    record,
    ranges,
    rank: [cost, 0, record.cluster === undefined ? 1 : 0, 1, 3, order++],
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
    expect(first?.kind === 'quote' && first.members).toEqual([
      { record: a, ranges: [[0, 2]] },
      { record: b, ranges: [[0, 4]] },
      { record: c, ranges: [] },
    ]);
    expect(first?.kind === 'quote' && first.wording.record).toBe(b);
  });

  it('shows the best matched wording when no verbatim member matched', () => {
    const [first] = groupResults([hit(c), hit(a)], members);
    expect(first?.kind === 'quote' && first.wording.record).toBe(c);
  });

  it('ranks each cluster as its best member, and leaves out sentences a listed quote links to', () => {
    const grouped = groupResults(
      [hit(plain, undefined, 0), hit(inQuote), hit(other, undefined, 1), hit(b, undefined, 2)],
      members,
    );
    expect(grouped.map((r) => (r.kind === 'quote' ? r.wording.record.cluster : r.hit.record.id))).toEqual([
      's/a-p2-s1',
      'q2',
      'q1',
    ]);
  });

  it('gives an outlet that prints the quote twice one chip: its matched wording, else its fullest', () => {
    const again = { ...quote('a', 'verbatim'), id: 's/a-again', url: '/s/a/#a-p9-s1' };
    const twice = clusterMembers([a, again, b]);
    const chips = (hits: Hit[]) =>
      groupResults(hits, twice).flatMap((r) => (r.kind === 'quote' ? r.members.map((m) => m.record.id) : []));
    expect(chips([hit(b)])).toEqual(['s/a-again', b.id]);
    expect(chips([hit(a)])).toEqual([a.id, b.id]);
  });

  it('keeps a sentence whose quote did not match', () => {
    const grouped = groupResults([hit(inQuote)], members);
    expect(grouped.map((r) => r.kind === 'sentence' && r.hit.record)).toEqual([inQuote]);
  });
});
