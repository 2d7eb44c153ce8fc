import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { buildOverPreviousSite, PREVIOUS_SITE } from './build.ts';

/**
 * Builds broken content over a previous good site and asserts the failure was clean: exit 1, the
 * author told the site was kept, no stack trace, the previous site untouched and no staging
 * folder left beside it. Returns the build's stderr for the message assertions.
 */
export async function expectFailedBuild(contentDir: string, outDir: string): Promise<string> {
  const { code, stderr } = await buildOverPreviousSite(contentDir, outDir);
  expect(code).toBe(1);
  expect(stderr).toContain('was left as it was');
  expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
  expect(await readdir(path.dirname(outDir))).toEqual([path.basename(outDir)]);
  return stderr;
}
