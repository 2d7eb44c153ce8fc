/**
 * Lighthouse (the npm package, its default mobile settings with simulated throttling) on the
 * heaviest page of every page type of the built shipped site, served on 127.0.0.1 by astro preview
 * and opened in the system Chromium: performance, accessibility, best practices and SEO, each out
 * of 100, and each page's HTML as sent (Vite's preview server gzips text, as production hosts do)
 * and on disk.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result as LighthouseResult } from 'lighthouse';
import { chromiumPath, serveSite } from '../tests/support/browser.ts';
import { budget, kb, median, type Budget, type Section } from './report.ts';
import { shippedSite } from './site.ts';
import { measureWeights } from './weight.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BUDGET = 100;
/** Runs per page; the median score per category is kept (performance varies run to run). */
const RUNS = 3;

interface Page {
  type: string;
  path: string;
}

interface Scores extends Page {
  /** The page's HTML as sent (median over the runs) and as it is on disk. */
  document: { transfer: number; resource: number };
  runs: Record<string, number>[];
  failed: string[];
}

/** The page's own HTML: bytes over the network and bytes once decoded, from Lighthouse's network log. */
function documentBytes(lhr: LighthouseResult, url: string): { transfer: number; resource: number } {
  const details = lhr.audits['network-requests']?.details;
  const items = details !== undefined && details.type === 'table' ? details.items : [];
  const item = items.find((i) => i['url'] === url);
  return { transfer: Number(item?.['transferSize'] ?? 0), resource: Number(item?.['resourceSize'] ?? 0) };
}

export async function benchLighthouse(log: (line: string) => void = console.error): Promise<Section> {
  const distDir = await shippedSite();
  const weights = await measureWeights(distDir);
  const pages: Page[] = weights.map((w) => ({ type: w.type, path: `/${w.file.replace(/index\.html$/, '')}` }));
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'error',
  });
  let version = 'unknown';
  const measure = async (origin: string, page: Page): Promise<Scores> => {
    const runs: Record<string, number>[] = [];
    const failed = new Set<string>();
    const documents: { transfer: number; resource: number }[] = [];
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
      documents.push(documentBytes(result.lhr, `${origin}${page.path}`));
    }
    const document = {
      transfer: median(documents.map((d) => d.transfer)),
      resource: median(documents.map((d) => d.resource)),
    };
    return { ...page, document, runs, failed: [...failed].sort() };
  };
  const scores: Scores[] = [];
  const { server, origin } = await serveSite(distDir, '/');
  try {
    for (const page of pages) scores.push(await measure(origin, page));
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
  const row = (s: Scores): (string | number)[] => [
    s.type,
    s.path,
    `${kb(s.document.transfer)} / ${kb(s.document.resource)}`,
    ...CATEGORIES.map((c) => medianOf(s.runs, c)),
    s.failed.join(', ') || '—',
  ];
  const columns = ['Page type', 'Page', 'HTML sent / on disk', ...CATEGORIES, 'Audits that cost points (any run)'];
  return {
    id: 'lighthouse',
    title: 'Lighthouse',
    tables: [{ columns, rows: scores.map(row) }],
    budgets,
    notes: [
      `Lighthouse ${version} via its Node API with chrome-launcher on ${chromiumPath()}, default (mobile, simulated throttling) settings; median of ${RUNS} runs per page.`,
      'The site is served by astro preview on 127.0.0.1, whose server (Vite’s) gzips HTML, CSS and JavaScript for a browser that accepts it, as production static hosts and CDNs do: “HTML sent” is the compressed page.',
      'Simulated throttling scales the main-thread time measured on this machine, so total blocking time, and with it the performance score, moves with the machine’s load (reported with the run).',
    ],
    data: scores,
  };
}
