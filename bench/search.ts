/**
 * Our fuse.js search against Pagefind on the same built site, in Chromium, for ten fixed queries
 * (exact, partial, typo): bytes of search code and index data fetched until the first results,
 * time to first results, warm query latency, and whether the result ranked first holds the
 * intended sentence (and links to it).
 *
 * Ours is measured on the shipped /search/ page through the performance marks its script sets
 * (`parallax:search-first-results`, `parallax:search-query`). Pagefind is indexed with its Node
 * API and driven through its JS API from a bare page of the same origin: the site's CSP does not
 * allow WebAssembly, which Pagefind needs, and that is measured too.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../tests/support/browser.ts';
import { calibrate, onReference, scaledCell, speedNote, speedOf } from './reference.ts';
import { budget, kb, median, ms, type Section } from './report.ts';
import { shippedSite } from './site.ts';

export const QUERIES: readonly { query: string; kind: 'exact' | 'partial' | 'typo'; intended: string }[] = [
  { query: 'worst of the worst', kind: 'exact', intended: 'worst of the worst' },
  { query: 'instant reconstitution of ISIS', kind: 'exact', intended: 'instant reconstitution of ISIS' },
  { query: 'fog of war', kind: 'exact', intended: 'fog of war' },
  { query: 'Baghdad International Airport', kind: 'exact', intended: 'Baghdad International Airport' },
  { query: 'biometrically identifying', kind: 'partial', intended: 'biometrically identifying these individuals' },
  { query: 'pick up their fighters', kind: 'partial', intended: 'come and pick up their fighters' },
  { query: 'severe crisis', kind: 'partial', intended: 'severe crisis situation' },
  { query: 'reconstitusion', kind: 'typo', intended: 'reconstitution' },
  { query: 'wrost of the worst', kind: 'typo', intended: 'worst of the worst' },
  { query: 'helicoptres', kind: 'typo', intended: 'helicopters' },
];

/** Time budgets on the reference machine (bench/reference.ts). */
const BUDGETS = { queryMs: 5, firstResultsMs: 100 };
/** Timed repeats per query for warm latency, after WARMUP untimed ones. */
const REPEATS = 15;
const WARMUP = 3;
const BLANK_PAGE = 'bench-blank.html';
/** Playwright's own default wait, kept for the shipped site. */
const PLAYWRIGHT_TIMEOUT_MS = 30_000;

/** Lower case, straight quotes, single spaces: how "contains the intended sentence" is compared. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

interface Fetched {
  raw: number;
  gzip: number;
  files: number;
}

/** Sizes of the site files behind `urls`, as stored and as gzip would send them. */
async function fetchedBytes(distDir: string, urls: Iterable<string>): Promise<Fetched> {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const url of new Set(urls)) {
    const pathname = decodeURIComponent(new URL(url).pathname);
    const file = path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const data = await readFile(file).catch(() => undefined);
    if (data === undefined) continue;
    raw += data.length;
    gzip += gzipSync(data).length;
    files++;
  }
  return { raw, gzip, files };
}

/** A page in a fresh browser context (empty cache), closed after use. */
async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Records the URLs a page fetches while `during` runs. */
async function recordFetches<T>(page: Page, during: () => Promise<T>): Promise<{ value: T; urls: string[] }> {
  const urls: string[] = [];
  const listener = (response: { url(): string }): void => {
    urls.push(response.url());
  };
  page.on('response', listener);
  try {
    return { value: await during(), urls };
  } finally {
    page.off('response', listener);
  }
}

interface ColdResult {
  /** Search code and index data fetched (not the page's HTML and CSS). */
  bytes: Fetched;
  /** Ours: first results after the load event; Pagefind: from the start of loading its script to the first result's data. */
  firstMs: number;
  count: number;
  firstText: string;
  firstLink: string;
}

