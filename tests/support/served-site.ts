import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveSite } from './browser.ts';

/** Chromium and a built site served for one test file; both are set once the file's first hook has run. */
export interface ServedSite {
  browser: Browser;
  /** Where the site is served, such as http://127.0.0.1:4321 (the base follows it in every path). */
  origin: string;
}

/**
 * Serves `distDir` at `base` and launches Chromium before the calling file's tests, and closes both
 * after them: call it at the top of a test file, before any hook that uses the browser.
 */
export function servedSite(distDir: string, base: string): ServedSite {
  const site = {} as ServedSite;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const { server, origin } = await serveSite(distDir, base);
    stop = () => server.stop();
    site.origin = origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await stop?.();
  });
  return site;
}
