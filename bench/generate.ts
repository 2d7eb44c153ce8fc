/**
 * Deterministic synthetic coverage for the benchmark: from a real story's articles, derive as many
 * "outlets" as asked, each a rewrite of one real article the way syndicated and rewritten news
 * looks: paragraphs and sentences dropped, paragraphs moved, words swapped for synonyms, numbers
 * changed, quotes copied verbatim or trimmed, unrelated filler paragraphs added.
 *
 * Everything comes from one seeded PRNG (pure-rand's xoroshiro128+), drawn outlet after outlet, so
 * the same seed gives byte-identical articles and a larger story starts with the same outlets as a
 * smaller one. Every real quote of three words or more that is copied is recorded as planted, with
 * its range in the synthetic source and in the real one, so the bench can check that the engine
 * puts each copy in the same quote cluster as the original.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { stringify } from 'yaml';
import { countWords, structureArticle, type ArticleInput, type StoryInput } from '../src/lib/index.ts';

/** A real quote copied into a synthetic article. Ranges are of the words inside the marks. */
export interface PlantedQuote {
  outlet: string;
  start: number;
  end: number;
  text: string;
  /** Words were cut from its start or end. */
  trimmed: boolean;
  from: { outlet: string; start: number; end: number; text: string };
}

export interface SyntheticStory {
  story: StoryInput;
  /** The real articles first, then the synthetic ones. */
  articles: ArticleInput[];
  planted: PlantedQuote[];
}

/** The shipped story every synthetic one is derived from. */
export const BENCH_STORY = 'content/isis-detainee-transfer';

/** Odds of each rewrite, per paragraph, sentence, word or quote. */
const ODDS = {
  dropParagraph: 0.2,
  dropSentence: 0.15,
  moveParagraph: 0.5,
  synonym: 0.5,
  changeNumber: 0.3,
  trimQuote: 0.25,
};

/** Quotes shorter than this are fragments ("fragile"): copied, but not counted as planted. */
const PLANTED_MIN_WORDS = 3;

/** Words of the shipped story's narrative and a plausible replacement for each. */
const SYNONYMS: Readonly<Record<string, string>> = {
  detainees: 'prisoners',
  prisoners: 'inmates',
  prison: 'jail',
  transfer: 'move',
  transferred: 'moved',
  operation: 'mission',
  officials: 'authorities',
  official: 'officer',
  nearly: 'almost',
  threat: 'danger',
  facility: 'site',
  facilities: 'sites',
  fighting: 'combat',
  government: 'administration',
  senior: 'high-ranking',
  described: 'characterized',
  prevented: 'averted',
  thwarted: 'foiled',
  catastrophic: 'disastrous',
  coordinated: 'organized',
  helicopters: 'aircraft',
  rapid: 'swift',
  secure: 'protected',
  region: 'area',
  militants: 'fighters',
  began: 'started',
  feared: 'worried',
  dangerous: 'perilous',
  crisis: 'emergency',
  major: 'significant',
  escalating: 'mounting',
  weeks: 'several weeks',
  said: 'stated',
};

const SYNONYM_PATTERN = new RegExp(`\\b(${Object.keys(SYNONYMS).join('|')})\\b`, 'giu');
const NUMBER_PATTERN = /\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/gu;
/** A quotation in curly or straight double marks; the words inside are group 1 or 2. */
const QUOTE_PATTERN = /“([^“”]+)”|"([^"]+)"/gu;

/** Vocabulary of filler paragraphs: news about nothing in the story. */
const FILLER = {
  subjects: [
    'The city council',
    'A regional bakery chain',
    'The national weather service',
    'Local farmers',
    'The football club',
    'A museum in the capital',
    'Commuters',
    'The central bank',
  ],
  verbs: [
    'announced new opening hours',
    'reported a record harvest',
    'warned of heavy snowfall',
    'unveiled a restored painting',
    'signed a young striker',
    'kept interest rates unchanged',
    'complained about delayed trains',
    'approved a budget for parks',
  ],
  tails: [
    'on Tuesday',
    'after a long debate',
    'despite the cold weather',
    'for the third year running',
    'in a short statement',
    'to the surprise of analysts',
  ],
};