export async function oursCold(
  browser: Browser,
  origin: string,
  distDir: string,
  query: string,
  /** How long to wait for the first results: Playwright's default, or more for a large site. */
  timeout = PLAYWRIGHT_TIMEOUT_MS,
): Promise<ColdResult & { afterNavigationMs: number }> {
  return withPage(browser, async (page) => {
    const { value, urls } = await recordFetches(page, async () => {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load', timeout });
      await page.waitForFunction(
        () => performance.getEntriesByName('parallax:search-first-results').length > 0,
        undefined,
        { timeout },
      );
      return page.evaluate(() => {
        const mark = performance.getEntriesByName('parallax:search-first-results')[0]!.startTime;
        const nav = performance.getEntries().find((e) => (e.entryType as string) === 'navigation') as unknown as {
          loadEventStart: number;
        };
        const first = document.querySelector('#search-results li.result');
        return {
          afterNavigationMs: mark,
          firstMs: Math.max(0, mark - nav.loadEventStart),
          count: document.querySelectorAll('#search-results li.result').length,
          firstText: first?.textContent ?? '',
          firstLink: first?.querySelector('a')?.getAttribute('href') ?? '',
        };
      });
    });
    const searchUrls = urls.filter((url) => /\.(?:js|json)$/.test(new URL(url).pathname));
    return { ...value, bytes: await fetchedBytes(distDir, searchUrls) };
  });
}

/** Warm latency of our search: the page's own `parallax:search-query` measure, query after query. */
export async function oursWarm(
  browser: Browser,
  origin: string,
  queries: readonly { query: string }[] = QUERIES,
  repeats = REPEATS,
  /** How long to wait for the index and for each query: Playwright's default, or more for a large site. */
  timeout = PLAYWRIGHT_TIMEOUT_MS,
): Promise<Map<string, number>> {
  return withPage(browser, async (page) => {
    await page.goto(`${origin}/search/?q=worst`, { waitUntil: 'load', timeout });
    await page.waitForFunction(
      () => performance.getEntriesByName('parallax:search-first-results').length > 0,
      undefined,
      { timeout },
    );
    const medians = new Map<string, number>();
    for (const { query } of queries) {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + repeats; i++) {
        const before = await page.evaluate(() => performance.getEntriesByName('parallax:search-query').length);
        await page.fill('#search-query', i % 2 === 0 ? query : `${query} `, { timeout });
        await page.press('#search-query', 'Enter', { timeout });
        await page.waitForFunction((n) => performance.getEntriesByName('parallax:search-query').length > n, before, {
          timeout,
        });
        const duration = await page.evaluate(
          () => performance.getEntriesByName('parallax:search-query').at(-1)!.duration,
        );
        if (i >= WARMUP) times.push(duration);
      }
      medians.set(query, median(times));
    }
    return medians;
  });
}

/** What a Pagefind result's `data()` holds, as far as the bench reads it. */
interface PagefindPage {
  url: string;
  excerpt: string;
  sub_results?: { url: string; excerpt: string }[];
}

/** Where Pagefind's browser API is served; passed into the page, so TypeScript does not try to resolve it. */
const PAGEFIND_JS = '/pagefind/pagefind.js';

async function pagefindCold(browser: Browser, origin: string, distDir: string, query: string): Promise<ColdResult> {
  return withPage(browser, async (page) => {
    await page.goto(`${origin}/${BLANK_PAGE}`);
    const { value, urls } = await recordFetches(page, () =>
      page.evaluate(
        async ({ q, script }) => {
          const t0 = performance.now();
          const pf = (await import(script)) as {
            search(q: string): Promise<{ results: { data(): Promise<PagefindPage> }[] }>;
          };
          const search = await pf.search(q);
          const first = await search.results[0]?.data();
          // What Pagefind's UI shows first: the best sub-result's excerpt and link, else the page's.
          const shown = first?.sub_results?.[0] ?? first;
          const text = (shown?.excerpt ?? '').replace(/<[^>]*>/g, '');
          return {
            firstMs: performance.now() - t0,
            count: search.results.length,
            firstText: text,
            firstLink: shown?.url ?? '',
          };
        },
        { q: query, script: PAGEFIND_JS },
      ),
    );
    return { ...value, bytes: await fetchedBytes(distDir, urls) };
  });
}

