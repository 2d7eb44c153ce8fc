/**
 * Lighthouse (the npm package, its default mobile settings with simulated throttling) on the
 * heaviest page of every page type of the built shipped site, served on 127.0.0.1 and opened in
 * the system Chromium: performance, accessibility, best practices and SEO, each out of 100.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, serveSite } from '../tests/support/browser.ts';
import { budget, median, type Budget, type Section } from './report.ts';
import { shippedSite } from './site.ts';
import { measureWeights } from './weight.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BUDGET = 100;
/** Runs per page; the median score per category is kept (performance varies run to run). */
const RUNS = 3;

export async function benchLighthouse(log: (line: string) => void = console.error): Promise<Section> {
  const distDir = await shippedSite();
  const pages = (await measureWeights(distDir)).map((w) => ({
    type: w.type,
    path: `/${w.file.replace(/index\.html$/, '')}`,
  }));
  const { server, origin } = await serveSite(distDir, '/');
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'error',
  });
  const scores: { type: string; path: string; runs: Record<string, number>[]; failed: string[] }[] = [];
  let version = 'unknown';
  try {
    for (const page of pages) {
      const runs: Record<string, number>[] = [];
      const failed = new Set<string>();
      for (let i = 0; i < RUNS; i++) {
        log(`lighthouse: ${page.path} (${i + 1}/${RUNS})`);
        const result = await lighthouse(`${origin}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (result === undefined) throw new Error(`lighthouse returned nothing for ${page.path}`);
        version = `${result.lhr.lighthouseVersion} (${result.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`;
        runs.push(
          Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)])),
        );
        // Only audits that cost points: weighted in a category's score and not passed in full.
        for (const c of CATEGORIES) {
          for (const ref of result.lhr.categories[c]?.auditRefs ?? []) {
            const score = result.lhr.audits[ref.id]?.score;
            if (ref.weight > 0 && score !== null && score !== undefined && score < 1) failed.add(ref.id);
          }
        }
      }
      scores.push({ ...page, runs, failed: [...failed].sort() });
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  const medianOf = (runs: Record<string, number>[], category: string): number =>
    median(runs.map((r) => r[category] ?? 0));
  const budgets: Budget[] = CATEGORIES.map((c) => {
    const worst = Math.min(...scores.map((s) => medianOf(s.runs, c)));
    return budget(`${c}: lowest page`, `${BUDGET}`, String(worst), worst >= BUDGET);
  });
  return {
    id: 'lighthouse',
    title: 'Lighthouse',
    tables: [
      {
        columns: ['Page type', 'Page', ...CATEGORIES, 'Audits that cost points (any run)'],
        rows: scores.map((s) => [
          s.type,
          s.path,
          ...CATEGORIES.map((c) => medianOf(s.runs, c)),
          s.failed.join(', ') || '—',
        ]),
      },
    ],
    budgets,
    notes: [
      `Lighthouse ${version} via its Node API with chrome-launcher on ${chromiumPath()}, default (mobile, simulated throttling) settings; median of ${RUNS} runs per page; the site served by astro preview on 127.0.0.1 (no compression, so text-compression audits reflect the preview server, not a production host).`,
    ],
    data: scores,
  };
}
