/** Search as a reader uses it: system Chromium against the built site on 127.0.0.1. */
import type { PreviewServer } from 'astro';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { MAX_QUERY_LENGTH } from '../../src/search/query.ts';
import { serveSite } from '../support/browser.ts';
import { servedSite } from '../support/served-site.ts';
import { builtSite } from '../support/site.ts';

const OUTLET_NAMES = ['Daljoog News', 'bne IntelliNews', 'JournalPosts', 'Kurdistan24', 'Top Real News'];

let context: BrowserContext;
let page: Page;
const base = inject('base');

const site = servedSite(inject('distDir'), base);

// One page for the file, as a reader's tab: every test starts by going to its URL. A new page per
// test cost Chromium a renderer process each, about three times the CPU of the visit itself.
beforeAll(async () => {
  context = await site.browser.newContext();
  page = await context.newPage();
});
afterEach(() => {
  page.removeAllListeners('request');
});
afterAll(async () => {
  await context.close();
});

const searchUrl = (query?: string) =>
  `${site.origin}${base}search/${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`;
const box = () => page.getByRole('searchbox', { name: 'Words from a quote or a sentence' });
const results = () => page.locator('#search-results li.result');
const status = () => page.locator('#search-status');

/** Types like a person, then waits for the debounced search to report. */
async function type(query: string): Promise<void> {
  await box().pressSequentially(query, { delay: 30 });
  await expect.poll(() => status().textContent()).toContain(`“${query}”`);
}

/** Each result as text: what a reader sees, in order. */
function resultTexts(): Promise<string[]> {
  return results().allInnerTexts();
}

