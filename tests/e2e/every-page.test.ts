/**
 * Every page of the shipped site in Chromium, each loaded once with its scripts running, for two
 * gates:
 * - Reading Parallax tells no one else: no page, search included, requests anything outside the
 *   site's own origin (no fonts, analytics, CDNs or embeds), and every page loads without a console
 *   error or a CSP violation (a style or script the policy blocks would otherwise fail silently).
 * - axe-core finds no WCAG 2.2 A/AA violation. axe checks the biggest page of each type and the
 *   pages that hold a kind of element no other checked page holds (`pagesToCheck`): every kind of
 *   element the site prints, and the overview, side by side and biggest pair page always.
 * The sitemap lists every page but the not-found one, loaded and checked too (see the first test).
 * One visit per page for both: the two used to be separate files, loading every page twice.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { beforeAll, expect, inject, it } from 'vitest';
import { axeViolations, pagesToCheck } from '../support/axe.ts';
import { visit, watchContext, watchPage } from '../support/page-watch.ts';
import { servedSite } from '../support/served-site.ts';
import { listPages } from '../support/site.ts';

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

/** The not-found page: built, never listed in a sitemap, checked all the same. */
const notFound = `${base}404.html`;
const listed = await sitemapPages();
/** The story folders of content/ and their outlets' files: the slugs that make pages of one type differ. */
const slugs = new Set(
  readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.endsWith('story.md'))
    .map((file) => path.basename(file, '.md')),
);
const every = [...listed, notFound];
const checked = new Map(
  (await pagesToCheck(distDir, base, every, slugs)).map(({ url, reason }) => [url, reason] as const),
);
/** A search whose script fetches the index: its requests are recorded too. */
const search = `${base}search/?q=Hasakah`;
const site = servedSite(distDir, base);
let context: BrowserContext;
/** One page visits every URL in turn (a new page per URL cost Chromium a renderer process each). */
let visitor: Page;

beforeAll(async () => {
  context = await site.browser.newContext();
  await watchContext(context);
  visitor = await context.newPage();
});

it('the sitemap lists every built page but the not-found page', async () => {
  expect(listed).toEqual((await listPages(distDir, base)).filter((page) => page !== notFound));
});

it('reports WCAG violations planted in a page, the costly color-contrast among them, and only those', async () => {
  const page = await context.newPage();
  await visit(page, site.origin + base);
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Grey on grey';
    // Through the CSSOM: the page's CSP refuses style attributes in markup.
    faint.style.color = '#888';
    faint.style.background = '#999';
    const image = document.createElement('img');
    image.width = 20;
    image.height = 20;
    // Skipping heading levels breaks axe's heading-order, a best practice outside WCAG: not reported.
    const skipped = document.createElement('h6');
    skipped.textContent = 'A heading five levels down';
    document.querySelector('main')?.append(faint, image, document.createElement('button'), skipped);
  });
  const violations = await axeViolations(page);
  await page.close();
  expect(violations.map((v) => v.split(' ')[0]).sort()).toEqual(['button-name', 'color-contrast', 'image-alt']);
});

it('checks the overview, side by side and pair pages with axe, and fewer pages than the site has', () => {
  const urls = [...checked.keys()];
  const story = `${base}isis-detainee-transfer/`;
  expect(urls).toEqual(expect.arrayContaining([story, `${story}compare/`, notFound, base, `${base}search/`]));
  expect(urls.filter((url) => url.startsWith(`${story}compare/`) && url !== `${story}compare/`).length).toBeGreaterThan(
    0,
  );
  expect(urls.length).toBeLessThan(every.length);
});

it('has every page type: home, search, story, outlet, comparisons, quotes', () => {
  for (const type of [
    '',
    'search/',
    'isis-detainee-transfer/',
    'isis-detainee-transfer/kurdistan24/',
    'isis-detainee-transfer/compare/',
    'isis-detainee-transfer/quotes/',
  ]) {
    expect(every).toContain(`${base}${type}`);
  }
});

// One page at a time: axe's work is JavaScript in the page, and on two cores the other test
// files already keep the second one busy, so pages in parallel only made each one slower.
it.for(
  [...every, search].map((url) => [
    url,
    checked.has(url) ? `axe: ${checked.get(url)}` : 'no axe: each kind of element on it is on a page axe checks',
  ]),
)('%s requests nothing outside its origin and logs no error or CSP violation (%s)', async ([url]) => {
  const record = watchPage(visitor);
  await visit(visitor, site.origin + url!, url === search ? 'networkidle' : 'load');
  const cspViolations = await visitor.evaluate(() => window.__cspViolations ?? []);
  const axe = checked.has(url!) ? await axeViolations(visitor) : [];
  record.stop();
  expect(record.requests.filter((r) => !r.startsWith(`${site.origin}/`))).toEqual([]);
  expect([...cspViolations, ...record.errors, ...record.dialogs]).toEqual([]);
  expect(axe).toEqual([]);
  if (url === search)
    expect(record.requests).toEqual(
      expect.arrayContaining([
        `${site.origin}${base}search/root.json`,
        `${site.origin}${base}search/stories/isis-detainee-transfer.json`,
      ]),
    );
});
