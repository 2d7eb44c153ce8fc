/** Gate: building the same content twice gives byte-identical sites, so a deploy diff shows only real changes. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtSite } from '../support/site.ts';

/** SHA-256 of every file of a built site, by path. */
async function hashes(distDir: string): Promise<Record<string, string>> {
  const files = (await readdir(distDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [
        path.relative(distDir, file),
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      ] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

// The first build uses the checkout's content cache (warm after any earlier build), the second one of
// its own that starts empty: what a cache holds must not show in the pages either.
it('a second build of the shipped content is byte-identical to the first', async () => {
  const first = await hashes(builtSite('shipped').distDir);
  expect(Object.keys(first).length).toBeGreaterThan(2);
  expect(await hashes(builtSite('rebuilt').distDir)).toEqual(first);
});
