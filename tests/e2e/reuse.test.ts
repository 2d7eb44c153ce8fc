/**
 * The who-copied-whom graph and the "only in one outlet" page in Chromium, with JavaScript off: the
 * legend names exactly the line styles drawn, and they look different without colour; arrow tips
 * touch their boxes; the only-in page shows every outlet's list. axe checks both pages in
 * tests/e2e/every-page.test.ts (each is the only page of its type, so always checked there).
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { SHIPPED_STORY } from '../support/shipped-story.ts';

const distDir = inject('distDir');
const base = inject('base');
const story = path.basename(SHIPPED_STORY);
const site = servedSite(distDir, base);

let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ javaScriptEnabled: false });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
}

it('the graph’s legend lists exactly the line styles drawn, told apart by dashes, not colour', async () => {
  const page = await open(`${base}${story}/`);
  const drawn = await page.$$eval('.reuse > .graph-box svg g.edge', (gs) =>
    gs.map((g) => g.getAttribute('data-style')),
  );
  const legend = await page.$$eval('.reuse .legend li', (lis) => lis.map((li) => li.getAttribute('data-style')));
  expect(drawn.length).toBeGreaterThan(0);
  expect(new Set(legend)).toEqual(new Set(drawn));
  expect(legend).toHaveLength(new Set(legend).size);
  const dashes = await page.$$eval('.reuse > .graph-box svg g.edge', (gs) =>
    gs.map((g) => [g.getAttribute('data-style'), getComputedStyle(g.querySelector('path')!).strokeDasharray]),
  );
  for (const [style, dash] of dashes) {
    if (style === 'stated') expect(dash).toBe('none');
    else expect(dash).not.toBe('none');
  }
  // Each legend entry says in words what its line means.
  const texts = await page.$$eval('.reuse .legend li', (lis) => lis.map((li) => li.textContent ?? ''));
  expect(texts.some((t) => t.includes('stated source'))).toBe(drawn.includes('stated'));
  await page.close();
});

it('every arrow tip touches a box’s border, and the graph shows with JavaScript off', async () => {
  const page = await open(`${base}${story}/`);
  const misses = await page.$eval('.reuse > .graph-box svg', (svg) => {
    const rects = [...svg.querySelectorAll('rect')].map((r) => ({
      x: Number(r.getAttribute('x')),
      y: Number(r.getAttribute('y')),
      w: Number(r.getAttribute('width')),
      h: Number(r.getAttribute('height')),
    }));
    const tips = [...svg.querySelectorAll('g.edge polygon')].map((p) =>
      (p.getAttribute('points') ?? '').split(' ')[0]!.split(',').map(Number),
    );
    return tips.filter(
      ([x = NaN, y = NaN]) =>
        !rects.some(
          (r) => (Math.abs(x - r.x) < 0.2 || Math.abs(x - r.x - r.w) < 0.2) && y >= r.y - 0.2 && y <= r.y + r.h + 0.2,
        ),
    ).length;
  });
  expect(misses).toBe(0);
  expect(await page.locator('.reuse > .graph-box svg').isVisible()).toBe(true);
  expect(await page.locator('#reuse-edges-caption').count()).toBe(1);
  // No page of the shipped story shows a publication time: the overview says so rather than guess.
  expect(await page.locator('#reuse-pairs + p').textContent()).toContain(
    'No outlet’s page shows a publication time, so no direction rests on dates.',
  );
  await page.close();
});

it('the only-in page lists each outlet’s own sentences with JavaScript off, linked from the overview', async () => {
  const overview = await open(`${base}${story}/`);
  const href = await overview.locator(`a[href="${base}${story}/only/"]`).first().getAttribute('href');
  expect(href).toBe(`${base}${story}/only/`);
  await overview.close();
  const page = await open(`${base}${story}/only/`);
  const sections = await page.$$eval('section.outlet-only', (ss) =>
    ss.map((s) => ({ id: s.id, sentences: s.querySelectorAll('ol.own > li a').length })),
  );
  expect(sections.length).toBeGreaterThan(1);
  for (const s of sections) expect(s.id).toMatch(/^only-/);
  expect(sections.some((s) => s.sentences > 0)).toBe(true);
  await page.close();
});
