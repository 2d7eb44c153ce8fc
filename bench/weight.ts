/**
 * Page weight per page type of the built shipped site: the HTML, the CSS it links or inlines and
 * the JavaScript it runs (scripts, inline or linked, and every module they import, statically or
 * dynamically), raw and gzipped (zlib at its default level, as a server would send them). Each
 * type is represented by its heaviest page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { budget, kb, type Budget, type Section } from './report.ts';
import { htmlPages, shippedSite } from './site.ts';

/** Page types by path, first match wins; reading pages are every type but search. */
export const PAGE_TYPES: readonly { type: string; pattern: RegExp; reading: boolean }[] = [
  { type: 'home', pattern: /^index\.html$/, reading: true },
  { type: 'search', pattern: /^search\/index\.html$/, reading: false },
  { type: 'overview', pattern: /^[^/]+\/index\.html$/, reading: true },
  { type: 'compare', pattern: /^[^/]+\/compare\/index\.html$/, reading: true },
  { type: 'pairwise', pattern: /^[^/]+\/compare\/[^/]+\/[^/]+\/index\.html$/, reading: true },
  { type: 'quotes', pattern: /^[^/]+\/quotes\/index\.html$/, reading: true },
  { type: 'outlet', pattern: /^[^/]+\/[^/]+\/index\.html$/, reading: true },
];

const BUDGETS = { readingJsGzip: 2 * 1024, htmlCssGzip: 30 * 1024, searchJsGzip: 15 * 1024, indexGzip: 40 * 1024 };
/** The search index files a first search on the shipped site fetches: the root and the story's file. */
const SEARCH_INDEX = ['search/root.json', 'search/stories/isis-detainee-transfer.json'];

export function pageType(file: string): string | undefined {
  return PAGE_TYPES.find((t) => t.pattern.test(file))?.type;
}

interface Bytes {
  raw: number;
  gzip: number;
}

function sizes(parts: readonly string[]): Bytes {
  return parts.reduce(
    (sum, text) => ({ raw: sum.raw + Buffer.byteLength(text), gzip: sum.gzip + gzipSync(text).length }),
    { raw: 0, gzip: 0 },
  );
}

/** Module specifiers a bundled script imports, statically or dynamically. */
const IMPORT = /\bimport\s*(?:[^'"()]*?\bfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The JavaScript texts a page runs: inline scripts, and script files with everything they import. */
async function pageScripts(distDir: string, file: string, html: ReturnType<typeof parse>): Promise<string[]> {
  const texts: string[] = [];
  const seen = new Set<string>();
  const load = async (url: string): Promise<void> => {
    if (seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const text = await readFile(path.join(distDir, url), 'utf8');
    texts.push(text);
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier !== undefined && (specifier.startsWith('.') || specifier.startsWith('/')))
        await load(path.posix.resolve(path.posix.dirname(url), specifier));
    }
  };
  for (const script of html.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
    const src = script.getAttribute('src');
    if (src === undefined) texts.push(script.text);
    else await load(path.posix.resolve(`/${path.posix.dirname(file)}`, src));
  }
  return texts;
}

async function pageStyles(distDir: string, file: string, html: ReturnType<typeof parse>): Promise<string[]> {
  const linked = html.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? '');
  const files = await Promise.all(
    linked.map((href) =>
      readFile(path.join(distDir, path.posix.resolve(`/${path.posix.dirname(file)}`, href)), 'utf8'),
    ),
  );
  return [...files, ...html.querySelectorAll('style').map((style) => style.text)];
}

/** The page's HTML with the text of its inline stylesheets taken out (the <style> tags stay). */
function withoutInlineStyles(text: string, html: ReturnType<typeof parse>): string {
  return html.querySelectorAll('style').reduce((rest, style) => rest.replace(style.text, ''), text);
}

