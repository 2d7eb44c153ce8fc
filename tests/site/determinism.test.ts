/** Gate: building the same content twice gives byte-identical sites, so a deploy diff shows only real changes. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { buildOrThrow } from '../support/build-fixture.ts';

const scratch = await mkdtemp(path.join(tmpdir(), 'parallax-determinism-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

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

it('a second build of the shipped content is byte-identical to the first', async () => {
  const second = path.join(scratch, 'dist');
  await buildOrThrow('content', second);
  const first = await hashes(inject('distDir'));
  expect(Object.keys(first).length).toBeGreaterThan(2);
  expect(await hashes(second)).toEqual(first);
});
