import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { TEST_BASE } from './build-site.ts';

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build`'s script (scripts/build.ts) on a content folder, into `outDir`, at the test base. */
export async function buildContent(contentDir: string, outDir: string): Promise<BuildResult> {
  const env = {
    ...process.env,
    PARALLAX_CONTENT_DIR: contentDir,
    PARALLAX_OUT_DIR: outDir,
    BASE: TEST_BASE,
    SITE: 'http://127.0.0.1',
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/build.ts'], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Builds fixture content that must build; throws with the build's own message when it does not. */
export async function buildOrThrow(contentDir: string, outDir: string): Promise<void> {
  const result = await buildContent(contentDir, outDir);
  if (result.code !== 0) throw new Error(`building ${contentDir} failed:\n${result.stderr}`);
}

/** What a previous good build left in the output folder, so a test can see whether it survives. */
export const PREVIOUS_SITE = '<p>the previous good build</p>';

/** Builds `contentDir` into `outDir` after putting a previous good site there. */
export async function buildOverPreviousSite(contentDir: string, outDir: string): Promise<BuildResult> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.html'), PREVIOUS_SITE);
  return buildContent(contentDir, outDir);
}

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
