/**
 * `npm run build`: validate every content file, build the site into a fresh folder beside the
 * target, and only then swap it into place, so a failed build never leaves a half-written site
 * and the previous good `dist/` survives.
 *
 *   PARALLAX_OUT_DIR          where the site goes (default dist)
 *   PARALLAX_CONTENT_DIR      where stories are read from (default content)
 *   PARALLAX_ASTRO_CACHE_DIR  Astro's cache for that content, kept between builds (default: a fresh
 *                             one per build, removed after it); the default content uses Astro's own
 *   SITE, BASE                see astro.config.mjs
 *
 * package.json runs it with V8's old space capped at 1,536 MB: left to size its heap from the
 * machine's memory, V8 collects lazily and a 1,000-story build held 2.9 GB, most of it garbage
 * (README, Performance).
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, ContentErrors } from '../src/data/content-error.ts';
import { contentDir } from '../src/data/content-dir.ts';
import { readContent } from '../src/data/read-content.ts';
import { writeHeaderPolicy } from './csp-header.ts';

const outDir = path.resolve(process.env['PARALLAX_OUT_DIR'] ?? 'dist');
const usesDefaultContent = process.env['PARALLAX_CONTENT_DIR'] === undefined;
const keptCacheDir = process.env['PARALLAX_ASTRO_CACHE_DIR'];

/**
 * Folders this build made and must not leave behind: the staging folder and a fixture build's
 * cache. They are removed when the process exits, however it exits (a failed build, Ctrl-C, a
 * kill), and not before: a failed Astro build can still have writes in flight into them.
 */
const scratch: string[] = [];
process.on('exit', () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
// Exit codes of a process ended by a signal, as shells report them (128 + the signal's number).
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    console.error(`Build interrupted (${signal}); ${path.relative(process.cwd(), outDir) || '.'}/ was left as it was.`);
    process.exit(code);
  });
}

async function main(): Promise<void> {
  // Same schemas as the content collections, but with the file's line for every problem.
  await readContent(contentDir);
  // Astro lets these environment variables override its own import.meta.env values, so a BASE_URL
  // left in a CI environment (or set by a test runner) would drop the base from every link.
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- process.env is a plain record of variables
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
  // Loaded only now: importing Astro takes longer than checking the content, so bad content fails fast.
  const { build } = await import('astro');

  const staging = await mkdtemp(`${outDir}.building-`);
  scratch.push(staging);
  // Fixture builds get their own content cache so they never read or poison the real one; the
  // bench keeps one per generated site, to rebuild it as a site that gains an article would be.
  const cacheDir = usesDefaultContent ? undefined : (keptCacheDir ?? `${staging}.cache`);
  if (cacheDir && cacheDir !== keptCacheDir) scratch.push(cacheDir);
  await build({ outDir: staging, logLevel: 'warn', ...(cacheDir && { cacheDir }) });
  await writeHeaderPolicy(staging);
  const previous = `${outDir}.previous`;
  await rm(previous, { recursive: true, force: true });
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
  console.log(`Built ${path.relative(process.cwd(), outDir) || '.'}/`);
}

function describe(error: unknown): string {
  if (error instanceof ContentErrors || error instanceof ContentError) return error.message;
  if (error instanceof Error) {
    // Astro's errors carry the file they are about; the stack says nothing an author can act on.
    const loc = (error as { loc?: { file?: string; line?: number } }).loc;
    const where = loc?.file ? `${path.relative(process.cwd(), loc.file)}${loc.line ? `:${loc.line}` : ''} ` : '';
    return `${where}${error.message}`;
  }
  return String(error);
}

try {
  await main();
} catch (error) {
  console.error(
    `Build failed; ${path.relative(process.cwd(), outDir) || '.'}/ was left as it was.\n${describe(error)}`,
  );
  if (process.env['DEBUG']) console.error(error);
  // Exit now: whatever Astro still has in flight would only add its own stack traces.
  process.exit(1);
}
