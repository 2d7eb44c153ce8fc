import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every rule axe-core tags WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Draws every part of the page that waits to be laid out until it nears the screen
 * (`content-visibility: auto`, the overview's long sections), as a reader scrolling down would,
 * then returns to the top. Until drawn, such a part has its estimated height, and what it holds
 * overlaps the next part in the geometry axe measures (target-size) though nothing of it is shown;
 * once drawn, it keeps its real height.
 */
async function drawDeferred(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll('*')) {
      if (getComputedStyle(element).contentVisibility !== 'auto') continue;
      element.scrollIntoView();
      // The part is found near the screen in one frame and drawn by the next.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    window.scrollTo(0, 0);
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
