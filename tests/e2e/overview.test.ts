/**
 * The story overview as a journalist reads it, in Chromium at 1280 × 800 and 375 × 812, light and
 * dark: the summary sits inside the first screen and a half and answers four questions — who
 * altered a quote, what only one outlet says, where each got its story, how each hedges "6,000" —
 * with links that land on the evidence; no table is wider than its box; every quote label is in
 * view on a phone; the heat map's darkest cell is the largest overlap in both colour schemes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { servedSite } from '../support/served-site.ts';

const distDir = inject('distDir');
const base = inject('base');
const story = 'isis-detainee-transfer';
const overview = `${base}${story}/`;
/** The summary must end within this many screens from the top of the page. */
const SCREENS = 1.5;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const site = servedSite(distDir, base);

async function open(
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
): Promise<Page> {
  const context = await site.browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const response = await page.goto(site.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Follows a link of the summary and returns the element it lands on, checking it is in view. */
async function follow(page: Page, selector: string): Promise<{ id: string; text: string; html: string }> {
  const link = page.locator(selector).first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href, selector).toMatch(/#./);
  await link.click();
  const id = decodeURIComponent(href.split('#')[1] ?? '');
  await page.waitForURL((url) => url.hash === `#${encodeURIComponent(id)}`);
  const target = page.locator(`[id="${id}"]`);
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(box, id).not.toBeNull();
  expect(box?.y ?? -1, `${id} below the top`).toBeGreaterThanOrEqual(0);
  expect(box?.y ?? Infinity, `${id} in view`).toBeLessThan(viewport?.height ?? 0);
  return {
    id,
    text: (await target.textContent()) ?? '',
    html: await target.innerHTML(),
  };
}

for (const viewport of VIEWPORTS) {
  for (const scheme of SCHEMES) {
    describe(`the overview at ${viewport.width} × ${viewport.height}, ${scheme}`, () => {
      // The five tests of the summary share one loaded overview: loading the site's biggest page again
      // for each was most of this file's time. Each starts on the overview (loaded again only when
      // the test before followed a link to another page), at the top, with no fragment in the URL.
      let page: Page;
      beforeAll(async () => {
        page = await open(overview, viewport, scheme);
      });
      beforeEach(async () => {
        if (new URL(page.url()).pathname !== overview) await page.goto(site.origin + overview);
        await page.evaluate(() => {
          history.replaceState(null, '', location.pathname);
          window.scrollTo({ top: 0, behavior: 'instant' });
        });
      });
      afterAll(async () => {
        await page?.context().close();
      });

      it(`shows the summary within the first ${SCREENS} screens`, async () => {
        const bottom = await page.locator('section.summary').evaluate((el) => el.getBoundingClientRect().bottom);
        expect(bottom).toBeLessThanOrEqual(SCREENS * viewport.height);
        // It has something to say about each question, and the in-page navigation follows it.
        for (const kind of ['altered', 'number', 'only', 'copied'])
          expect(await page.locator(`.summary dd[data-kind="${kind}"]`).count(), kind).toBeGreaterThan(0);
        const sections = await page
          .locator('nav.on-page a')
          .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
        for (const id of sections) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
      });

      it('(a) names who altered a quote and links to the diff against the wording others print', async () => {
        const line = page.locator('.summary dd[data-kind="altered"]').first();
        const who = ((await line.textContent()) ?? '').split(' alters ')[0] ?? '';
        expect(who.length).toBeGreaterThan(0);
        const target = await follow(page, '.summary dd[data-kind="altered"] a');
        expect(target.text).toContain(who);
        expect(target.html).toMatch(/<del|<ins/);
      });

      it('(b) counts what each outlet alone says, linking to that outlet’s list of own sentences', async () => {
        const link = page.locator('.summary dd[data-kind="only"] a').first();
        const count = Number(/(\d+)\s*$/.exec((await link.textContent()) ?? '')?.[1]);
        expect(count).toBeGreaterThan(0);
        const target = await follow(page, '.summary dd[data-kind="only"] a');
        expect(target.id).toMatch(/^only-/);
        expect(await page.locator(`#${target.id} ol.own > li`).count()).toBe(count);
      });

      it('(c) says who copied whom, linking to the graph', async () => {
        const line = (await page.locator('.summary dd[data-kind="copied"]').textContent()) ?? '';
        expect(line).toContain('republishes Las Vegas News Magazine');
        expect(line).toContain('names no source');
        const target = await follow(page, '.summary .group[data-kind="copied"] a');
        expect(target.id).toBe('provenance');
        expect(await page.locator('#provenance ~ figure svg').count()).toBeGreaterThan(0);
      });

      it('(d) shows how the outlets hedge “6,000”, linking to each outlet’s words', async () => {
        const lines = page.locator('.summary dd[data-kind="number"]').filter({ hasText: '6,000' });
        expect(await lines.count()).toBeGreaterThan(0);
        const target = await follow(page, '.summary dd[data-kind="number"]:has-text("6,000") a');
        expect(target.text).toContain('6,000');
        // The finding quotes every outlet's words, each linked to its sentence.
        const spans = page.locator(`[id="${target.id}"] .sides a`);
        expect(await spans.count()).toBeGreaterThanOrEqual(2);
      });

      it('fits every table of the overview and the quotes page in its box: none is clipped', async () => {
        for (const path of [overview, `${base}${story}/quotes/`]) {
          await page.goto(site.origin + path);
          const overflowing = await page
            .locator('main .scroll-box')
            .evaluateAll((boxes) =>
              boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.getAttribute('aria-labelledby')),
            );
          expect(overflowing, path).toEqual([]);
        }
      });
    });
  }
}

describe('the quotes page on a phone', () => {
  it('shows every quote’s label without scrolling sideways', async () => {
    const page = await open(`${base}${story}/quotes/`, { width: 375, height: 812 }, 'light');
    const labels = page.locator('section.cluster td.labels .label');
    const count = await labels.count();
    expect(count).toBeGreaterThan(17);
    const outside = await labels.evaluateAll((els) =>
      els
        .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth || box.width === 0)
        .map(({ text }) => text),
    );
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await page.context().close();
  });
});

