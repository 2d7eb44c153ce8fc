/** Gate: every built page passes html-validate (the project's .htmlvalidate.json) with zero errors. */
import { expect, inject, it } from 'vitest';
import { htmlProblems } from '../support/html-validate.ts';
import { listPages } from '../support/site.ts';

it('every built page is valid HTML', async () => {
  const distDir = inject('distDir');
  const base = inject('base');
  expect((await listPages(distDir, base)).length).toBeGreaterThan(1);
  expect(await htmlProblems(distDir, base)).toEqual([]);
});