export interface PageWeight {
  type: string;
  file: string;
  pages: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

export async function measureWeights(distDir: string): Promise<PageWeight[]> {
  const byType = new Map<string, PageWeight>();
  for (const file of await htmlPages(distDir)) {
    const type = pageType(file);
    if (type === undefined) continue;
    const text = await readFile(path.join(distDir, file), 'utf8');
    const html = parse(text);
    const weight: PageWeight = {
      type,
      file,
      pages: 1,
      // Inline <style> text is counted once, under CSS.
      html: sizes([withoutInlineStyles(text, html)]),
      css: sizes(await pageStyles(distDir, file, html)),
      js: sizes(await pageScripts(distDir, file, html)),
    };
    const heaviest = byType.get(type);
    const total = (w: PageWeight): number => w.html.gzip + w.css.gzip + w.js.gzip;
    if (heaviest === undefined) byType.set(type, weight);
    else byType.set(type, { ...(total(weight) > total(heaviest) ? weight : heaviest), pages: heaviest.pages + 1 });
  }
  return PAGE_TYPES.flatMap((t) => byType.get(t.type) ?? []);
}

export async function benchWeight(): Promise<Section> {
  const distDir = await shippedSite();
  const weights = await measureWeights(distDir);
  const index = await Promise.all(SEARCH_INDEX.map((file) => readFile(path.join(distDir, file), 'utf8')))
    .then((texts) => sizes(texts))
    .catch(() => undefined);
  const cell = (b: Bytes): string => `${kb(b.raw)} / ${kb(b.gzip)}`;
  const budgets: Budget[] = [];
  for (const w of weights) {
    const reading = PAGE_TYPES.find((t) => t.type === w.type)?.reading ?? false;
    if (reading)
      budgets.push(
        budget(
          `${w.type}: JavaScript (gzip)`,
          `≤ ${kb(BUDGETS.readingJsGzip)}`,
          kb(w.js.gzip),
          w.js.gzip <= BUDGETS.readingJsGzip,
        ),
      );
    budgets.push(
      budget(
        `${w.type}: HTML + CSS (gzip)`,
        `≤ ${kb(BUDGETS.htmlCssGzip)}`,
        kb(w.html.gzip + w.css.gzip),
        w.html.gzip + w.css.gzip <= BUDGETS.htmlCssGzip,
      ),
    );
  }
  const search = weights.find((w) => w.type === 'search');
  budgets.push(
    budget(
      'search page: JavaScript incl. fuse.js (gzip)',
      `≤ ${kb(BUDGETS.searchJsGzip)}`,
      search ? kb(search.js.gzip) : 'no search page',
      search ? search.js.gzip <= BUDGETS.searchJsGzip : null,
    ),
  );
  budgets.push(
    budget(
      `search index a first search fetches (${SEARCH_INDEX.map((f) => `/${f}`).join(' + ')}, gzip)`,
      `≤ ${kb(BUDGETS.indexGzip)}`,
      index ? kb(index.gzip) : 'no index',
      index ? index.gzip <= BUDGETS.indexGzip : null,
    ),
  );
  const missing = PAGE_TYPES.filter((t) => !weights.some((w) => w.type === t.type)).map((t) => t.type);
  return {
    id: 'weight',
    title: 'Page weight (raw / gzip)',
    tables: [
      {
        columns: ['Page type', 'Heaviest page', 'Pages', 'HTML', 'CSS', 'JS', 'HTML + CSS gzip'],
        rows: [
          ...weights.map((w) => [
            w.type,
            `/${w.file.replace(/index\.html$/, '')}`,
            w.pages,
            cell(w.html),
            cell(w.css),
            cell(w.js),
            kb(w.html.gzip + w.css.gzip),
          ]),
          ...(index
            ? [
                [
                  'search index',
                  SEARCH_INDEX.map((f) => `/${f}`).join(' + '),
                  SEARCH_INDEX.length,
                  '—',
                  '—',
                  '—',
                  `${cell(index)} (JSON)`,
                ],
              ]
            : []),
        ],
      },
    ],
    budgets,
    notes: [
      'Each file is gzipped on its own (zlib, default level 6) and the sizes summed, as a browser fetching them would receive them; a stylesheet shared by every page is counted on every page. Inline stylesheets are counted under CSS, gzipped on their own, and left out of the HTML figure, so HTML + CSS is a little more than the page gzipped whole.',
      'JavaScript counts inline scripts and every script file with all it imports (static and dynamic imports); the search index is fetched by the search page at run time and is listed on its own.',
      ...(missing.length > 0 ? [`No page of type ${missing.join(', ')} in this build.`] : []),
    ],
    data: { weights, index },
  };
}
