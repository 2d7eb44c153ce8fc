import { AxeBuilder } from '@axe-core/playwright';
import type { HTMLElement } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readPage } from './site.ts';

/** Every rule axe-core tags WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Draws every block that waits to be laid out until it nears the screen (`.deferred`,
 * `content-visibility: auto`: the overview's sections, the quotes page's quotes, an outlet
 * page's differences, the side-by-side tables and a pair page's lists of claims after the first),
 * as they are once a reader has scrolled to them. Until drawn, such a block has its
 * estimated height, and what it holds overlaps the next block in the geometry axe measures
 * (target-size) though nothing of it is shown. Set through the CSSOM, which the pages' CSP allows.
 */
async function drawDeferred(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll('*')) {
      if (element instanceof window.HTMLElement && getComputedStyle(element).contentVisibility === 'auto')
        element.style.contentVisibility = 'visible';
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it is now, one line each with the nodes.
 *
 * Every rule runs on every node; two settings only cut the work around them, which was most of
 * the time on the biggest page (the overview, ~1,700 elements: 5.4 s per check with the defaults,
 * 3.2 s with both, on two busy cores):
 * - `resultTypes: ['violations']`: axe reports at most one node for each passed, inapplicable or
 *   incomplete rule instead of all of them (the overview's passes alone were 1 MB of JSON);
 * - legacy mode: axe runs once in the page instead of once per frame and then again in a blank
 *   page opened to merge the frames' results. It does not look into frames of another origin,
 *   so this asserts the page has no frame at all.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  expect(page.frames(), `${page.url()} has frames: check them without legacy mode`).toHaveLength(1);
  await drawDeferred(page);
  const { violations } = await new AxeBuilder({ page })
    // options() replaces every option, runOnly included: it has to come before withTags.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA)
    .setLegacyMode()
    .analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Attributes whose value, not only their presence, changes what axe checks (roles, language,
 * direction, focus order, hidden parts, ARIA states). The others hold text, ids or URLs, which
 * differ on every page without changing what kind of element it is.
 */
const KIND_VALUES = new Set(['role', 'lang', 'dir', 'type', 'scope', 'tabindex', 'hidden']);
const ARIA_TEXT = new Set(['aria-label', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns']);

/** What axe's rules look at in an element: its parent's tag, its tag, classes (colours, layout), attributes and states. */
function elementKind(el: HTMLElement): string {
  const attributes = Object.entries(el.attributes)
    .filter(([name]) => name !== 'class')
    .map(([name, value]) =>
      KIND_VALUES.has(name) || (name.startsWith('aria-') && !ARIA_TEXT.has(name)) ? `${name}=${value}` : name,
    )
    .sort();
  const classes = [...el.classList.values()].sort();
  return `${el.parentNode?.tagName ?? ''}>${el.tagName}.${classes.join('.')}[${attributes.join(' ')}]`;
}

export interface PageToCheck {
  url: string;
  /** Why this page is checked: its type, or the kinds of element only it adds. */
  reason: string;
}

/**
 * The pages axe checks, out of every page of a built site: the biggest page of each type (a type
 * is the URL with the story's and outlets' slugs taken out: the outlet pages are one type, the
 * pair pages another), then, fewest elements first for what they add, pages that hold a kind of
 * element (`elementKind`) none of those holds, until every kind of element the site prints is on a
 * checked page. The other pages are the same templates over other sentences: axe would run the
 * same rules on the same kinds of element. html-validate and the link check still read every page.
 */
export async function pagesToCheck(
  distDir: string,
  base: string,
  pages: string[],
  slugs: ReadonlySet<string>,
): Promise<PageToCheck[]> {
  const read = await Promise.all(
    pages.map(async (url) => {
      const elements = (await readPage(distDir, base, url)).querySelectorAll('*');
      const type = url
        .slice(base.length)
        .split('/')
        .map((segment) => (slugs.has(segment) ? '*' : segment))
        .join('/');
      return { url, type, size: elements.length, kinds: new Set(elements.map(elementKind)) };
    }),
  );
  const chosen: PageToCheck[] = [];
  const covered = new Set<string>();
  const take = (page: (typeof read)[number], reason: string) => {
    chosen.push({ url: page.url, reason });
    for (const kind of page.kinds) covered.add(kind);
  };
  const types = new Set(read.map((page) => page.type));
  for (const type of types) {
    const biggest = read.filter((page) => page.type === type).sort((a, b) => b.size - a.size)[0]!;
    take(biggest, `the biggest page of type /${type} (${biggest.size} elements)`);
  }
  for (;;) {
    const fresh = (page: (typeof read)[number]) => [...page.kinds].filter((kind) => !covered.has(kind));
    const next = read
      .filter((page) => !chosen.some((c) => c.url === page.url) && fresh(page).length > 0)
      .sort((a, b) => b.size / fresh(b).length - a.size / fresh(a).length)
      .at(-1);
    if (next === undefined) return chosen;
    take(next, `${fresh(next).length} kinds of element no page before it holds`);
  }
}
