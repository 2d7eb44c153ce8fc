/**
 * A built site records where it is to be served (`BASE`, `SITE`) in a small file of its own, so
 * `npm run preview` serves a `BASE=/parallax/` build at /parallax/ without BASE being set again.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

/** The record's file name in the output folder. */
export const BUILD_RECORD = '.parallax-build.json';

export interface BuildRecord {
  base: string;
  site: string;
}

/** The Astro integration that writes the record when a build is done. */
export function buildRecord(): AstroIntegration {
  let record: BuildRecord = { base: '/', site: '' };
  return {
    name: 'parallax:build-record',
    hooks: {
      'astro:config:done': ({ config }) => {
        record = { base: config.base, site: config.site ?? '' };
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL(BUILD_RECORD, dir), `${JSON.stringify(record)}\n`);
      },
    },
  };
}

/** The record of the site built into `outDir`, or undefined when it has none (built before records, or not built). */
export async function readBuildRecord(outDir: string): Promise<BuildRecord | undefined> {
  const text = await readFile(path.join(outDir, BUILD_RECORD), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const data = JSON.parse(text) as Partial<BuildRecord>;
  return typeof data.base === 'string' ? { base: data.base, site: data.site ?? '' } : undefined;
}
