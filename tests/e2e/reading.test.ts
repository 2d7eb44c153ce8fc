/**
 * Reading in a real browser (system Chromium, headless) against the built site served at its
 * sub-path: every page type fits a phone and a desktop without sideways scrolling, shows all of
 * its content with JavaScript off, and a coverage-matrix link lands on its highlighted sentence.
 * With SCREENSHOTS=1, each view is photographed into test-results/screenshots/ (gitignored) for people
 * to look at.
 */
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { readPage } from '../support/site.ts';

const SHOTS = 'test-results/screenshots';
/**
 * Photographs are for people and assert nothing; the 22 full pages cost a third of this file's
 * CPU time (86 s with them, 59 s without, Chromium included), so `npm test` takes them only when asked.
 */
const PHOTOGRAPH = process.env['SCREENSHOTS'] === '1';

async function photograph(page: Page, name: string, fullPage = false): Promise<void> {
  if (PHOTOGRAPH) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}
const WIDTHS = [1280, 375] as const;
const distDir = inject('distDir');
const base = inject('base');

/** One page of each type (every outlet page) of the first story in content/. */
const story =
  readdirSync('content', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()[0] ?? '';
const outlets = readdirSync(path.join('content', story))
  .filter((f) => f.endsWith('.md') && f !== 'story.md')
  .map((f) => f.replace(/\.md$/, ''))
  .sort();
const [first = '', second = ''] = outlets;
const pageTypes = [
  { name: 'home', path: base },
  { name: 'overview', path: `${base}${story}/` },
  ...outlets.map((o) => ({ name: `outlet-${o}`, path: `${base}${story}/${o}/` })),
  { name: 'compare', path: `${base}${story}/compare/` },
  { name: 'pair', path: `${base}${story}/compare/${first}/${second}/` },
  { name: 'quotes', path: `${base}${story}/quotes/` },
  { name: 'only', path: `${base}${story}/only/` },
];

const site = servedSite(distDir, base);

beforeAll(async () => {
  if (PHOTOGRAPH) await mkdir(SHOTS, { recursive: true });
});

interface OpenOptions {
  width: number;
  javaScript?: boolean;
  dark?: boolean;
  motion?: boolean;
}

async function newPage(options: OpenOptions): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.dark === true ? 'dark' : 'light',
    reducedMotion: options.motion === true ? 'no-preference' : 'reduce',
  });
  return context.newPage();
}

async function go(page: Page, path: string): Promise<Page> {
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** A fresh page at `path`, for a test that changes what it shows; close its context after. */
async function open(path: string, options: OpenOptions): Promise<Page> {
  return go(await newPage(options), path);
}

/**
 * A page that only reads: one per kind of visit, going from URL to URL. A new page costs Chromium
 * a renderer process, about three times the CPU of the next URL in the same one.
 */
const readers = new Map<string, Promise<Page>>();
async function visitPage(path: string, options: OpenOptions): Promise<Page> {
  const key = JSON.stringify(options);
  let page = readers.get(key);
  if (page === undefined) readers.set(key, (page = newPage(options)));
  return go(await page, path);
}
afterAll(async () => {
  for (const page of readers.values()) await (await page).context().close();
});

describe('every page type at desktop and phone widths', () => {
  for (const width of WIDTHS) {
    for (const { name, path } of pageTypes) {
      it(`${name} fits ${width} px without horizontal page scrolling (wide tables scroll in their own box)`, async () => {
        const page = await visitPage(path, { width });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        await photograph(page, `${name}-${width}`, true);
      });
    }
  }

  it('renders in dark mode with the page background dark and the text light', async () => {
    const outlet = pageTypes.find((p) => p.name.startsWith('outlet-'));
    const page = await open(outlet?.path ?? base, { width: 1280, dark: true });
    const [bg, fg] = await page.evaluate(() => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.body).color,
    ]);
    const luminance = (rgb: string): number =>
      (rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map(Number)
        .reduce((sum, c) => sum + c, 0) / 3;
    expect(luminance(bg)).toBeLessThan(60);
    expect(luminance(fg)).toBeGreaterThan(180);
    await photograph(page, `${outlet?.name ?? 'outlet'}-1280-dark`);
    await page.context().close();
  });
});

describe('with JavaScript disabled', () => {
  it.each(pageTypes)('$name shows every sentence, table cell and diff', async ({ name, path }) => {
    {
      const page = await visitPage(path, { width: 1280, javaScript: false });
      const hidden = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            'main span.s, main td, main th, main del, main ins, main li, main p, main h1, main h2, main svg',
          ),
        ]
          // Hidden only for screen readers (.vh), or folded in a <details> the reader opens (a match's
          // evidence): not waiting for a script. A closed <details>' summary must show.
          .filter(
            (el) =>
              el.closest('.vh') === null &&
              (el.closest('details:not([open])') === null || el.closest('summary') !== null) &&
              !el.checkVisibility(),
          )
          .map((el) => `${el.tagName} ${el.id} ${el.textContent?.slice(0, 40) ?? ''}`),
      );
      expect(hidden, name).toEqual([]);
      // Same content as the HTML file: nothing waits for a script to fill it in.
      const staticSentences = (await readPage(distDir, base, path)).querySelectorAll('main span.s').length;
      expect(await page.locator('main span.s').count(), name).toBe(staticSentences);
    }
  });
});

