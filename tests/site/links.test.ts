/** Gate: no internal link or #fragment of the built site points at nothing. */
import { expect, inject, it } from 'vitest';
import { findBrokenLinks, listPages } from '../support/site.ts';

it('every internal link and #fragment of every page resolves', async () => {
  const distDir = inject('distDir');
  const base = inject('base');
  expect((await listPages(distDir, base)).length).toBeGreaterThan(1);
  expect(await findBrokenLinks(distDir, base)).toEqual([]);
});
