// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Deployment target, from the environment so one build serves any host:
 *   SITE  absolute origin the site is served from (default http://localhost:4321)
 *   BASE  path prefix when served from a sub-path, e.g. /parallax/ (default /)
 */
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.PARALLAX_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