async function pagefindWarm(browser: Browser, origin: string): Promise<Map<string, number>> {
  return withPage(browser, async (page) => {
    await page.goto(`${origin}/${BLANK_PAGE}`);
    const medians = new Map<string, number>();
    for (const { query } of QUERIES) {
      const times = await page.evaluate(
        async ({ q, warmup, repeats, script }) => {
          const pf = (await import(script)) as { search(q: string): Promise<unknown> };
          const out: number[] = [];
          for (let i = 0; i < warmup + repeats; i++) {
            const t0 = performance.now();
            await pf.search(q);
            if (i >= warmup) out.push(performance.now() - t0);
          }
          return out;
        },
        { q: query, warmup: WARMUP, repeats: REPEATS, script: PAGEFIND_JS },
      );
      medians.set(query, median(times));
    }
    return medians;
  });
}

/** Can Pagefind run on a real page of the site, under its Content-Security-Policy? */
async function pagefindUnderSiteCsp(browser: Browser, origin: string): Promise<string> {
  return withPage(browser, async (page) => {
    await page.goto(`${origin}/search/`);
    return await page.evaluate(async (script) => {
      try {
        const pf = (await import(script)) as { search(q: string): Promise<{ results: unknown[] }> };
        return `works (${(await pf.search('worst')).results.length} results)`;
      } catch (error) {
        return `fails: ${String(error).slice(0, 160)}`;
      }
    }, PAGEFIND_JS);
  });
}

async function indexWithPagefind(distDir: string): Promise<{ pages: number; ms: number; bytes: number }> {
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (index === undefined) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const output = path.join(distDir, 'pagefind');
  await index.writeFiles({ outputPath: output });
  await pagefind.close();
  const elapsed = performance.now() - t0;
  let bytes = 0;
  for (const name of await readdir(output, { recursive: true })) {
    const s = await stat(path.join(output, name));
    if (s.isFile()) bytes += s.size;
  }
  return { pages: added.page_count, ms: elapsed, bytes };
}

