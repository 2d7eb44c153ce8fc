/**
 * Build time: `npm run build` of the shipped content against two baselines made of the same
 * Astro project (bench/baseline) with the same pages and text and no analysis: bare, and with
 * the site's own content collections (the glob loader and zod schemas the design requires); and a
 * rebuild whose analysis comes from the cache. Every build goes into the bench's own temporary
 * folders. The budget is a ratio to a baseline built in the same run, so it holds on any machine.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { budget, median, ms, type Section } from './report.ts';
import { benchTemp, buildSite, htmlPages } from './site.ts';

const run = promisify(execFile);
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const BUDGET_RATIO = 1.5;
/** Rounds of builds: a busy machine's noise needs more than three to settle a median. */
const RUNS = 5;
const CONTENT_DIR = path.resolve('content');

/** Each page's path, title and visible text, for the baseline to print the same words. */
async function pageTexts(distDir: string): Promise<{ path: string; title: string; paragraphs: string[] }[]> {
  return Promise.all(
    (await htmlPages(distDir)).map(async (file) => {
      const root = parse(await readFile(path.join(distDir, file), 'utf8'));
      for (const code of root.querySelectorAll('script, style')) code.remove();
      const paragraphs = (root.querySelector('body')?.structuredText ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return {
        path: file.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, ''),
        title: root.querySelector('title')?.text ?? '',
        paragraphs,
      };
    }),
  );
}

/** Analysis-cache entries and when each was last written. */
async function cacheEntries(dir: string): Promise<Map<string, number>> {
  const names = await readdir(dir).catch(() => []);
  return new Map(
    await Promise.all(names.map(async (name) => [name, (await stat(path.join(dir, name))).mtimeMs] as const)),
  );
}

