// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The bench's baseline: a bare Astro site with the shipped site's pages and text and nothing
 * else (no analysis, no components, no styles), so `astro build` of it is the floor the real
 * build is compared with. `bench/build.ts` writes the pages file and picks the output folder.
 */
export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR ?? '/tmp/parallax-baseline-dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
