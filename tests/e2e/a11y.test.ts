/**
 * Gate: axe-core finds no WCAG 2.2 A/AA violation on any page of the sitemap (which lists every
 * page but the not-found one, checked too: see the first test), each checked once with its own
 * scripts running.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { parse } from 'node-html-parser';
import { beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { visit } from '../support/page-watch.ts';
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
const pages = [...listed, notFound];
const site = servedSite(distDir, base);
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
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

// One page at a time: axe's work is JavaScript in the page, and on two cores the other test
// files already keep the second one busy, so pages in parallel only made each one slower.
it.for(pages)('%s has no WCAG 2.2 AA violation', async (url) => {
  const page = await context.newPage();
  await visit(page, site.origin + url);
  const violations = await axeViolations(page);
  await page.close();
  expect(violations).toEqual([]);
});