describe('touch targets as Lighthouse measures them, on a phone, before the later blocks are drawn', () => {
  // tests/support/axe.ts draws every deferred block before axe runs, as a reader who scrolled sees
  // it; Lighthouse does not, and a block not yet drawn keeps its estimated height while what it
  // holds keeps its own, over the next block. A pair page has the longest run of such blocks.
  const pairs = outlets.flatMap((a) => outlets.filter((b) => a < b).map((b) => `${base}${story}/compare/${a}/${b}/`));
  const paths = [...pageTypes.filter((p) => p.name !== 'pair').map((p) => p.path), ...pairs];
  it(`every page type, every pair page (${paths.length} pages) leaves each link and control 24 px clear of the others (axe's target-size)`, async () => {
    const context = await site.browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    let skipped = 0;
    for (const path of paths) {
      await go(page, path);
      // A block is still skipped when what it holds is taller than its box.
      skipped += await page.evaluate(
        () =>
          [...document.querySelectorAll('.deferred')].filter(
            (block) =>
              [...block.children].reduce((h, child) => h + child.getBoundingClientRect().height, 0) >
              block.getBoundingClientRect().height + 1,
          ).length,
      );
      const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(
        violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
        path,
      ).toEqual([]);
    }
    expect(skipped).toBeGreaterThan(pairs.length);
    await context.close();
  });
});

describe('why a match is made, with JavaScript off', () => {
  it('opens from the keyboard on a pair page and shows the highlighted shared terms and the matched part', async () => {
    const pair = pageTypes.find((p) => p.name === 'pair')?.path ?? '';
    const page = await open(pair, { width: 1280, javaScript: false });
    const why = page.locator('details.why').first();
    const evidence = why.locator('mark.ev').first();
    expect(await evidence.isVisible()).toBe(false);
    await why.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => evidence.isVisible()).toBe(true);
    expect(await why.locator('summary').textContent()).toMatch(
      /(strong|likely) match · scores \d\.\d\d \/ \d\.\d\d in the claim, \d\.\d\d with each other/,
    );
    expect((await evidence.textContent())?.trim().length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('following a link', () => {
  it('from the coverage matrix scrolls to the sentence and highlights it', async () => {
    const overview = pageTypes.find((p) => p.name === 'overview')?.path ?? '';
    const page = await open(overview, { width: 1280 });
    // The last row's last link points far down an article, so the jump must really scroll.
    const link = page.locator('table.matrix td.has a').last();
    const href = (await link.getAttribute('href')) ?? '';
    const id = decodeURIComponent(href.split('#')[1] ?? '');
    expect(id).not.toBe('');
    await link.click();
    await page.waitForURL((url) => url.hash === `#${encodeURIComponent(id)}`);
    const sentence = page.locator(`[id="${id}"]`);
    await expect.poll(() => sentence.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await sentence.boundingBox();
    const viewport = page.viewportSize();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + 10).toBeLessThanOrEqual(viewport?.height ?? 0);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await photograph(page, 'matrix-link-target-1280');
    await page.context().close();
  });

  // Long pages lay out far-off sections only when they near the screen (.deferred, content-visibility):
  // a page opened at a fragment must still land on it, with the sections above it at their real size.
  for (const width of WIDTHS) {
    it(`opened at a fragment far down a page, lands on it at ${width} px`, async () => {
      const last = async (urlPath: string, selector: string): Promise<string> => {
        const ids = (await readPage(distDir, base, urlPath)).querySelectorAll(selector).map((el) => el.id);
        expect(ids.length, `${selector} on ${urlPath}`).toBeGreaterThan(2);
        return `${urlPath}#${ids.at(-1) ?? ''}`;
      };
      const targets = [
        await last(`${base}${story}/quotes/`, 'section.deferred[id]'),
        await last(`${base}${story}/`, 'section.deferred [id]'),
        await last(`${base}${story}/compare/`, 'section.deferred tr[id]'),
        await last(`${base}${story}/compare/${first}/${second}/`, 'ol.deferred > li[id]'),
      ];
      for (const target of targets) {
        // With motion allowed, as most readers have it: the page scrolls smoothly, and a smooth
        // scroll aims at where the target was before the blocks above it were laid out.
        const page = await open(target, { width, motion: true });
        const id = decodeURIComponent(target.split('#')[1] ?? '');
        const element = page.locator(`[id="${id}"]`);
        await expect.poll(() => element.evaluate((el) => el.matches(':target'))).toBe(true);
        // Until the scrolling has stopped: the same position for 30 frames in a row.
        await page.evaluate(
          () =>
            new Promise<void>((done) => {
              let still = 0;
              let last = -1;
              const frame = (): void => {
                still = scrollY === last ? still + 1 : 0;
                last = scrollY;
                if (still >= 30) done();
                else requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            }),
        );
        const box = await element.boundingBox();
        expect(box?.y ?? -1, `${target}: below the top`).toBeGreaterThanOrEqual(0);
        expect(box?.y ?? Infinity, `${target}: in view`).toBeLessThan(page.viewportSize()?.height ?? 0);
        await page.context().close();
      }
    });
  }

  it('pressing / focuses the header search box (the one enhancement script)', async () => {
    const page = await open(pageTypes[1]?.path ?? base, { width: 1280 });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.context().close();
  });
});
