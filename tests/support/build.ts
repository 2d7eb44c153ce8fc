/**
 * Runs `npm run build`'s script (scripts/build.ts) the way an author does, on any content folder.
 * No vitest import here: global setup runs these before any test exists.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** Sub-path the test builds are served from: every internal link must carry it. */
export const TEST_BASE = '/parallax/';

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a node script of the project with extra environment variables, never throwing on a non-zero exit. */
export async function runScript(script: string, args: string[], env: Record<string, string>): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/**
 * Builds a site into `outDir` at the test base: from `contentDir`, or, without one, exactly as
 * `npm run build` builds content/ (its default content folder and content cache).
 */
export function buildContent(contentDir: string | undefined, outDir: string): Promise<BuildResult> {
  return runScript('scripts/build.ts', [], {
    ...(contentDir !== undefined && { PARALLAX_CONTENT_DIR: contentDir }),
    PARALLAX_OUT_DIR: outDir,
    BASE: TEST_BASE,
    SITE: 'http://127.0.0.1',
  });
}

/** What a previous good build left in the output folder, so a test can see whether it survives. */
export const PREVIOUS_SITE = '<p>the previous good build</p>';

/** Builds `contentDir` into `outDir` after putting a previous good site there. */
export async function buildOverPreviousSite(contentDir: string, outDir: string): Promise<BuildResult> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.html'), PREVIOUS_SITE);
  return buildContent(contentDir, outDir);
}