class Draw {
  readonly #rng: RandomGenerator;
  constructor(seed: number) {
    this.#rng = xoroshiro128plus(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return uniformInt(this.#rng, min, max);
  }
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

/** A run of text that is either narrative (rewritable) or a quote copied from a real article. */
type Piece =
  { text: string } | { text: string; quote: { trimmed: boolean; words: string; from: PlantedQuote['from'] } };

/** A sentence, or several when a quote runs across them, so quote marks always stay paired. */
interface Unit {
  start: number;
  end: number;
}

function matchCase(original: string, replacement: string): string {
  return original[0] !== undefined && original[0] === original[0].toUpperCase()
    ? replacement[0]?.toUpperCase() + replacement.slice(1)
    : replacement;
}

function isYear(digits: string): boolean {
  return /^(?:19|20)\d\d$/u.test(digits);
}

function rewordNarrative(text: string, draw: Draw): string {
  const reworded = text.replace(SYNONYM_PATTERN, (word) =>
    draw.chance(ODDS.synonym) ? matchCase(word, SYNONYMS[word.toLowerCase()] ?? word) : word,
  );
  return reworded.replace(NUMBER_PATTERN, (digits) => {
    const value = Number(digits.replaceAll(',', ''));
    // Years stay: a changed year is a different event, not a changed figure.
    if (isYear(digits) || !draw.chance(ODDS.changeNumber)) return digits;
    // Keep the magnitude and two significant figures: 6,000 becomes 5,400 or 6,600, never 6,000.
    const step = Math.max(1, 10 ** (String(value).length - 2));
    let changed = value + step * draw.pick([-6, -4, -2, 2, 4, 6]);
    if (changed <= 0) changed = value + step;
    return digits.includes(',') ? changed.toLocaleString('en-US') : String(changed);
  });
}

/** Cuts one to three words from the start or the end of a quote long enough to stay a quote. */
function trimQuote(words: string, draw: Draw): string | undefined {
  const parts = words.split(' ');
  if (parts.length < 7) return undefined;
  const cut = draw.int(1, 3);
  return (draw.chance(0.5) ? parts.slice(cut) : parts.slice(0, -cut)).join(' ').replace(/[,.;:]+$/u, '');
}

function pieces(article: ArticleInput, unit: Unit, draw: Draw): Piece[] {
  const text = article.source.slice(unit.start, unit.end);
  const out: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(QUOTE_PATTERN)) {
    const words = match[1] ?? match[2] ?? '';
    const open = match[0][0] ?? '"';
    const close = match[0].at(-1) ?? '"';
    out.push({ text: rewordNarrative(text.slice(at, match.index), draw) });
    const trimmed = draw.chance(ODDS.trimQuote) ? trimQuote(words, draw) : undefined;
    const kept = trimmed ?? words;
    const fromStart = unit.start + match.index + open.length;
    out.push({
      text: open,
      quote: {
        trimmed: trimmed !== undefined,
        words: kept,
        from: { outlet: article.slug, start: fromStart, end: fromStart + words.length, text: words },
      },
    });
    out.push({ text: close });
    at = match.index + match[0].length;
  }
  out.push({ text: rewordNarrative(text.slice(at), draw) });
  return out;
}

