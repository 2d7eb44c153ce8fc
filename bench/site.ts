/**
 * Builds of the shipped site for the bench, always into the bench's own temporary folders (never
 * the shared dist/), and the list of its pages.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A fresh temporary folder for one bench artefact. */
export function benchTemp(name: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `parallax-bench-${name}-`));
}

/** What one build cost. */
export interface BuildRun {
  wallMs: number;
  /** User + system CPU time of the build process. */
  cpuMs: number;
  /** Peak resident memory of the build process (maxRSS). */
  maxRssKiB: number;
}

export interface BuildOptions {
  /** Stories to build (default: the shipped content/). */
  contentDir?: string;
  /** Astro's cache for `contentDir`, kept between builds (default: a fresh one per build). */
  astroCacheDir?: string;
}

/**
 * The Node options and script of `npm run build` (package.json): the bench runs what an author
 * runs, its heap limit included, with the resource-usage preload added.
 */
async function buildCommand(): Promise<string[]> {
  const scripts = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = (scripts['build'] ?? '').split(/\s+/);
  if (program !== 'node' || args.length === 0) {
    throw new Error(`package.json's build script is not "node … <script>": ${scripts['build']}`);
  }
  return args;
}

/**
 * `npm run build` (scripts/build.ts) into `outDir` at base `/`, in a fresh process that reports
 * its own peak memory and CPU time (bench/rusage.ts).
 */
export async function buildSite(
  outDir: string,
  analysisCacheDir: string,
  options: BuildOptions = {},
): Promise<BuildRun> {
  const usage = `${outDir}.rusage.json`;
  const t0 = performance.now();
  await run(process.execPath, ['--import', './bench/rusage.ts', ...(await buildCommand())], {
    env: {
      ...process.env,
      PARALLAX_OUT_DIR: outDir,
      PARALLAX_CACHE_DIR: analysisCacheDir,
      PARALLAX_BENCH_RUSAGE: usage,
      ...(options.contentDir !== undefined && { PARALLAX_CONTENT_DIR: options.contentDir }),
      ...(options.astroCacheDir !== undefined && { PARALLAX_ASTRO_CACHE_DIR: options.astroCacheDir }),
      BASE: '/',
      SITE: 'http://127.0.0.1',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  const used = JSON.parse(await readFile(usage, 'utf8')) as NodeJS.ResourceUsage;
  await rm(usage, { force: true });
  return { wallMs, cpuMs: (used.userCPUTime + used.systemCPUTime) / 1000, maxRssKiB: used.maxRSS };
}

let shipped: Promise<{ root: string; dist: string }> | undefined;

/** The shipped site, built once per bench run and shared by the weight, search and Lighthouse measurements. */
export async function shippedSite(): Promise<string> {
  shipped ??= (async () => {
    const root = await benchTemp('site');
    const dist = path.join(root, 'dist');
    await buildSite(dist, path.join(root, 'analysis-cache'));
    return { root, dist };
  })();
  return (await shipped).dist;
}

/** Removes the shipped site's temporary folder, if this run built it. */
export async function removeShippedSite(): Promise<void> {
  if (shipped !== undefined) await rm((await shipped).root, { recursive: true, force: true });
}

/** Every HTML page of a built site, as `/`-separated paths relative to it (`index.html`, `story/index.html`…). */
export async function htmlPages(distDir: string): Promise<string[]> {
  return (await readdir(distDir, { recursive: true }))
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.html'))
    .sort();
}
