/**
 * A build stopped by Ctrl-C or a kill leaves no staging or cache folder behind and keeps the
 * previous site (issue 15, item 13).
 *
 * The one test file that starts an Astro build, and it stops it. It builds inside the checkout's
 * .cache/, as global setup does (tests/support/build-site.ts says why), so it cannot delete the
 * server bundle of another build.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PREVIOUS_SITE, TEST_BASE } from '../support/build.ts';
import { FIXTURE_SITES } from '../support/build-site.ts';

let scratch: string;
beforeAll(async () => {
  const cache = path.resolve('.cache');
  await mkdir(cache, { recursive: true });
  scratch = await mkdtemp(path.join(cache, 'interrupted-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** How often to look for the staging folder while the build starts. */
const POLL_MS = 50;

it.each(['SIGINT', 'SIGTERM'] as const)(
  'a build interrupted by %s cleans up and keeps the previous site',
  async (signal) => {
    const outDir = path.join(scratch, signal, 'dist');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'index.html'), PREVIOUS_SITE);
    const build = spawn(process.execPath, ['scripts/build.ts'], {
      env: {
        ...process.env,
        // Any content that builds; a fixture folder, so the build makes its own cache folder too.
        PARALLAX_CONTENT_DIR: FIXTURE_SITES.tricky.content,
        PARALLAX_OUT_DIR: outDir,
        BASE: TEST_BASE,
        SITE: 'http://127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
    // Interrupt once Astro is building into its staging folder.
    while (
      build.exitCode === null &&
      !(await readdir(path.dirname(outDir))).some((name) => name.startsWith('dist.building-'))
    ) {
      await sleep(POLL_MS);
    }
    build.kill(signal);
    expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(stderr).toContain(`Build interrupted (${signal})`);
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
  },
);
