/**
 * Gate: axe-core finds no WCAG 2.2 A/AA violation on any page of the sitemap (which lists every
 * page: see the first test), each checked once with its own scripts running.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { PreviewServer } from 'astro';
import type { Browser, BrowserContext } from 'playwright-core';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, serveSite } from '../support/browser.ts';
import { visit } from '../support/page-watch.ts';
import { listPages } from '../support/site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const distDir = inject('distDir');
const base = inject('base');

/** Paths of the pages the sitemap lists, via its index. */
async function sitemapPages(): Promise<string[]> {
  const locs = async (file: string) =>
    parse(await readFile(path.join(distDir, file), 'utf8'))
      .querySelectorAll('loc')
      .map((loc) => new URL(loc.text).pathname);
  const maps = await locs('sitemap-index.xml');
  return (await Promise.all(maps.map((map) => locs(map.slice(base.length))))).flat().sort();
}

const pages = await sitemapPages();
let server: PreviewServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ({ server, origin } = await serveSite(distDir, base));
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('the sitemap lists every built page', async () => {
  expect(pages).toEqual(await listPages(distDir, base));
});

// A few pages at a time: axe waits on the browser much of the time (measured here: 39 s instead of 58 s).
it.concurrent.for(pages)('%s has no WCAG 2.2 AA violation', async (url, { expect }) => {
  const page = await context.newPage();
  await visit(page, origin + url);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  await page.close();
  expect(
    violations.map(
      (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});