describe('side by side on a phone, every outlet', () => {
  it('scrolls each table sideways in its box, its caption wrapped within the box and still in view when scrolled', async () => {
    const page = await open(`${base}${story}/compare/`, { width: 375, height: 812 }, 'light');
    const boxes = page.locator('main .scroll-box');
    expect(await boxes.count()).toBeGreaterThan(2);
    for (const box of await boxes.all()) {
      await box.evaluate((el) => {
        // Laid out as when the reader has scrolled to it, then scrolled sideways to the end.
        el.style.contentVisibility = 'visible';
        el.scrollLeft = el.scrollWidth;
      });
      const { inBox, sideways } = await box.evaluate((el) => {
        const caption = el.querySelector('caption')!.getBoundingClientRect();
        const frame = el.getBoundingClientRect();
        return {
          inBox: caption.left >= frame.left - 1 && caption.right <= frame.right + 1,
          sideways: el.scrollWidth - el.clientWidth,
        };
      });
      expect(sideways).toBeGreaterThan(0);
      expect(inBox).toBe(true);
    }
    await page.context().close();
  });
});

describe('side by side on a phone, two outlets chosen', () => {
  it('shows only their columns in every table, side by side within the screen, and folds away rows neither speaks in', async () => {
    const page = await open(`${base}${story}/compare/`, { width: 375, height: 812 }, 'light');
    const selects = page.locator('.pick-columns select');
    await selects.nth(0).selectOption({ label: 'bne IntelliNews' });
    await selects.nth(1).selectOption({ label: 'Kurdistan24' });
    const tables = await page.locator('table.compare').evaluateAll((els) =>
      els.map((table) => {
        const box = table.closest('.scroll-box') as HTMLElement;
        const shown = (el: Element): boolean => !(el as HTMLElement).hidden && el.getClientRects().length > 0;
        const cells = [...table.querySelectorAll<HTMLElement>('td[data-outlet]')].filter(shown);
        return {
          outlets: [...new Set(cells.map((c) => c.dataset['outlet']))].sort(),
          // Rows shown where both outlets are silent: none may be.
          silentRows: [...table.querySelectorAll('tbody tr')]
            .filter(shown)
            .filter((row) =>
              [...row.querySelectorAll('td')].filter(shown).every((td) => td.classList.contains('silent')),
            ).length,
          folded: [...table.querySelectorAll('tbody tr')].filter((row) => !shown(row)).length,
          sideways: box.scrollWidth - box.clientWidth,
          rightmost: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(2);
    // Rows only other outlets speak in (Daljoog News's own sentences, claims neither prints) are folded away.
    expect(tables.reduce((n, t) => n + t.folded, 0)).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.outlets).toEqual(['intellinews', 'kurdistan24']);
      expect(t.silentRows).toBe(0);
      expect(t.sideways).toBe(0);
      expect(t.rightmost).toBeLessThanOrEqual(375);
    }
    // Back to every outlet: every table shows all five columns again.
    await selects.nth(1).selectOption({ label: 'every outlet' });
    const columns = await page
      .locator('table.compare')
      .evaluateAll((els) =>
        els.map(
          (t) =>
            new Set(
              [...t.querySelectorAll<HTMLElement>('td[data-outlet]:not([hidden])')].map((c) => c.dataset['outlet']),
            ).size,
        ),
      );
    expect(columns.every((n) => n === 5)).toBe(true);
    await page.context().close();
  });
});

describe('the overlap heat map', () => {
  for (const scheme of SCHEMES) {
    it(`draws the largest overlap as its darkest cell, darker for more overlap throughout (${scheme})`, async () => {
      const page = await open(overview, { width: 1280, height: 800 }, scheme);
      const cells = await page.locator('figure.heatmap > svg > g > g').evaluateAll((groups) =>
        groups.flatMap((g) => {
          const rect = g.querySelector('rect');
          const value = /^(\d+)%$/.exec(g.querySelector('text')?.textContent ?? '')?.[1];
          if (rect === null || value === undefined || Number(value) === 0) return [];
          // Relative luminance (WCAG) of the cell's computed fill.
          const [r, gr, b] = (getComputedStyle(rect).fill.match(/\d+(\.\d+)?/g) ?? []).map(Number);
          const lin = (c = 0): number => {
            const s = c / 255;
            return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          };
          return [{ value: Number(value), luminance: 0.2126 * lin(r) + 0.7152 * lin(gr) + 0.0722 * lin(b) }];
        }),
      );
      expect(cells).toHaveLength(20);
      const largest = Math.max(...cells.map((c) => c.value));
      const darkest = Math.min(...cells.map((c) => c.luminance));
      expect(cells.filter((c) => c.luminance === darkest).map((c) => c.value)).toContain(largest);
      const byValue = [...cells].sort((a, b) => a.value - b.value);
      for (let i = 1; i < byValue.length; i++)
        expect(byValue[i]!.luminance, `${byValue[i]!.value}%`).toBeLessThanOrEqual(byValue[i - 1]!.luminance);
      await page.context().close();
    });
  }
});
