/**
 * The site at scale: N synthetic stories × M synthetic outlets (bench/generate.ts `generateSite`),
 * each size written and built in its own temporary folder outside the checkout, then removed:
 *
 *   1. full build with empty caches (analysis cache and Astro's content cache): wall and CPU time,
 *      peak memory, pages and bytes of dist/, the home page's weight;
 *   2. the first search on that site in Chromium (bytes of code and index fetched until the first
 *      results, time to them) and the warm query time;
 *   3. one story gains one article (`nextSiteArticle`), and the site is rebuilt with both caches
 *      warm: how many stories were analysed again, which, the time, and whether the story now
 *      leads the home page and the feed.
 *
 * One build at a time, never in the checkout's dist/; every figure is stored with the load
 * average it was measured under.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { launchBrowser, serveSite } from '../tests/support/browser.ts';
import { readStory } from '../src/data/read-content.ts';
import type { ArticleInput, StoryInput } from '../src/lib/index.ts';
import { BENCH_STORY, generateSite, nextSiteArticle, siteStorySlug, type SiteShape } from './generate.ts';
import {
  onReference,
  scaledCell,
  speedNote,
  xeonBudgetOnReference,
  XEON,
  withSpeed,
  type MachineSpeed,
} from './reference.ts';
import { budget, kb, median, ms, type Budget, type Section } from './report.ts';
import { oursCold, oursWarm, QUERIES } from './search.ts';
import { benchTemp, buildSite, htmlPages, type BuildRun } from './site.ts';
import { writeSite } from './write-site.ts';

export interface ScaleOptions {
  /** Site sizes, in stories. */
  stories: number[];
  /** Outlets per story. */
  outlets: number;
}

export const SCALE_DEFAULTS: ScaleOptions = { stories: [10, 100, 1000], outlets: 6 };

/** The issue's budgets, and the site size each applies to. */
const BUDGETS = {
  /** Full build of 1,000 stories: 10 minutes on the 2-core Xeon, converted to the reference machine. */
  build: { stories: 1000, onXeonMs: 10 * 60_000 },
  memory: { stories: 1000, bytes: 2 * 1024 ** 3 },
  rebuild: { stories: 100, reanalysed: 1 },
  /** First search: gzip bytes fetched until the first results; times on the reference machine. */
  search: { stories: 1000, gzipBytes: 100 * 1024, firstResultsMs: 150, queryMs: 10 },
};

/** One query of each kind: a first search is measured cold for each, the median reported. */
const SCALE_QUERIES = (['exact', 'partial', 'typo'] as const).map((kind) => {
  const query = QUERIES.find((q) => q.kind === kind);
  if (query === undefined) throw new Error(`no ${kind} query in bench/search.ts`);
  return query;
});
/** Warm repeats per query: fewer than the shipped-site search section, since each may scan a large index. */
const WARM_REPEATS = 5;
/** A first search on a large site may download and parse a large index: wait for it rather than fail at 30 s. */
const FIRST_SEARCH_TIMEOUT_MS = 300_000;

