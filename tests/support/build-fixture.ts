import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { TEST_BASE } from './build-site.ts';

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build`'s script (scripts/build.ts) on a content folder, into `outDir`, at the test base. */
export async function buildContent(contentDir: string, outDir: string): Promise<BuildResult> {
  const env = { ...process.env, PARALLAX_CONTENT_DIR: contentDir, PARALLAX_OUT_DIR: outDir, BASE: TEST_BASE, SITE: 'http://127.0.0.1' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 16 * 1024 * 1024 });
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