/** The `astro build` CLI in `root`; returns its wall time in ms. */
async function astroBuild(root: string, outDir: string, env: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  await run(process.execPath, [ASTRO, 'build', '--root', root, '--outDir', outDir, '--silent'], {
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return performance.now() - t0;
}

export async function benchBuild(runs = RUNS, log: (line: string) => void = console.error): Promise<Section> {
  const root = await benchTemp('build');
  const cache = path.join(root, 'analysis-cache');
  const out = (name: string): string => path.join(root, name);

  // The baselines print the shipped site's own pages: one build first to read them from.
  log('build: shipped site, for the baselines to print its pages');
  await buildSite(out('pages-site'), out('pages-cache'));
  const pages = await pageTexts(out('pages-site'));
  const pagesFile = out('baseline-pages.json');
  await writeFile(pagesFile, JSON.stringify(pages));

  // Each round builds every variant once, back to back, so a change in the machine's load hits
  // them alike; the budget is the median of the rounds' own ratios.
  const cold: number[] = [];
  const cli: number[] = [];
  const baseline: number[] = [];
  const withCollections: number[] = [];
  for (let i = 0; i < runs; i++) {
    const round = `(${i + 1}/${runs})`;
    log(`build: shipped site, empty analysis cache ${round}`);
    await rm(cache, { recursive: true, force: true });
    cold.push((await buildSite(out(`cold-${i}`), cache)).wallMs);
    log(`build: shipped site, astro build CLI, empty analysis cache ${round}`);
    cli.push(
      await astroBuild('.', out(`cli-${i}`), {
        PARALLAX_CACHE_DIR: out(`cli-cache-${i}`),
        BASE: '/',
        SITE: 'http://127.0.0.1',
      }),
    );
    log(`build: bare baseline ${round}`);
    baseline.push(await astroBuild('bench/baseline', out(`baseline-${i}`), { BASELINE_PAGES: pagesFile }));
    log(`build: baseline with the site's content collections ${round}`);
    withCollections.push(
      await astroBuild('bench/baseline', out(`collections-${i}`), {
        BASELINE_PAGES: pagesFile,
        BASELINE_COLLECTIONS: '1',
        PARALLAX_CONTENT_DIR: CONTENT_DIR,
      }),
    );
  }
  const written = await cacheEntries(cache);
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    log(`build: shipped site, warm analysis cache (${i + 1}/${runs})`);
    warm.push((await buildSite(out(`warm-${i}`), cache)).wallMs);
  }
  const after = await cacheEntries(cache);
  // Same key written again = analysed again for the same inputs (a cache failure); a new key =
  // the engine's code or the content changed while the bench ran (others edit the shared tree).
  const rewritten = [...after].filter(([name, mtime]) => written.has(name) && written.get(name) !== mtime).length;
  const newKeys = [...after.keys()].filter((name) => !written.has(name)).length;
  const baselinePages = (await htmlPages(out('baseline-0'))).length;
  await rm(root, { recursive: true, force: true });

  const baselineMedian = median(baseline);
  const collectionsMedian = median(withCollections);
  const roundRatios = (over: number[]): number => median(cli.map((t, i) => t / over[i]!));
  const ratio = roundRatios(withCollections);
  const bareRatio = roundRatios(baseline);
  const npmRatio = median(cold.map((t, i) => t / withCollections[i]!));
  const row = (name: string, times: number[], pageCount = pages.length): (string | number)[] => [
    name,
    pageCount,
    ms(median(times)),
    times.map((t) => ms(t)).join(', '),
    (median(times) / baselineMedian).toFixed(2),
    (median(times) / collectionsMedian).toFixed(2),
  ];
  return {
    id: 'build',
    title: 'Build',
    tables: [
      {
        columns: [
          'Build',
          'Pages',
          'Wall time (median)',
          'Runs',
          'Ratio to bare baseline',
          'Ratio to baseline with collections',
        ],
        rows: [
          row('astro build of bench/baseline: bare Astro, same pages and text, no analysis', baseline, baselinePages),
          row(
            'astro build of bench/baseline with the site’s content collections (BASELINE_COLLECTIONS=1)',
            withCollections,
            baselinePages,
          ),
          row('astro build of the shipped site, empty analysis cache', cli),
          row('npm run build (content preflight + astro build + staging swap), empty analysis cache', cold),
          row(
            `npm run build, unchanged content (analysis cache: ${written.size} entries, ${rewritten} rewritten, ${newKeys} new)`,
            warm,
          ),
        ],
      },
    ],
    budgets: [
      budget(
        'astro build against the baseline with the same content collections',
        `≤ ${BUDGET_RATIO}×`,
        `${ratio.toFixed(2)}× (npm run build: ${npmRatio.toFixed(2)}×; against the bare baseline ${bareRatio.toFixed(2)}×)`,
        ratio <= BUDGET_RATIO,
      ),
      budget(
        'rebuild with unchanged articles does no alignment',
        '0 analyses',
        `${rewritten} of ${written.size} entries rewritten${newKeys > 0 ? `; ${newKeys} new keys: src/lib, the lockfile or content changed during the run, so not measured` : ''}`,
        newKeys > 0 ? null : written.size > 0 && rewritten === 0,
      ),
    ],
    notes: [
      'Wall time of the whole command in a fresh process, each into its own temporary folder; Astro’s own content cache (node_modules/.astro) is warm for every build, the baselines’ too.',
      'The budget compares the site with the baseline that loads the same content collections, since the design requires them; the ratio to the bare baseline is reported beside it. Both baselines print the text of the site’s own pages, extracted from its build.',
      'Each round builds the site and both baselines back to back; the budget’s ratios are the median of the rounds’ own ratios, which a busy machine’s changing load disturbs less than the ratio of the medians shown in the table.',
      'An analysis is written to the cache exactly when it runs, so “0 rewritten” on the rebuilds means analyzeStory did not run. The two npm run build rows differ little: analysing the real story takes tens of milliseconds (see Analysis at scale), so nearly all of the build is Astro rendering the pages.',
    ],
    data: {
      cold,
      cli,
      warm,
      baseline,
      withCollections,
      pages: pages.length,
      baselinePages,
      cacheEntries: written.size,
      rewritten,
      newKeys,
    },
  };
}
