// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The bench's baseline: a bare Astro site with the shipped site's pages and text and nothing
 * else (no analysis, no components, no styles), so `astro build` of it is the floor the real
 * build is compared with; with BASELINE_COLLECTIONS=1 it also loads the site's content
 * collections (src/content.config.ts). `bench/build.ts` writes the pages file (BASELINE_PAGES)
 * and passes --outDir.
 */
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
