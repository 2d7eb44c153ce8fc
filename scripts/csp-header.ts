/**
 * The Content-Security-Policy header in the built `_headers` carries the same directives as the
 * pages' <meta> policies. Both policies apply, so a header with fewer directives than the meta
 * would not weaken anything, but one with `default-src 'none'` and no script-src would block the
 * site's own hashed scripts; the header is therefore written from the pages after Astro built
 * them: every directive of every page's meta policy, with the sources of all pages (the site's own
 * script and style hashes), plus what only a header can carry (frame-ancestors).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The line of public/_headers this replaces; what it holds there is the header-only part. */
const HEADER = /^( {2}Content-Security-Policy: )(.*)$/m;
const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;

/** Directive → sources, in first-seen order, from policy texts. */
export function unionPolicies(policies: readonly string[]): Map<string, string[]> {
  const union = new Map<string, string[]>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name === undefined || name === '') continue;
      const known = union.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      union.set(name, known);
    }
  }
  return union;
}

export function formatPolicy(policy: ReadonlyMap<string, readonly string[]>): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Rewrites `<siteDir>/_headers` so its CSP has every page's meta directives. */
export async function writeHeaderPolicy(siteDir: string): Promise<void> {
  const file = path.join(siteDir, '_headers');
  const headers = await readFile(file, 'utf8');
  const own = HEADER.exec(headers)?.[2];
  if (own === undefined) throw new Error(`${file} has no Content-Security-Policy line to complete`);
  // Distinct policies only: pages share a handful, and a policy cut from a page's text may keep the
  // whole page alive in memory (a 1,000-story site's pages, kept so, outgrew the build's heap).
  const metas = new Set<string>();
  for (const name of (await readdir(siteDir, { recursive: true })).filter((n) => n.endsWith('.html')).sort()) {
    const html = await readFile(path.join(siteDir, name), 'utf8');
    for (const match of html.matchAll(META)) metas.add((match[1] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  }
  await writeFile(file, headers.replace(HEADER, `$1${formatPolicy(unionPolicies([own, ...metas]))}`));
}
