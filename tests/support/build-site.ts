import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

/** Sub-path the test build is served from: every internal link must carry it. */
export const TEST_BASE = '/parallax/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site of the shipped content, made once per test run. */
    distDir: string;
    base: string;
  }
}

/** Runs the real `npm run build` pipeline once, into a temporary folder, at a sub-path. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), 'parallax-site-'));
  const distDir = path.join(root, 'dist');
  await promisify(execFile)(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, PARALLAX_OUT_DIR: distDir, BASE: TEST_BASE, SITE: 'http://127.0.0.1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  project.provide('distDir', distDir);
  project.provide('base', TEST_BASE);
  return () => rm(root, { recursive: true, force: true });
}
