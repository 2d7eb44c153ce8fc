import { defineConfig } from 'vitest/config';

// Timeouts are for a 2-core machine that other builds keep busy, where everything runs four to
// five times slower than on a quiet one: they catch a hang, never a slow but correct run.
const MINUTE = 60_000;

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker. Two keep both cores busy: while one file waits on
    // Chromium, a process or the disk, the other runs.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 2 * MINUTE,
          // Hooks too: a beforeAll that analyses the shipped story overran Vitest's 10 s default on a busy machine.
          hookTimeout: 2 * MINUTE,
          // The files share each worker's modules: the engine, its lemma tables and the shipped story's
          // analysis (tests/support/shipped-story.ts) load once per worker instead of once per file,
          // which halved the project's CPU time. No unit test mocks modules or changes global state.
          isolate: false,
        },
      },
      {
        // Global setup (tests/support/build-site.ts) builds every fixture site once; the tests only read them.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 5 * MINUTE,
          hookTimeout: 5 * MINUTE,
          // expect.poll waits for a page to react (search results after typing); one second, the default, is a race.
          expect: { poll: { timeout: MINUTE } },
          // As in the unit project: Astro's preview server, Playwright and the engine load once per worker.
          isolate: false,
        },
      },
    ],
  },
});
