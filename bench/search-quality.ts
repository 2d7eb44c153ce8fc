/**
 * Search quality on the evaluation set (tests/search/eval-set.ts), measured where readers meet it:
 * on the built site's /search/ page in Chromium. Each query is typed into the page's box; the
 * results are read from the page (every one, "Show more" pressed until none is hidden), the first
 * is checked against the expected words, each is checked for junk (no word of the query, even
 * with typos), and the page's own `parallax:search-query` measure times it. Also the bytes of the
 * search index files a first search on the shipped site fetches.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { RootIndexFile } from '../src/search/record.ts';
import { EVAL_SET, type EvalKind } from '../tests/search/eval-set.ts';
import { holdsAQueryWord, printsWords } from '../tests/search/eval-score.ts';
import { launchBrowser, serveSite } from '../tests/support/browser.ts';
import { budget, kb, median, ms, type Section } from './report.ts';
import { shippedSite } from './site.ts';

const BUDGETS = { precisionAt1: 0.95, queryMs: 5, indexGzip: 40 * 1024 };
/** Timed runs per query, after the first (untimed, whose results are scored). */
const REPEATS = 5;

interface Measured {
  query: string;
  kind: EvalKind;
  expected: string | null;
  results: number;
  first: string;
  hit: boolean;
  junk: number;
  ms: number;
}

/** Types `query` into the page's box, presses Enter and waits for the search to finish and show. */
async function search(page: Page, query: string): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('parallax:search-query').length);
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction((n) => performance.getEntriesByName('parallax:search-query').length > n, before);
  return page.evaluate(() => performance.getEntriesByName('parallax:search-query').at(-1)?.duration ?? NaN);
}

/** Every result's shown text, in order: "Show more" is pressed until no result is hidden. */
async function shownTexts(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  while ((await more.isVisible()) && ((await more.textContent()) ?? '').startsWith('Show')) {
    const count = await page.locator('#search-results li.result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li.result').length > n, count);
  }
  return page.locator('#search-results li.result').evaluateAll((items) =>
    items.map((li) => {
      const wording = li.querySelector('.wording')?.textContent;
      // A quote's wording is shown between its marks; the marks are not the outlet's words.
      return wording === undefined || wording === null
        ? (li.querySelector('.sentence')?.textContent ?? '')
        : wording.replace(/^“|”$/g, '');
    }),
  );
}

async function indexBytes(distDir: string): Promise<{ root: number; story: number; stories: number; raw: number }> {
  const gzip = async (file: string) => gzipSync(await readFile(file)).length;
  const storyDir = path.join(distDir, 'search', 'stories');
  const stories = await Promise.all((await readdir(storyDir)).map((name) => gzip(path.join(storyDir, name))));
  const raw = (await readFile(path.join(distDir, 'search', 'root.json'))).length;
  return {
    root: await gzip(path.join(distDir, 'search', 'root.json')),
    story: Math.max(...stories),
    stories: stories.length,
    raw,
  };
}

export async function benchSearchQuality(log: (line: string) => void = console.error): Promise<Section> {
  const distDir = await shippedSite();
  const root = JSON.parse(await readFile(path.join(distDir, 'search', 'root.json'), 'utf8')) as RootIndexFile;
  const browser = await launchBrowser();
  const { server, origin } = await serveSite(distDir, '/');
  const measured: Measured[] = [];
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    for (const { query, kind, first: expected } of EVAL_SET) {
      log(`search quality: "${query}"`);
      await search(page, query);
      const texts = await shownTexts(page);
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i++) times.push(await search(page, query));
      const first = texts[0] ?? '';
      measured.push({
        query,
        kind,
        expected,
        results: texts.length,
        first,
        hit: expected === null ? texts.length === 0 : printsWords(first, expected),
        junk: texts.filter((text) => !holdsAQueryWord(text, query, root.aliasGroups)).length,
        ms: median(times),
      });
    }
  } finally {
    await server.stop();
    await browser.close();
  }
  const index = await indexBytes(distDir);
  const kinds = [...new Set(EVAL_SET.map((q) => q.kind))];
  const row = (label: string, of: readonly Measured[]) => {
    const results = of.reduce((sum, m) => sum + m.results, 0);
    const junk = of.reduce((sum, m) => sum + m.junk, 0);
    return [
      label,
      String(of.length),
      (of.filter((m) => m.hit).length / of.length).toFixed(2),
      `${junk} of ${results}`,
      ms(median(of.map((m) => m.ms))),
      ms(Math.max(...of.map((m) => m.ms))),
    ];
  };
  const precision = measured.filter((m) => m.hit).length / measured.length;
  const junkShare =
    measured.reduce((s, m) => s + m.junk, 0) /
    Math.max(
      1,
      measured.reduce((s, m) => s + m.results, 0),
    );
  const nothing = measured.filter((m) => m.expected === null).reduce((s, m) => s + m.results, 0);
  const cia = measured.find((m) => m.query === 'CIA');
  const queryMedian = median(measured.map((m) => m.ms));
  const firstSearch = index.root + index.story;
  return {
    id: 'search-quality',
    title: 'Search quality on the evaluation set',
    tables: [
      {
        columns: ['Queries', 'Count', 'Precision at 1', 'Junk results', 'Query (median)', 'Query (slowest)'],
        rows: [
          ...kinds.map((kind) =>
            row(
              kind,
              measured.filter((m) => m.kind === kind),
            ),
          ),
          row('**all**', measured),
        ],
      },
      {
        columns: ['Query', 'Expected first', 'Results', 'First result', 'Junk', 'Query'],
        rows: measured.map((m) => [
          `“${m.query}”`,
          m.expected ?? 'no result',
          String(m.results),
          `${m.hit ? '' : '**miss** '}${m.first.slice(0, 70)}${m.first.length > 70 ? '…' : ''}`,
          String(m.junk),
          ms(m.ms),
        ]),
      },
    ],
    budgets: [
      budget(
        'precision at 1 on the evaluation set',
        `≥ ${BUDGETS.precisionAt1}`,
        precision.toFixed(2),
        precision >= BUDGETS.precisionAt1,
      ),
      budget('results for the must-find-nothing queries', '0', String(nothing), nothing === 0),
      budget('junk results for “CIA”', '0', String(cia?.junk ?? NaN), cia?.junk === 0),
      budget(
        'query time in Chromium, median over the set',
        `≤ ${ms(BUDGETS.queryMs)}`,
        ms(queryMedian),
        queryMedian <= BUDGETS.queryMs,
      ),
      budget(
        'index a first search fetches on the shipped site (root + story file, gzip)',
        `≤ ${kb(BUDGETS.indexGzip)}`,
        kb(firstSearch),
        firstSearch <= BUDGETS.indexGzip,
      ),
    ],
    notes: [
      `${EVAL_SET.length} queries of our own (tests/search/eval-set.ts), each with the words its first result must print, or none for the queries that must find nothing. Junk: results whose text holds no word of the query even with the typos it allows (tests/search/eval-score.ts); junk share over the whole set ${(junkShare * 100).toFixed(1)}%.`,
      `Query: the page's own parallax:search-query measure (matching, ranking and grouping, no DOM), median of ${REPEATS} runs per query after a first one.`,
      `Index: /search/root.json ${kb(index.raw)} raw, ${kb(index.root)} gzip; the largest of ${index.stories} story file(s) ${kb(index.story)} gzip.`,
    ],
    data: { measured, index, precision, junkShare },
  };
}
