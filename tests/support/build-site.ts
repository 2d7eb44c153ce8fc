/**
 * Global setup of the `site` project: builds every fixture site of the run once, before any test,
 * and hands their folders to the tests (`inject('sites')`). No test file runs an Astro build to
 * the end (the failing-build tests stop in the preflight, before Astro is loaded; the
 * interrupted-build test starts one inside the checkout and kills it), which is what lets the test
 * files run in parallel.
 *
 * Two builds at once are safe because every site is built inside the checkout: Astro writes the
 * server bundle of a static build into `<outDir>/.prerender/` when outDir is inside the working
 * directory, and into the one shared `<checkout>/.astro/.prerender/` when it is not, where two
 * builds delete each other's chunks. What the builds still share is written atomically with the
 * same content (.astro/content-*.mjs), or only read by editors and tsc (.astro/*.d.ts), or, for
 * Vite's prebundled dependencies in node_modules/.vite/, written by whichever build finds them
 * missing: the shipped site is built alone first so that that happens before any concurrency.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildContent, buildOverPreviousSite, runScript, TEST_BASE, type BuildResult } from './build.ts';

/** A fixture site as global setup left it. */
export interface BuiltSite extends BuildResult {
  /** What it was built from, relative to the checkout. */
  contentDir: string;
  distDir: string;
  /** Output of the step that prepared its content, when it has one. */
  prepared?: BuildResult;
  /** Wall-clock seconds the build took: printed for whoever tunes the suite, asserted by nothing. */
  seconds: number;
}

export const ADD_ARTICLE = {
  story: 'isis-detainee-transfer',
  outlet: 'Harbor Wire',
  url: 'https://example.com/harbor-wire/detainees',
  file: 'tests/fixtures/add-article/wire-report.html',
} as const;

/** `npm run add-article` on a content folder, as an author would run it, with extra options. */
export function addArticle(contentDir: string, ...args: string[]): Promise<BuildResult> {
  const { story, outlet, url, file } = ADD_ARTICLE;
  return runScript('scripts/add-article.ts', ['--story', story, '--outlet', outlet, '--url', url, ...args, file], {
    PARALLAX_CONTENT_DIR: contentDir,
  });
}

interface FixtureSite {
  /** The content folder; undefined builds content/ exactly as `npm run build` does. */
  content?: string;
  /** Build over a previous good site, to see the new one replace it. */
  overPrevious?: boolean;
  /** Makes the content folder (inside `dir`) and returns it with the output of the step. */
  prepare?: (dir: string) => Promise<{ content: string; prepared: BuildResult }>;
}

export const FIXTURE_SITES = {
  /** The shipped content, built as `npm run build` builds it: every site and browser test reads it. */
  shipped: {},
  /** content/ again, with a fresh content cache, over a previous site: the determinism gate and the swap-in test. */
  rebuilt: { content: 'content', overPrevious: true },
  hostile: { content: 'tests/fixtures/hostile' },
  tricky: { content: 'tests/fixtures/tricky' },
  /** content/ and three tricky stories: a site of four stories, for search across stories. */
  stories: {
    prepare: async (dir) => {
      const content = path.join(dir, 'content');
      await cp('content', content, { recursive: true });
      for (const story of ['quotation-marks', 'unicode', 'windows'])
        await cp(path.join('tests/fixtures/tricky', story), path.join(content, story), { recursive: true });
      return { content, prepared: { code: 0, stdout: '', stderr: '' } };
    },
  },
  /** A copy of content/ with one article added by `npm run add-article`. */
  'add-article': {
    prepare: async (dir) => {
      const content = path.join(dir, 'content');
      await cp('content', content, { recursive: true });
      return { content, prepared: await addArticle(content, '--cite', 'Fox News Digital') };
    },
  },
} satisfies Record<string, FixtureSite>;

export type SiteName = keyof typeof FIXTURE_SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site of the shipped content (`sites.shipped.distDir`). */
    distDir: string;
    base: string;
    sites: Record<SiteName, BuiltSite>;
  }
}

/** Builds taking place at once after the first. Two cores are the machine the suite is sized for. */
const CONCURRENT_BUILDS = 2;

async function build(name: SiteName, root: string): Promise<BuiltSite> {
  const site: FixtureSite = FIXTURE_SITES[name];
  const started = performance.now();
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  const { content, prepared } = site.prepare ? await site.prepare(dir) : { content: site.content, prepared: undefined };
  const distDir = path.join(dir, 'dist');
  const result =
    prepared !== undefined && prepared.code !== 0
      ? { code: 1, stdout: '', stderr: `preparing the content failed:\n${prepared.stderr}` }
      : site.overPrevious === true && content !== undefined
        ? await buildOverPreviousSite(content, distDir)
        : await buildContent(content, distDir);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { ...result, contentDir: content ?? 'content', distDir, seconds, ...(prepared && { prepared }) };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cache = path.resolve('.cache');
  await mkdir(cache, { recursive: true });
  const root = await mkdtemp(path.join(cache, 'test-sites-'));
  const started = performance.now();
  const [first, ...rest] = Object.keys(FIXTURE_SITES) as SiteName[];
  const sites = { [first!]: await build(first!, root) } as Record<SiteName, BuiltSite>;
  // Every site and browser test reads the shipped site: without it there is nothing to run.
  if (sites.shipped.code !== 0) throw new Error(`building content/ failed:\n${sites.shipped.stderr}`);
  const queue = [...rest];
  await Promise.all(
    Array.from({ length: CONCURRENT_BUILDS }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) sites[name] = await build(name, root);
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const each = Object.entries(sites).map(([name, s]) => `${name} ${s.seconds} s${s.code === 0 ? '' : ' FAILED'}`);
  console.log(`Built ${each.length} fixture sites in ${seconds} s (${each.join(', ')})`);
  project.provide('sites', sites);
  project.provide('distDir', sites.shipped.distDir);
  project.provide('base', TEST_BASE);
  return () => rm(root, { recursive: true, force: true });
}
