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