/** Load average (1 minute) at a moment, for the report. */
function load(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

interface Timed extends BuildRun {
  loadBefore: number;
  loadAfter: number;
}

async function timedBuild(...args: Parameters<typeof buildSite>): Promise<Timed> {
  const loadBefore = load();
  const result = await buildSite(...args);
  return { ...result, loadBefore, loadAfter: load() };
}

/** Bytes of every file under `dir`. */
async function treeBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

/** Analysis-cache entries (`<story>-<sha256>.json`) by file name. */
async function cacheEntries(dir: string): Promise<Set<string>> {
  return new Set((await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json')));
}

function storyOfEntry(name: string): string {
  return name.replace(/-[0-9a-f]{64}\.json$/, '');
}

interface SearchAtScale {
  /** Medians over SCALE_QUERIES of a first search in a fresh browser context, or why it failed. */
  first: { gzipBytes: number; rawBytes: number; firstMs: number; results: number } | string;
  /** Median warm query time, or why it failed. */
  queryMs: number | string;
}

function failure(error: unknown): string {
  return `failed: ${String(error).split('\n')[0]}`;
}

async function measureSearch(distDir: string, log: (line: string) => void): Promise<SearchAtScale> {
  const browser = await launchBrowser();
  const { server, origin } = await serveSite(distDir, '/');
  try {
    let first: SearchAtScale['first'];
    try {
      const cold = [];
      for (const { query } of SCALE_QUERIES) {
        log(`scale: first search for "${query}"`);
        cold.push(await oursCold(browser, origin, distDir, query, FIRST_SEARCH_TIMEOUT_MS));
      }
      first = {
        gzipBytes: median(cold.map((c) => c.bytes.gzip)),
        rawBytes: median(cold.map((c) => c.bytes.raw)),
        firstMs: median(cold.map((c) => c.firstMs)),
        results: median(cold.map((c) => c.count)),
      };
    } catch (error) {
      first = failure(error);
    }
    let queryMs: SearchAtScale['queryMs'];
    try {
      log('scale: warm query time');
      queryMs = median([
        ...(await oursWarm(browser, origin, SCALE_QUERIES, WARM_REPEATS, FIRST_SEARCH_TIMEOUT_MS)).values(),
      ]);
    } catch (error) {
      queryMs = failure(error);
    }
    return { first, queryMs };
  } finally {
    await server.stop();
    await browser.close();
  }
}

/** Stories in the order the home page lists them, and the feed's first item. */
async function listedFirst(distDir: string): Promise<{ home: string | undefined; feed: string | undefined }> {
  const home = parse(await readFile(path.join(distDir, 'index.html'), 'utf8'));
  const first = home.querySelector('.stories h3 a')?.getAttribute('href');
  const feed = await readFile(path.join(distDir, 'rss.xml'), 'utf8').catch(() => '');
  const item = /<item>[\s\S]*?<link>([^<]*)<\/link>/.exec(feed)?.[1];
  const slug = (url: string | undefined): string | undefined => url?.split('/').filter(Boolean).at(-1);
  return { home: slug(first), feed: slug(item) };
}

interface SizeResult {
  stories: number;
  /** The machine's speed around the full build, for the time budgets of this size. */
  speed: MachineSpeed;
  outlets: number;
  articles: number;
  cold: Timed;
  pages: number;
  listPages: number;
  pairPages: number;
  distBytes: number;
  home: { raw: number; gzip: number };
  search: SearchAtScale;
  rebuild: Timed & {
    story: string;
    reanalysed: string[];
    entries: number;
    homeFirst: string | undefined;
    feedFirst: string | undefined;
  };
}

async function measureSize(
  real: { story: StoryInput; articles: ArticleInput[] },
  shape: SiteShape,
  log: (line: string) => void,
): Promise<SizeResult> {
  const root = await benchTemp(`scale-${shape.stories}`);
  try {
    const content = path.join(root, 'content');
    const dist = path.join(root, 'dist');
    const analysisCache = path.join(root, 'analysis-cache');
    const astroCache = path.join(root, 'astro-cache');
    log(`scale: writing ${shape.stories} stories × ${shape.outlets} outlets to ${content}`);
    await writeSite(content, generateSite(real.story, real.articles, shape));

    const { result: cold, speed } = await withSpeed(
      `the ${shape.stories}-story build`,
      () => {
        log(`scale: ${shape.stories} stories, full build with empty caches`);
        return timedBuild(dist, analysisCache, { contentDir: content, astroCacheDir: astroCache });
      },
      log,
    );
    const pages = await htmlPages(dist);
    const homeHtml = await readFile(path.join(dist, 'index.html'));
    const sizes = {
      pages: pages.length,
      listPages: 1 + pages.filter((p) => /^page\/\d+\/index\.html$/.test(p)).length,
      pairPages: pages.filter((p) => /^[^/]+\/compare\/[^/]+\/[^/]+\/index\.html$/.test(p)).length,
      distBytes: await treeBytes(dist),
      home: { raw: homeHtml.length, gzip: gzipSync(homeHtml).length },
    };
    const search = await measureSearch(dist, log);

    // The story in the middle of the list gains an article, dated after all of its others.
    const k = Math.ceil(shape.stories / 2);
    const story = siteStorySlug(k);
    const article = nextSiteArticle(real.articles, shape, k);
    await writeFile(path.join(content, story, `${article.slug}.md`), article.source);
    const before = await cacheEntries(analysisCache);
    log(`scale: ${shape.stories} stories, rebuild after ${story} gained ${article.slug}`);
    const rebuilt = await timedBuild(dist, analysisCache, { contentDir: content, astroCacheDir: astroCache });
    const after = await cacheEntries(analysisCache);
    const fresh = [...after].filter((name) => !before.has(name));
    const first = await listedFirst(dist);
    return {
      stories: shape.stories,
      speed,
      outlets: shape.outlets,
      articles: shape.stories * shape.outlets,
      cold,
      ...sizes,
      search,
      rebuild: {
        ...rebuilt,
        story,
        reanalysed: fresh.map(storyOfEntry).sort(),
        entries: before.size,
        homeFirst: first.home,
        feedFirst: first.feed,
      },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

function buildCell(run: Timed): string {
  return `${ms(run.wallMs)} (CPU ${ms(run.cpuMs)}; load ${run.loadBefore} → ${run.loadAfter})`;
}

function budgets(results: readonly SizeResult[]): Budget[] {
  const at = (n: number): SizeResult | undefined => results.find((r) => r.stories === n);
  const out: Budget[] = [];
  const big = at(BUDGETS.build.stories);
  const onReferenceLimit = xeonBudgetOnReference(BUDGETS.build.onXeonMs);
  out.push(
    budget(
      `full build, ${BUDGETS.build.stories} stories`,
      `≤ ${ms(BUDGETS.build.onXeonMs)} on the ${XEON.name} = ${ms(onReferenceLimit)} on the reference machine`,
      big ? scaledCell(big.cold.wallMs, big.speed) : 'not run',
      big ? onReference(big.cold.wallMs, big.speed) <= onReferenceLimit : null,
    ),
  );
  out.push(
    budget(
      `peak memory of the full build, ${BUDGETS.memory.stories} stories`,
      `≤ ${mib(BUDGETS.memory.bytes)}`,
      big ? mib(big.cold.maxRssKiB * 1024) : 'not run',
      big ? big.cold.maxRssKiB * 1024 <= BUDGETS.memory.bytes : null,
    ),
  );
  const mid = at(BUDGETS.rebuild.stories);
  out.push(
    budget(
      `one article added to a ${BUDGETS.rebuild.stories}-story site: stories analysed again`,
      `only its own (${BUDGETS.rebuild.reanalysed})`,
      mid
        ? `${mid.rebuild.reanalysed.length} (${mid.rebuild.reanalysed.join(', ') || 'none'}; it was ${mid.rebuild.story})`
        : 'not run',
      mid ? mid.rebuild.reanalysed.length === 1 && mid.rebuild.reanalysed[0] === mid.rebuild.story : null,
    ),
  );
  const searched = at(BUDGETS.search.stories);
  const first = searched?.search.first;
  const query = searched?.search.queryMs;
  const cell = (value: string | undefined, failed: string | undefined): string => value ?? failed ?? 'not run';
  const verdict = (ok: boolean | undefined): boolean | null => (searched === undefined ? null : (ok ?? false));
  const firstOk = typeof first === 'object' ? first : undefined;
  const firstFailed = typeof first === 'string' ? first : undefined;
  out.push(
    budget(
      `first search, ${BUDGETS.search.stories} stories: bytes fetched (gzip)`,
      `≤ ${kb(BUDGETS.search.gzipBytes)}`,
      cell(firstOk && kb(firstOk.gzipBytes), firstFailed),
      verdict(firstOk && firstOk.gzipBytes <= BUDGETS.search.gzipBytes),
    ),
    budget(
      `first search, ${BUDGETS.search.stories} stories: first results after the page loads`,
      `≤ ${ms(BUDGETS.search.firstResultsMs)} on the reference machine`,
      cell(firstOk && searched && scaledCell(firstOk.firstMs, searched.speed), firstFailed),
      verdict(firstOk && searched && onReference(firstOk.firstMs, searched.speed) <= BUDGETS.search.firstResultsMs),
    ),
    budget(
      `query, ${BUDGETS.search.stories} stories (warm median)`,
      `≤ ${ms(BUDGETS.search.queryMs)} on the reference machine`,
      cell(
        typeof query === 'number' && searched ? scaledCell(query, searched.speed) : undefined,
        typeof query === 'string' ? query : undefined,
      ),
      verdict(
        typeof query === 'number' && searched
          ? onReference(query, searched.speed) <= BUDGETS.search.queryMs
          : undefined,
      ),
    ),
  );
  return out;
}

export async function benchScale(
  options: ScaleOptions = SCALE_DEFAULTS,
  log: (line: string) => void = console.error,
): Promise<Section> {
  const real = await readStory(BENCH_STORY);
  const results: SizeResult[] = [];
  for (const stories of options.stories)
    results.push(await measureSize(real, { stories, outlets: options.outlets }, log));

  const searchCells = ({ search }: SizeResult): string[] => [
    ...(typeof search.first === 'string'
      ? [search.first, '—']
      : [`${kb(search.first.gzipBytes)} (${kb(search.first.rawBytes)} raw)`, ms(search.first.firstMs)]),
    typeof search.queryMs === 'string' ? search.queryMs : ms(search.queryMs),
  ];
  return {
    id: 'scale',
    title: `The site at scale: stories × ${options.outlets} outlets`,
    tables: [
      {
        caption: 'Full build with empty caches, and rebuild after one story gains one article (both caches warm):',
        columns: [
          'Stories',
          'Articles',
          'Full build: wall (CPU; load)',
          'Peak memory',
          'Rebuild +1 article: wall (CPU; load)',
          'Stories analysed again',
          'Leads home page / feed after',
          'Speed factor around the build',
        ],
        rows: results.map((r) => [
          r.stories,
          r.articles,
          buildCell(r.cold),
          mib(r.cold.maxRssKiB * 1024),
          buildCell(r.rebuild),
          `${r.rebuild.reanalysed.length} of ${r.rebuild.entries} (${r.rebuild.reanalysed.join(', ') || 'none'})`,
          `${r.rebuild.homeFirst === r.rebuild.story ? 'yes' : 'no'} / ${r.rebuild.feedFirst === r.rebuild.story ? 'yes' : 'no'}`,
          r.speed.factor.toFixed(2),
        ]),
      },
      {
        caption: 'What the full build wrote, and the first search on it (Chromium, a fresh context per query):',
        columns: [
          'Stories',
          'Pages',
          'of which pair pages',
          'dist/',
          'Home page HTML (raw / gzip)',
          'Story list pages',
          'First search fetches (gzip)',
          'First results',
          'Query (warm)',
        ],
        rows: results.map((r) => [
          r.stories,
          r.pages,
          r.pairPages,
          mib(r.distBytes),
          `${kb(r.home.raw)} / ${kb(r.home.gzip)}`,
          r.listPages,
          ...searchCells(r),
        ]),
      },
    ],
    budgets: budgets(results),
    notes: [
      ...results.map((r) => `${r.stories} stories: ${speedNote(r.speed)}`),
      `Synthetic stories from bench/generate.ts (generateSite): each story ${options.outlets} rewrites of the shipped articles drawn from its own seed, dated three stories a day back from 18 February 2026. Each size is written to a temporary folder outside the checkout, built by npm run build (scripts/build.ts) with PARALLAX_CONTENT_DIR, PARALLAX_OUT_DIR and a fresh analysis cache and Astro cache, and removed afterwards.`,
      'Wall time is the whole command in a fresh process; CPU is its user + system time, which other processes on a shared machine inflate far less than the wall time; peak memory is its maxRSS (bench/rusage.ts). Load is the 1-minute load average before → after.',
      'Rebuild: the story in the middle of the list gains the article a site with one more outlet per story would have drawn, dated a day after its others; stories analysed again = new analysis-cache entries. “Leads” = the story is first on the home page and first in rss.xml after the rebuild.',
      `First search: ${SCALE_QUERIES.map((q) => `“${q.query}”`).join(', ')} each opened cold at /search/?q=…; bytes are the search code and index fetched until the first results (gzip as a server would send them), time from the page’s load event to the results (the page’s own performance mark); medians over the three. Query: the page’s own parallax:search-query measure, median of ${WARM_REPEATS} warm repeats per query.`,
    ],
    data: { options, results },
  };
}