/** The article's paragraphs as lists of units, in reading order. */
function paragraphUnits(article: ArticleInput): Unit[][] {
  const { blocks, sentences } = structureArticle(article);
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const paragraphs: Unit[][] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const units: Unit[] = [];
    let open: Unit | undefined;
    for (const id of block.sentenceIds) {
      const sentence = byId.get(id);
      if (sentence === undefined) continue;
      open =
        open === undefined ? { start: sentence.start, end: sentence.end } : { start: open.start, end: sentence.end };
      const text = article.source.slice(open.start, open.end);
      const balanced =
        (text.match(/“/gu)?.length ?? 0) === (text.match(/”/gu)?.length ?? 0) &&
        (text.match(/"/gu)?.length ?? 0) % 2 === 0;
      if (balanced) {
        units.push(open);
        open = undefined;
      }
    }
    if (open !== undefined) units.push(open);
    paragraphs.push(units);
  }
  return paragraphs;
}

function fillerParagraph(draw: Draw): string {
  const count = draw.int(2, 4);
  return Array.from(
    { length: count },
    () => `${draw.pick(FILLER.subjects)} ${draw.pick(FILLER.verbs)} ${draw.pick(FILLER.tails)}.`,
  ).join(' ');
}

function syntheticArticle(
  n: number,
  model: ArticleInput,
  paragraphs: Unit[][],
  draw: Draw,
  published: string | undefined,
): { article: ArticleInput; planted: PlantedQuote[] } {
  const slug = `synthetic-${String(n).padStart(4, '0')}`;
  const kept = paragraphs
    .filter(() => !draw.chance(ODDS.dropParagraph))
    .map((units) => {
      const survivors = units.filter(() => !draw.chance(ODDS.dropSentence));
      return survivors.length > 0 ? survivors : units.slice(0, 1);
    });
  if (kept.length > 1 && draw.chance(ODDS.moveParagraph)) {
    const [moved] = kept.splice(draw.int(0, kept.length - 1), 1);
    if (moved !== undefined) kept.splice(draw.int(0, kept.length), 0, moved);
  }
  const body: Piece[][] = kept.map((units) =>
    units.flatMap((unit, i) => (i === 0 ? [] : [{ text: ' ' }]).concat(pieces(model, unit, draw))),
  );
  const fillers = draw.int(0, 3);
  for (let i = 0; i < fillers; i++) body.splice(draw.int(0, body.length), 0, [{ text: fillerParagraph(draw) }]);

  const frontmatter = `---\n${stringify({ outlet: `Synthetic Outlet ${n}`, url: `https://example.com/${slug}`, title: `Synthetic rewrite ${n} of ${model.outlet}`, ...(published !== undefined && { published }), cites: [], removed: [] })}---\n\n`;
  let source = frontmatter;
  const planted: PlantedQuote[] = [];
  body.forEach((paragraph, i) => {
    if (i > 0) source += '\n\n';
    for (const piece of paragraph) {
      if ('quote' in piece) {
        source += piece.text;
        const { words, trimmed, from } = piece.quote;
        if (countWords(words) >= PLANTED_MIN_WORDS)
          planted.push({
            outlet: slug,
            start: source.length,
            end: source.length + words.length,
            text: words,
            trimmed,
            from,
          });
        source += words;
      } else {
        source += piece.text;
      }
    }
  });
  source += '\n';
  const article: ArticleInput = {
    slug,
    file: `bench/synthetic/${slug}.md`,
    source,
    outlet: `Synthetic Outlet ${n}`,
    url: `https://example.com/${slug}`,
    title: `Synthetic rewrite ${n} of ${model.outlet}`,
    ...(published !== undefined && { published }),
    cites: [],
    removed: [],
    lang: model.lang,
  };
  return { article, planted };
}

/**
 * `count` synthetic outlets derived from the real articles, drawn one after the other from one
 * seed: the same seed gives the same outlets, and a larger count starts with the smaller one's.
 * `published(n)` dates the n-th outlet (1-based), or leaves it undated.
 */
function syntheticOutlets(
  real: readonly ArticleInput[],
  count: number,
  seed: number,
  published: (n: number) => string | undefined = () => undefined,
): { articles: ArticleInput[]; planted: PlantedQuote[] } {
  if (real.length === 0) throw new Error('no real articles to derive outlets from');
  const draw = new Draw(seed);
  const models = [...real]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((article) => ({ article, paragraphs: paragraphUnits(article) }));
  const articles: ArticleInput[] = [];
  const planted: PlantedQuote[] = [];
  for (let n = 1; n <= count; n++) {
    const model = draw.pick(models);
    const made = syntheticArticle(n, model.article, model.paragraphs, draw, published(n));
    articles.push(made.article);
    planted.push(...made.planted);
  }
  return { articles, planted };
}

/**
 * The real articles plus `outlets - real.length` synthetic ones. Throws when fewer outlets than
 * the real ones are asked for: the real articles are always part of the story.
 */
export function generateStory(
  story: StoryInput,
  real: readonly ArticleInput[],
  outlets: number,
  seed = 2026,
): SyntheticStory {
  if (outlets < real.length)
    throw new Error(`a synthetic story keeps the ${real.length} real articles; asked for ${outlets} outlets`);
  const made = syntheticOutlets(real, outlets - real.length, seed);
  return { story, articles: [...real, ...made.articles], planted: made.planted };
}

/** A whole site of synthetic stories, for the bench at scale. */
export interface SiteShape {
  stories: number;
  /** Outlets per story, all synthetic. */
  outlets: number;
  seed?: number;
}

/** One synthetic story of a site, as it is written to `<content>/<slug>/`. */
export interface SiteStory {
  story: StoryInput;
  articles: ArticleInput[];
}

/** The newest story's day; older stories go back from it. */
const SITE_START = Date.UTC(2026, 1, 18);
/** Stories that share a day, as on a busy news desk; articles of one story spread over this many days. */
const STORIES_PER_DAY = 3;
const ARTICLE_SPREAD_DAYS = 3;
const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The slug of the k-th story of a synthetic site (1-based): `story-0001`, newest first. */
export function siteStorySlug(k: number): string {
  return `story-${String(k).padStart(4, '0')}`;
}

/** The k-th story's first day, and its n-th outlet's publication date (1-based). */
function siteDates(k: number): { day: number; published: (n: number) => string } {
  const day = SITE_START - Math.floor((k - 1) / STORIES_PER_DAY) * DAY_MS;
  return { day, published: (n) => isoDay(day + ((n - 1) % ARTICLE_SPREAD_DAYS) * DAY_MS) };
}

function siteStoryInput(model: StoryInput, k: number): StoryInput {
  const { day } = siteDates(k);
  return {
    slug: siteStorySlug(k),
    title: `${model.title} (synthetic story ${k})`,
    summary: model.summary,
    ...(model.originalReport && { originalReport: { ...model.originalReport, published: isoDay(day) } }),
  };
}

/** The seed of the k-th story: every story of a site draws its own outlets. */
function storySeed(seed: number, k: number): number {
  return seed + k;
}

/**
 * `stories` synthetic stories of `outlets` synthetic outlets each, every story drawn from its own
 * seed, dated newest first (story 1 is the newest), so the same shape always gives the same site
 * and a site with more stories starts with the smaller site's stories.
 */
export function generateSite(model: StoryInput, real: readonly ArticleInput[], shape: SiteShape): SiteStory[] {
  const seed = shape.seed ?? 2026;
  return Array.from({ length: shape.stories }, (_, i) => {
    const k = i + 1;
    const made = syntheticOutlets(real, shape.outlets, storySeed(seed, k), siteDates(k).published);
    return { story: siteStoryInput(model, k), articles: made.articles };
  });
}

/**
 * The article a story of `generateSite` gains next: its (outlets + 1)-th outlet, as a site with
 * one more outlet per story would have drawn it, dated the day after the newest article of the
 * whole site (it is the latest news).
 */
export function nextSiteArticle(real: readonly ArticleInput[], shape: SiteShape, k: number): ArticleInput {
  const seed = shape.seed ?? 2026;
  const { published } = siteDates(k);
  const next = isoDay(SITE_START + ARTICLE_SPREAD_DAYS * DAY_MS);
  const made = syntheticOutlets(real, shape.outlets + 1, storySeed(seed, k), (n) =>
    n > shape.outlets ? next : published(n),
  );
  const article = made.articles.at(-1);
  if (article === undefined) throw new Error('no article drawn');
  return article;
}

/** The story file a synthetic story is written as. */
export function storyFile(story: StoryInput): string {
  const { slug: _slug, ...data } = story;
  return `---\n${stringify(data)}---\n`;
}
