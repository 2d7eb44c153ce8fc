/**
 * The hostile fixture's pages in a real browser. Every attack in it sets `window.__pwned` or opens
 * a dialog; after each page has loaded, run its scripts and had every element hovered, none has,
 * the browser reported no CSP violation (so nothing even tried to run), and no request left the
 * site. A last test proves the CSP itself blocks inline code that does get into a page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { TEST_BASE } from '../support/build.ts';
import { visit, watchContext, watchPage } from '../support/page-watch.ts';
import { servedSite } from '../support/served-site.ts';
import { builtSite, listPages } from '../support/site.ts';

declare global {
  interface Window {
    __pwned?: unknown;
    __cspProbe?: unknown;
  }
}

const distDir = builtSite('hostile').distDir;
const site = servedSite(distDir, TEST_BASE);
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
  await watchContext(context);
});

/** What the page's DOM looks like after its scripts ran: handlers and script URLs anywhere in it. */
function liveActiveContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (attr.name.toLowerCase().startsWith('on')) found.push(`<${el.localName} ${attr.name}>`);
      }
      // Hover and focus everything: a handler that slipped through would run (or be blocked and reported) now.
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      el.dispatchEvent(new FocusEvent('focus'));
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')) {
      if (!['http:', 'https:', 'mailto:'].includes(link.protocol))
        found.push(`<${link.localName} href="${link.href}">`);
    }
    return found;
  });
}

it('runs no script of the articles on any page, opens no dialog and stays on the site', async () => {
  const urls = [
    ...(await listPages(distDir, TEST_BASE)),
    `${TEST_BASE}search/?q=script`,
    `${TEST_BASE}search/?q=pwned`,
    `${TEST_BASE}search/?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`,
  ];
  expect(urls.length).toBeGreaterThan(8);
  // One page visits every URL in turn: a new document each time, without a new renderer process.
  const page = await context.newPage();
  for (const url of urls) {
    const record = watchPage(page);
    await visit(page, site.origin + url, url.includes('?q=') ? 'networkidle' : 'load');
    const active = await liveActiveContent(page);
    await page.waitForTimeout(50); // let a handler triggered by the hover run
    const state = await page.evaluate(() => ({ pwned: window.__pwned, violations: window.__cspViolations }));
    // The search for the attacker's own word must really have rendered hostile text as results.
    if (url.endsWith('?q=pwned')) expect(await page.locator('#search-results li').count(), url).toBeGreaterThan(0);
    record.stop();
    expect({ url, active, ...state, dialogs: record.dialogs, errors: record.errors }).toEqual({
      url,
      active: [],
      pwned: undefined,
      violations: [],
      dialogs: [],
      errors: [],
    });
    expect(
      record.requests.filter((r) => !r.startsWith(`${site.origin}/`)),
      url,
    ).toEqual([]);
  }
  await page.close();
});

it('has a CSP that blocks inline code even when it gets into a page', async () => {
  const page = await context.newPage();
  const record = watchPage(page);
  await visit(page, `${site.origin}${TEST_BASE}xss/alpha/`);
  await page.evaluate(() => {
    const probe = document.createElement('script');
    probe.textContent = 'window.__cspProbe = "inline script"';
    document.body.append(probe);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<img src="${document.baseURI}" onerror="window.__cspProbe = 'handler'">`,
    );
  });
  await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) >= 2);
  const state = await page.evaluate(() => ({ probe: window.__cspProbe, violations: window.__cspViolations ?? [] }));
  await page.close();
  expect(state.probe).toBeUndefined();
  expect(new Set(state.violations.map((v) => v.split(' ')[0]))).toEqual(
    new Set(['script-src-elem', 'script-src-attr']),
  );
  expect(record.dialogs).toEqual([]);
});
