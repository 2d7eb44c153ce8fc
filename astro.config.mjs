// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { buildAnalysis } from './src/build-analysis.ts';
import { buildRecord } from './src/build-record.ts';

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
  // Every page carries its styles (3–5 KB gzip): a stylesheet link blocks the first paint for a round trip,
  // which costs more on a first visit, what most readers arriving from a shared link make, than
  // re-sending the styles costs on the next page.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // sitemap-index.xml lists every page: for search engines, and the list the accessibility gate checks.
  // The build record lets `npm run preview` serve the build at the base it was made for; the
  // build's analysis runs in a worker beside the content sync and Vite's bundling (src/build-analysis.ts).
  integrations: [sitemap(), buildRecord(), buildAnalysis()],
  // A <meta> CSP on every page: Astro adds hashes of its own scripts and styles to script-src and
  // style-src ('self' plus those hashes, never 'unsafe-inline'); everything else is same-origin
  // only. What a <meta> policy cannot carry (frame-ancestors) is in public/_headers.
  // Shiki colours code with inline styles, which the CSP forbids; news articles carry no code.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
});