export async function benchSearch(log: (line: string) => void = console.error): Promise<Section> {
  const distDir = await shippedSite();
  log('search: indexing the built site with Pagefind');
  const indexed = await indexWithPagefind(distDir);
  await writeFile(
    path.join(distDir, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>\n',
  );
  const ourIndex = await fetchedBytes(distDir, [
    'http://x/search/root.json',
    'http://x/search/stories/isis-detainee-transfer.json',
  ]);

  const browser = await launchBrowser();
  const { server, origin } = await serveSite(distDir, '/');
  try {
    log('search: calibration before the timed searches');
    const calibration = await calibrate();
    const ours = new Map<string, Awaited<ReturnType<typeof oursCold>>>();
    const theirs = new Map<string, ColdResult>();
    for (const { query } of QUERIES) {
      log(`search: "${query}" cold, ours and Pagefind`);
      ours.set(query, await oursCold(browser, origin, distDir, query));
      theirs.set(query, await pagefindCold(browser, origin, distDir, query));
    }
    log('search: warm query latency');
    const oursLatency = await oursWarm(browser, origin);
    const theirLatency = await pagefindWarm(browser, origin);
    log('search: calibration after the timed searches');
    const speed = speedOf([...calibration, ...(await calibrate())]);
    const csp = await pagefindUnderSiteCsp(browser, origin);

    const hit = (r: ColdResult | undefined, intended: string): boolean =>
      r !== undefined && r.count > 0 && fold(r.firstText).includes(fold(intended));
    // A sentence anchor, in the id scheme of src/lib/article.ts: `<outlet>-p<block>-s<n>`.
    const deep = (r: ColdResult | undefined): boolean =>
      r !== undefined && r.count > 0 && /#[\w-]+-p\d+-s\d+$/.test(r.firstLink);
    const mark = (ok: boolean): string => (ok ? 'yes' : 'no');
    const rows = QUERIES.map(({ query, kind, intended }) => {
      const o = ours.get(query);
      const p = theirs.get(query);
      return [
        `“${query}” (${kind})`,
        `${o?.count ?? 0} / ${p?.count ?? 0}`,
        `${mark(hit(o, intended))}${deep(o) ? ', links to it' : ''} / ${mark(hit(p, intended))}${deep(p) ? ', links to it' : ''}`,
        `${kb(o?.bytes.gzip ?? 0)} / ${kb(p?.bytes.gzip ?? 0)}`,
        `${ms(o?.firstMs ?? NaN)} / ${ms(p?.firstMs ?? NaN)}`,
        `${ms(oursLatency.get(query) ?? NaN)} / ${ms(theirLatency.get(query) ?? NaN)}`,
      ];
    });
    const oursMedian = median([...oursLatency.values()]);
    const theirMedian = median([...theirLatency.values()]);
    const oursFirst = median([...ours.values()].map((r) => r.firstMs));
    const theirFirst = median([...theirs.values()].map((r) => r.firstMs));
    const oursBytes = median([...ours.values()].map((r) => r.bytes.gzip));
    const theirBytes = median([...theirs.values()].map((r) => r.bytes.gzip));
    const oursHits = QUERIES.filter((q) => hit(ours.get(q.query), q.intended)).length;
    const theirHits = QUERIES.filter((q) => hit(theirs.get(q.query), q.intended)).length;
    rows.push([
      '**median / total**',
      '',
      `${oursHits}/10 / ${theirHits}/10`,
      `${kb(oursBytes)} / ${kb(theirBytes)}`,
      `${ms(oursFirst)} / ${ms(theirFirst)}`,
      `${ms(oursMedian)} / ${ms(theirMedian)}`,
    ]);

    const notes = [
      'Each cell is ours (fuse.js) / Pagefind. Bytes are the search code and index data fetched in a fresh browser context until the first results, as gzip would send them (Pagefind’s index files are compressed already); the page’s own HTML and CSS are the same for both and not counted.',
      'First results: ours from the page’s load event to the results on screen (the page starts searching as soon as its index arrives; the results mark is set after rendering); Pagefind from the start of loading pagefind.js to the first result’s data (script, WebAssembly, index chunk, fragment).',
      `Query: median of ${REPEATS} timed repeats after ${WARMUP} warm-up ones; ours is the page’s own parallax:search-query measure (fuse.js search and grouping, no DOM), Pagefind’s is its search() call.`,
      `Pagefind indexed ${indexed.pages} pages in ${ms(indexed.ms)} into ${kb(indexed.bytes)} of files (all chunks, fragments, its JS and WebAssembly; a search fetches only some). Our index for the story (root file and story file) is ${kb(ourIndex.raw)} raw, ${kb(ourIndex.gzip)} gzip.`,
      `Pagefind on the site’s real /search/ page, under its CSP: ${csp}.`,
      'Ranked first = the first result shown (ours: the first result item; Pagefind: the excerpt of its first result’s best sub-result, as its UI shows it) holds the intended words; “links to it” = its link ends in the sentence’s own anchor. Pagefind’s results are pages, split into sub-results only at headings that carry an id, so it links to a page or a heading, never to a sentence.',
    ];
    return {
      id: 'search',
      title: 'Search: fuse.js (ours) against Pagefind',
      tables: [
        {
          columns: [
            'Query',
            'Results',
            'Intended sentence ranked first',
            'Bytes until first results (gzip)',
            'First results',
            'Query (warm median)',
          ],
          rows,
        },
      ],
      budgets: [
        budget(
          'query time in Chromium, median over the ten queries',
          `≤ ${ms(BUDGETS.queryMs)} on the reference machine`,
          scaledCell(oursMedian, speed),
          onReference(oursMedian, speed) <= BUDGETS.queryMs,
        ),
        budget(
          'first results after the page loads (median)',
          `≤ ${ms(BUDGETS.firstResultsMs)} on the reference machine`,
          scaledCell(oursFirst, speed),
          onReference(oursFirst, speed) <= BUDGETS.firstResultsMs,
        ),
      ],
      notes: [...notes, speedNote(speed)],
      data: {
        ours: Object.fromEntries(ours),
        pagefind: Object.fromEntries(theirs),
        oursLatency: Object.fromEntries(oursLatency),
        pagefindLatency: Object.fromEntries(theirLatency),
        pagefindIndex: indexed,
        ourIndex,
        csp,
        speed,
      },
    };
  } finally {
    await server.stop();
    await browser.close();
  }
}