describe('typing a quote', () => {
  it('"worst of the worst" gives one grouped result naming all five outlets, with the words marked', async () => {
    await page.goto(searchUrl());
    await type('worst of the worst');
    await expect.poll(() => results().count()).toBe(1);
    const chips = results().first().locator('.chip');
    expect(
      (await chips.allInnerTexts()).map((t) =>
        t
          .split('\n')[0]
          ?.replace(/\s*(verbatim|trimmed|altered)$/i, '')
          .trim(),
      ),
    ).toEqual(OUTLET_NAMES);
    expect(await results().first().locator('.wording mark').allInnerTexts()).toEqual(['worst of the worst']);
    expect(await status().textContent()).toBe('1 quote for “worst of the worst”.');
    expect(new URL(page.url()).searchParams.get('q')).toBe('worst of the worst');
  });

  it('an outlet chip opens the outlet page scrolled to the highlighted sentence', async () => {
    await page.goto(searchUrl('worst of the worst'));
    const chip = page.locator('#search-results .chip', { hasText: 'Kurdistan24' });
    const href = await chip.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${base}isis-detainee-transfer/kurdistan24/#kurdistan24-p\\d+-s\\d+$`));
    await chip.click();
    await page.waitForURL(`${site.origin}${href}`);
    const target = page.locator(':target');
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.textContent()).toContain('the worst of the worst');
    await expect
      .poll(() =>
        target.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  it('a typo still finds its quote: "reconstitusion"', async () => {
    await page.goto(searchUrl());
    await type('reconstitusion');
    const first = results().first();
    expect(await first.locator('.wording').textContent()).toContain('reconstitution of ISIS');
    expect(await first.locator('.wording mark').allInnerTexts()).toContain('reconstitution');
  });

  it('no match says so and points to the quotes page', async () => {
    await page.goto(searchUrl());
    await type('hurricane season');
    expect(await results().count()).toBe(0);
    expect(await status().textContent()).toBe('No quote or sentence matches “hurricane season”.');
    const quotes = page.locator('#search-empty a');
    expect(await quotes.isVisible()).toBe(true);
    expect(await quotes.getAttribute('href')).toBe(`${base}isis-detainee-transfer/quotes/`);
  });

  it('shows what it was given as text, never as markup', async () => {
    await page.goto(searchUrl());
    await type('<img src=x onerror=alert(1)>');
    expect(await page.locator('#search-results img, #search-status img').count()).toBe(0);
    expect(await status().textContent()).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the query in the URL', () => {
  it('reloading /search/?q=fog%20of%20war gives the same results', async () => {
    await page.goto(searchUrl());
    await type('fog of war');
    const typed = await resultTexts();
    expect(typed).toHaveLength(2);
    expect(typed[0]).toContain('fog of war');
    await page.goto(`${searchUrl()}?q=fog%20of%20war`);
    await expect.poll(resultTexts).toEqual(typed);
    await page.reload();
    await expect.poll(resultTexts).toEqual(typed);
    expect(await box().inputValue()).toBe('fog of war');
  });

  it('Back and Forward walk through earlier searches', async () => {
    await page.goto(searchUrl());
    await type('fog of war');
    await box().press('Enter');
    await box().fill('');
    await type('reconstitution');
    const reconstitution = await resultTexts();
    await page.goBack();
    await expect.poll(() => box().inputValue()).toBe('fog of war');
    await expect.poll(() => resultTexts().then((r) => r.length)).toBe(2);
    await page.goForward();
    await expect.poll(() => box().inputValue()).toBe('reconstitution');
    await expect.poll(resultTexts).toEqual(reconstitution);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => box().inputValue()).toBe('');
    expect(await page.locator('#search-guide').isVisible()).toBe(true);
  });

  it('an empty query shows a guide whose examples search', async () => {
    await page.goto(searchUrl());
    const guide = page.locator('#search-guide');
    expect(await guide.isVisible()).toBe(true);
    await guide.getByRole('link', { name: 'fog of war' }).click();
    await expect.poll(() => results().count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('q')).toBe('fog of war');
    expect(await guide.isVisible()).toBe(false);
  });
});

describe('keyboard only', () => {
  it('"/" then typing and Enter in the header box, ↓ through the results, Enter opens the sentence', async () => {
    await page.goto(`${site.origin}${base}`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('fog of war');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=fog\+of\+war$/);
    await expect.poll(() => results().count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}${hrefs[1]}`);
    expect(await page.locator(':target').textContent()).toContain('fog of war');
  });

  it('Escape clears the box and brings back the guide', async () => {
    await page.goto(searchUrl('fog of war'));
    await expect.poll(() => results().count()).toBe(2);
    await box().focus();
    await page.keyboard.press('Escape');
    expect(await box().inputValue()).toBe('');
    await expect.poll(() => page.locator('#search-guide').isVisible()).toBe(true);
    expect(await results().count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
  });
});

describe('accessibility', () => {
  it.each([
    ['the guide', ''],
    ['grouped results', 'reconstitution'],
    ['no results', 'hurricane season'],
  ])('%s: no WCAG 2.2 AA violation found by axe', async (_, query) => {
    await page.goto(searchUrl());
    if (query !== '') await type(query);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('labels the field, announces the result count and marks nothing up by hand', async () => {
    await page.goto(searchUrl());
    expect(await box().getAttribute('id')).toBe('search-query');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    await type('fog of war');
    expect(await status().textContent()).toBe('1 quote and 1 sentence for “fog of war”.');
    expect(
      await page.locator('#search-results mark').evaluateAll((marks) => marks.every((m) => m.childElementCount === 0)),
    ).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and links to the quotes page', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(searchUrl('fog of war'));
    const notice = plain.locator('#search-no-js');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    expect(await notice.getByRole('link').getAttribute('href')).toBe(`${base}isis-detainee-transfer/quotes/`);
    expect(await plain.locator('#search-form').isVisible()).toBe(false);
    await noJs.close();
  });
});

/** Waits for the page's first search to have shown its results (the mark the bench reads too). */
async function searched(): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('parallax:search-first-results').length > 0);
}

/** The text of each result as shown first: the quote's wording or the sentence. */
function shownTexts(): Promise<string[]> {
  return page
    .locator('#search-results li.result')
    .evaluateAll((items) => items.map((li) => li.querySelector('.wording, .sentence')?.textContent ?? ''));
}

describe('words, not letters (issue 14)', () => {
  it('"CIA" finds the Central Intelligence Agency sentence and nothing inside words', async () => {
    await page.goto(searchUrl('CIA'));
    await searched();
    await expect.poll(() => status().textContent()).toBe('1 sentence for “CIA”.');
    expect(await results().first().locator('mark').allInnerTexts()).toEqual(['Central Intelligence Agency']);
    expect(await results().first().locator('.meta').textContent()).toBe('Sentence · Top Real News');
  });

  it('"ISIS" ranks a quote printing ISIS first, with its speaker, and lists no "crisis"', async () => {
    await page.goto(searchUrl('ISIS'));
    await searched();
    await expect.poll(() => results().count()).toBeGreaterThan(10);
    const first = results().first();
    expect(await first.locator('.wording mark').allInnerTexts()).toEqual(['ISIS']);
    expect(await first.locator('.meta').textContent()).toMatch(
      /^Quote · attributed to the senior intelligence official · printed by \d outlets:$/,
    );
    const texts = await shownTexts();
    expect(texts.filter((t) => /crisis/.test(t) && !/\bIS(IS|IL)?\b|Islamic State/.test(t))).toEqual([]);
  });

  it('"Baghdad airport" finds the four outlets printing "Baghdad International Airport"', async () => {
    await page.goto(searchUrl('Baghdad airport'));
    await searched();
    await expect.poll(() => results().count()).toBe(4);
    for (const text of await shownTexts()) expect(text).toContain('Baghdad International Airport');
    expect(await results().first().locator('mark').allInnerTexts()).toEqual(['Baghdad', 'Airport']);
  });

  /** Presses "Show more" until every result is on the page. */
  async function showAll(): Promise<void> {
    const more = page.locator('#search-more');
    while ((await more.isVisible()) && ((await more.textContent()) ?? '').startsWith('Show')) {
      const shown = await results().count();
      await more.click();
      await expect.poll(() => results().count()).toBeGreaterThan(shown);
    }
  }

  it.each([
    ['US', 'U.S.'],
    ['US', 'United States'],
    ['IS', 'Islamic State'],
    ['Islamic State', 'ISIS'],
    ['ISIS', 'IS detainees'],
  ])('"%s" also finds "%s"', async (query, other) => {
    await page.goto(searchUrl(query));
    await searched();
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    await showAll();
    expect((await shownTexts()).some((t) => t.includes(other))).toBe(true);
  });

  it('has one search box on the search page: the header has none there, and keeps its own elsewhere', async () => {
    await page.goto(searchUrl('fog of war'));
    await searched();
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await box().inputValue()).toBe('fog of war');
    await page.goto(`${site.origin}${base}`);
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await page.locator('#site-search').count()).toBe(1);
  });

  // 12,000 characters: Node's preview server refuses request heads over 16 KB, a host may refuse less.
  it(`cuts a 12,000-character ?q= to ${MAX_QUERY_LENGTH} characters and still answers`, async () => {
    await page.goto(searchUrl(`worst of the worst ${'x'.repeat(12_000)}`));
    await searched();
    await expect.poll(() => status().textContent()).toMatch(/^No quote or sentence matches “worst of the worst x+”\.$/);
    expect((await box().inputValue()).length).toBe(MAX_QUERY_LENGTH);
    expect(await box().getAttribute('maxlength')).toBe(String(MAX_QUERY_LENGTH));
  });
});

describe('the outlet filter', () => {
  const outlet = () => page.getByRole('combobox', { name: 'Outlet' });

  it('lives in the URL: choosing an outlet narrows the results, reload keeps it, Back undoes it', async () => {
    await page.goto(searchUrl('ISIS'));
    await searched();
    await expect.poll(() => status().textContent()).toMatch(/for “ISIS”\.$/);
    const all = await results().count();
    await outlet().selectOption({ label: 'Kurdistan24' });
    await expect.poll(() => status().textContent()).toMatch(/for “ISIS” in Kurdistan24\.$/);
    expect(new URL(page.url()).searchParams.get('outlet')).toBe('kurdistan24');
    const narrowed = await results().count();
    expect(narrowed).toBeLessThan(all);
    for (const meta of await page.locator('#search-results .sentence-result .meta').allInnerTexts())
      expect(meta).toBe('Sentence · Kurdistan24');
    await page.reload();
    await expect.poll(() => results().count()).toBe(narrowed);
    expect(await outlet().inputValue()).toBe('kurdistan24');
    await page.goBack();
    await expect.poll(() => outlet().inputValue()).toBe('');
    await expect.poll(() => results().count()).toBe(all);
  });

  it('is reached and changed with the keyboard alone', async () => {
    await page.goto(searchUrl('ISIS'));
    await searched();
    await expect.poll(() => results().count()).toBeGreaterThan(10);
    await box().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-outlet');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('outlet')).not.toBeNull();
    await expect.poll(() => status().textContent()).toMatch(/ in /);
  });

  it('an outlet with no match says where it looked', async () => {
    await page.goto(`${searchUrl('fog of war')}&outlet=daljoog-news`);
    await expect.poll(() => status().textContent()).toBe('No quote or sentence matches “fog of war” in Daljoog News.');
  });
});

describe('a site of several stories', () => {
  let many: { server: PreviewServer; origin: string };

  beforeAll(async () => {
    many = await serveSite(builtSite('stories').distDir, base);
  });
  afterAll(async () => {
    await many?.server.stop();
  });

  const manyUrl = (query: string) => `${many.origin}${base}search/?q=${encodeURIComponent(query)}`;

  it('groups results under each story’s title and fetches only the stories that can match', async () => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(manyUrl('fragile'));
    await searched();
    await expect
      .poll(() => page.locator('#search-results h2').allInnerTexts())
      .toEqual(
        expect.arrayContaining([
          'The transfer of ~6,000 ISIS detainees from northern Syria to Iraq',
          'Quotation marks of every kind',
        ]),
      );
    expect(await status().textContent()).toMatch(/from 2 stories for “fragile”\.$/);
    const stories = fetched.filter((p) => p.startsWith(`${base}search/stories/`));
    expect(stories.sort()).toEqual([
      `${base}search/stories/isis-detainee-transfer.json`,
      `${base}search/stories/quotation-marks.json`,
    ]);
    expect(fetched.some((p) => p.startsWith(`${base}search/words/`))).toBe(true);
  });

  it('filters by story in the URL, and Back and Forward walk the filter', async () => {
    await page.goto(manyUrl('fragile'));
    await searched();
    await expect.poll(() => page.locator('#search-results h2').count()).toBe(2);
    await page.getByRole('combobox', { name: 'Story' }).selectOption({ label: 'Quotation marks of every kind' });
    await expect
      .poll(() => page.locator('#search-results h2').allInnerTexts())
      .toEqual(['Quotation marks of every kind']);
    expect(new URL(page.url()).searchParams.get('story')).toBe('quotation-marks');
    await page.goBack();
    await expect.poll(() => page.locator('#search-results h2').count()).toBe(2);
    await page.goForward();
    await expect.poll(() => page.locator('#search-results h2').count()).toBe(1);
  });

  it('shows 30 results at a time, then offers the stories not fetched yet', async () => {
    await page.goto(manyUrl('the'));
    await searched();
    const more = page.locator('#search-more');
    await expect.poll(() => more.isVisible()).toBe(true);
    expect(await results().count()).toBe(30);
    expect(await more.textContent()).toMatch(/^Show 30 more results \(\d+ not shown\)$/);
    while ((await more.textContent())?.startsWith('Show')) {
      const shown = await results().count();
      await more.click();
      await expect.poll(() => results().count()).toBeGreaterThan(shown);
    }
    expect(await page.locator('#search-results h2').count()).toBe(3);
    expect(await more.textContent()).toBe('Search 1 more story');
    await more.click();
    await expect.poll(() => page.locator('#search-results h2').count()).toBe(4);
  });
});
