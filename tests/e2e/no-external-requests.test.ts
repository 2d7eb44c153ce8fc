/**
 * Reading Parallax tells no one else: every page type of the shipped site, search included,
 * requests nothing outside the site's own origin (no fonts, analytics, CDNs or embeds). On the
 * way, every page loads without a console error or a CSP violation (a style or script the policy
 * blocks would otherwise fail silently).
 */
import { expect, inject, it } from 'vitest';
import { visit, watchContext, watchPage } from '../support/page-watch.ts';
import { servedSite } from '../support/served-site.ts';
import { listPages } from '../support/site.ts';

const site = servedSite(inject('distDir'), inject('base'));

it('requests nothing outside its own origin and logs no error or CSP violation, on any page', async () => {
  const base = inject('base');
  const pages = await listPages(inject('distDir'), base);
  // Every page type: home, search, story, outlet, comparisons, quotes.
  for (const type of [
    '',
    'search/',
    'isis-detainee-transfer/',
    'isis-detainee-transfer/kurdistan24/',
    'isis-detainee-transfer/quotes/',
  ]) {
    expect(pages).toContain(`${base}${type}`);
  }
  const context = await site.browser.newContext();
  await watchContext(context);
  const seen: Record<string, string[]> = {};
  const problems: string[] = [];
  for (const url of [...pages, `${base}search/?q=Hasakah`]) {
    const page = await context.newPage();
    const record = watchPage(page);
    await visit(page, site.origin + url, url.includes('?q=') ? 'networkidle' : 'load');
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    await page.close();
    problems.push(...[...violations, ...record.errors, ...record.dialogs].map((p) => `${url}: ${p}`));
    seen[url] = record.requests;
  }
  await context.close();
  const elsewhere = Object.entries(seen).flatMap(([url, requests]) =>
    requests.filter((r) => !r.startsWith(`${site.origin}/`)).map((r) => `${url} → ${r}`),
  );
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
  // The search page fetched its index, so scripts' requests were recorded too.
  expect(seen[`${base}search/?q=Hasakah`]).toEqual(
    expect.arrayContaining([
      `${site.origin}${base}search/root.json`,
      `${site.origin}${base}search/stories/isis-detainee-transfer.json`,
    ]),
  );
});
