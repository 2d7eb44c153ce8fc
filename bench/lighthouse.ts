/**
 * Lighthouse (the npm package, its default mobile settings with simulated throttling) on the
 * heaviest page of every page type of the built shipped site, opened in the system Chromium:
 * performance, accessibility, best practices and SEO, each out of 100. The pages are served on
 * 127.0.0.1 compressed, as every production static host and CDN serves them (static-host.ts); the
 * heaviest page is measured a second time from astro preview, which sends it uncompressed, and
 * reported beside, so the cost of an uncompressed host stays visible.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result as LighthouseResult } from 'lighthouse';
import { chromiumPath, serveSite } from '../tests/support/browser.ts';
import { serveCompressed } from './static-host.ts';
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
  /** Which server sent the pages. */
  server: string;
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
  const pathOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;
  const pages: Page[] = weights.map((w) => ({ type: w.type, path: pathOf(w.file) }));
  const heaviest = weights.reduce<(typeof weights)[number] | undefined>(
    (max, w) => (max === undefined || w.html.raw > max.html.raw ? w : max),
    undefined,
  );
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'error',
  });
  let version = 'unknown';
  const measure = async (origin: string, page: Page, server: string): Promise<Scores> => {
    const runs: Record<string, number>[] = [];
    const failed = new Set<string>();
    const documents: { transfer: number; resource: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      log(`lighthouse (${server}): ${page.path} (${i + 1}/${RUNS})`);
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
    return { ...page, server, document, runs, failed: [...failed].sort() };
  };
  const scores: Scores[] = [];
  const uncompressed: Scores[] = [];
  try {
    const host = await serveCompressed(distDir);
    try {
      for (const page of pages) scores.push(await measure(host.origin, page, 'compressed'));
    } finally {
      await host.stop();
    }
    if (heaviest !== undefined) {
      const { server, origin } = await serveSite(distDir, '/');
      try {
        uncompressed.push(await measure(origin, { type: heaviest.type, path: pathOf(heaviest.file) }, 'astro preview'));
      } finally {
        await server.stop();
      }
    }
  } finally {
    chrome.kill();
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
    tables: [
      {
        caption: 'Served compressed, as a production static host serves it (the budget)',
        columns,
        rows: scores.map(row),
      },
      {
        caption: 'The heaviest page served by astro preview, uncompressed (not budgeted: no production host does this)',
        columns,
        rows: uncompressed.map(row),
      },
    ],
    budgets,
    notes: [
      `Lighthouse ${version} via its Node API with chrome-launcher on ${chromiumPath()}, default (mobile, simulated throttling) settings; median of ${RUNS} runs per page.`,
      'The budgeted pages are served on 127.0.0.1 by sirv with the compression middleware (gzip, zlib’s default level), as every production static host and CDN compresses HTML, CSS and JavaScript (bench/static-host.ts). `npm run preview` (astro preview) sends them uncompressed; the second table shows the heaviest page served that way.',
      'Simulated throttling scales the main-thread time measured on this machine, so total blocking time, and with it the performance score, moves with the machine’s load (reported with the run).',
    ],
    data: { compressed: scores, uncompressed },
  };
}
