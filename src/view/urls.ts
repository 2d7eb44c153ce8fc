/**
 * Every internal URL goes through here so that the same build works from a domain root or a
 * sub-path (`BASE=/parallax/`). Paths are written without the base and with a trailing slash for
 * pages (`/isis-detainee-transfer/kurdistan24/`); files keep their extension (`/search-index.json`).
 */
export function pathWithBase(path: string): string {
  const base = stripTrailingSlash(import.meta.env.BASE_URL);
  return `${base}/${stripLeadingSlash(path)}`;
}

/** URL of a story's page, or of a page below it: `storyPath('s', 'compare', 'a', 'b')` → `/s/compare/a/b/`. */
export function storyPath(story: string, ...segments: string[]): string {
  return pathWithBase(`${[story, ...segments].map(encodeURIComponent).join('/')}/`);
}

/** Fragment that shows a pair page with its sides swapped (CSS `:target`, no JavaScript). */
export const SWAPPED_PAIR = 'swapped';

/**
 * Whether two outlets of a story are in the order their pair page lists them. Each unordered
 * pair of outlets has one page, the two slugs in code-unit order (the engine's order of outlets).
 */
export function inPairOrder(a: string, b: string): boolean {
  return a < b;
}

/**
 * URL of the page comparing outlets `a` and `b` of a story, with `a` shown on the left: the
 * pair's one page, swapped (`#swapped`) when `a` comes second in pair order. A `row` anchor (a
 * claim cluster) leads to that row instead, in the page's own order.
 */
export function pairPath(story: string, a: string, b: string, row?: string): string {
  const ordered = inPairOrder(a, b);
  const page = ordered ? storyPath(story, 'compare', a, b) : storyPath(story, 'compare', b, a);
  if (row !== undefined) return `${page}#${encodeURIComponent(row)}`;
  return ordered ? page : `${page}#${SWAPPED_PAIR}`;
}

/** URL of the n-th page of the story list (1-based): the first is the home page, `/page/2/` the next. */
export function storyListPath(page = 1): string {
  return pathWithBase(page === 1 ? '/' : `page/${page}/`);
}

/** URL of the RSS feed of stories. */
export function feedPath(): string {
  return pathWithBase('rss.xml');
}

/** The absolute address of a site path (already carrying the base) on `site`, for canonical links and feeds. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** URL of one sentence (or quote) of one outlet's article. */
export function sentencePath(story: string, outlet: string, anchor: string): string {
  return `${storyPath(story, outlet)}#${encodeURIComponent(anchor)}`;
}

function stripTrailingSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

function stripLeadingSlash(path: string): string {
  return path.startsWith('/') ? path.slice(1) : path;
}

/** Anchor of one outlet's section on the "only in this outlet" page. */
export function onlyAnchor(outlet: string): string {
  return `only-${outlet}`;
}

/** URL of the "only in this outlet" page, or of one outlet's section on it. */
export function onlyPath(story: string, outlet?: string): string {
  const page = storyPath(story, 'only');
  return outlet === undefined ? page : `${page}#${encodeURIComponent(onlyAnchor(outlet))}`;
}

/** Anchor of the overview's "who copied whom" section (the graph and its tables). */
export const REUSE_ANCHOR = 'provenance';
