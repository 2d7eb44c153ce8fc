import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import type { BuiltSite, SiteName } from './build-site.ts';

/**
 * A fixture site global setup built, or an error with the build's own message when it did not
 * build: only the tests that read that site fail.
 */
export function builtSite(name: SiteName): BuiltSite {
  const site = inject('sites')[name];
  if (site.code !== 0) throw new Error(`building ${site.contentDir} failed:\n${site.stderr}`);
  return site;
}

/** Every HTML page of a built site, as URL paths under `base` ("/parallax/isis-detainee-transfer/"). */
export async function listPages(distDir: string, base: string): Promise<string[]> {
  const files = await readdir(distDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map(
      (file) =>
        base +
        file
          .split(path.sep)
          .join('/')
          .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}

/** The file a URL path of the built site is served from, or undefined when it leaves the base. */
export function fileFor(distDir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  return path.join(distDir, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
}

/** Parses a built page with a real HTML parser. */
export async function readPage(distDir: string, base: string, urlPath: string): Promise<HTMLElement> {
  const file = fileFor(distDir, base, urlPath);
  if (file === undefined) throw new Error(`${urlPath} is outside ${base}`);
  return parse(await readFile(file, 'utf8'));
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Checks every internal `href` and `src` of every page: the target file exists and, for
 * `#fragments`, the target page has an element with that id. External links are not followed.
 */
export async function findBrokenLinks(
  distDir: string,
  base: string,
  origin = 'http://127.0.0.1',
): Promise<BrokenLink[]> {
  const pages = await listPages(distDir, base);
  const idsByPage = new Map<string, Set<string>>();
  const ids = async (page: string): Promise<Set<string> | undefined> => {
    if (!idsByPage.has(page)) {
      const file = fileFor(distDir, base, page);
      const html = file === undefined ? undefined : await readFile(file, 'utf8').catch(() => undefined);
      if (html === undefined) return undefined;
      idsByPage.set(
        page,
        new Set(
          parse(html)
            .querySelectorAll('[id]')
            .map((el) => el.id),
        ),
      );
    }
    return idsByPage.get(page);
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const doc = await readPage(distDir, base, page);
    for (const el of doc.querySelectorAll('[href], [src]')) {
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      const url = new URL(href, origin + page);
      if (url.origin !== origin) continue;
      const target = url.pathname;
      const file = fileFor(distDir, base, target);
      if (file === undefined) {
        broken.push({ page, href, reason: `leaves the base ${base}` });
        continue;
      }
      if (target.endsWith('/') || target.endsWith('.html')) {
        const found = await ids(target);
        if (found === undefined) broken.push({ page, href, reason: 'no such page' });
        else if (url.hash && !found.has(decodeURIComponent(url.hash.slice(1))))
          broken.push({ page, href, reason: `no element with id ${url.hash}` });
      } else if (
        !(await readFile(file).then(
          () => true,
          () => false,
        ))
      ) {
        broken.push({ page, href, reason: 'no such file' });
      }
    }
  }
  return broken;
}
