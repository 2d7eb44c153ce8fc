/**
 * Content that must not build, one case per folder of tests/fixtures/invalid: malformed articles
 * and stories, content that is not text or not the text we expect, names that clash with the
 * site's own pages. Every case fails `npm run build` with a message naming the file, the line (and
 * column) where known and the field, without a stack trace, and the previous site survives. All
 * of them stop in the preflight, before Astro is loaded, so each costs one short node process.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/data/read-content.ts';
import { MAX_FILE_BYTES } from '../../src/data/source-text.ts';
import { RESERVED_SLUGS } from '../../src/data/story-inputs.ts';
import { PREVIOUS_SITE } from '../support/build.ts';
import { expectFailedBuild } from '../support/build-fixture.ts';
import { FIXTURE_SITES } from '../support/build-site.ts';
import { builtSite } from '../support/site.ts';

const FIXTURES = 'tests/fixtures/invalid';
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'parallax-invalid-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Builds invalid content into its own folder over a previous good site; returns the build's stderr. */
function failedBuild(name: string, contentDir: string): Promise<string> {
  return expectFailedBuild(contentDir, path.join(scratch, name, 'dist'));
}

const cases: [fixture: string, message: string][] = [
  // Fields and frontmatter.
  ['missing-title', `${FIXTURES}/missing-title/s/alpha.md title: required field is missing`],
  ['bad-url', `${FIXTURES}/bad-url/s/alpha.md:3 url: must be an http(s) URL`],
  ['javascript-url', `${FIXTURES}/javascript-url/s/alpha.md:3 url: must be an http(s) URL`],
  ['bad-date', `${FIXTURES}/bad-date/s/alpha.md:6 published: must be a date such as 2026-02-18`],
  // A byte-order mark and CRLF line endings are accepted (see tricky-content), and do not shift line numbers.
  ['bom-crlf-bad-date', `${FIXTURES}/bom-crlf-bad-date/s/alpha.md:6 published: must be a date such as 2026-02-18`],
  ['unknown-field', `${FIXTURES}/unknown-field/s/alpha.md:6 author: unknown field (allowed: outlet, url, title,`],
  ['wrong-type', `${FIXTURES}/wrong-type/s/alpha.md:5 cites: must be a list such as [] or ["Reuters"], not text`],
  ['number-for-text', `${FIXTURES}/number-for-text/s/alpha.md:2 outlet: must be text, not a number`],
  ['yaml-syntax', `${FIXTURES}/yaml-syntax/s/alpha.md:2 frontmatter: YAML does not parse: Missing closing "quote`],
  ['duplicate-key', `${FIXTURES}/duplicate-key/s/alpha.md:5 frontmatter: YAML does not parse: Map keys must be unique`],
  [
    'unclosed-frontmatter',
    `${FIXTURES}/unclosed-frontmatter/s/alpha.md:1 the file must start with YAML frontmatter between two --- lines`,
  ],
  ['empty-body', `${FIXTURES}/empty-body/s/alpha.md body: the article has no text after its frontmatter`],
  [
    'dateline-not-printed',
    `${FIXTURES}/dateline-not-printed/s/alpha.md dateline: "PARIS" must be printed at the start of the first paragraph`,
  ],
  // Bytes that are not text.
  ['binary-junk', `${FIXTURES}/binary-junk/s/alpha.md:1 the file is not UTF-8 text`],
  ['nul-byte', `${FIXTURES}/nul-byte/s/alpha.md:9:10 control character U+0000 is not text`],
  ['c1-control', `${FIXTURES}/c1-control/s/alpha.md:8:16 control character U+0093 is not text`],
  // Stories, and where files sit.
  [
    'duplicate-outlet',
    `${FIXTURES}/duplicate-outlet/s/alpha.md outlet: outlet "Alpha" already has an article in this story: ${FIXTURES}/duplicate-outlet/s/alpha-again.md`,
  ],
  [
    'missing-story-file',
    `${FIXTURES}/missing-story-file/s/alpha.md its story has no story.md: add content/s/story.md with a title and a summary`,
  ],
  [
    'outside-story',
    `${FIXTURES}/outside-story/stray.md an article must sit in a story folder: content/<story>/<outlet>.md`,
  ],
  ['single-outlet', `${FIXTURES}/single-outlet/s/story.md a story needs at least two outlets to compare; it has 1`],
  // Names that become addresses.
  [
    'bad-slug',
    `${FIXTURES}/bad-slug/s/Alpha Report.md the file name "Alpha Report" is part of the page's address: use lower-case letters, digits and single hyphens`,
  ],
  [
    'reserved-outlet-slug',
    `${FIXTURES}/reserved-outlet-slug/s/quotes.md the file name "quotes" is the address of one of the site's own pages`,
  ],
  [
    'reserved-story-slug',
    `${FIXTURES}/reserved-story-slug/search/story.md the folder name "search" is the address of one of the site's own pages`,
  ],
];

describe('invalid content fails the build with a clear message and keeps the previous site', () => {
  it('has a case for every fixture folder', async () => {
    const folders = (await readdir(FIXTURES, { withFileTypes: true })).filter((d) => d.isDirectory());
    expect([...cases.map(([fixture]) => fixture), 'too-large'].sort()).toEqual(folders.map((d) => d.name).sort());
  });

  it.each(cases)('%s', async (fixture, message) => {
    expect(await failedBuild(fixture, path.join(FIXTURES, fixture))).toContain(message);
  });

  it('too-large: a 2 MB article', async () => {
    // Made here rather than committed: 2 MB of text in the repository would only slow down every clone and grep.
    const content = path.join(scratch, 'too-large-content');
    await cp(path.join(FIXTURES, 'too-large'), content, { recursive: true });
    const paragraph = 'The council approved the budget on Monday after a long debate about roads and schools. ';
    const article = `---\noutlet: "Alpha"\nurl: "https://example.org/a"\ntitle: "Budget approved"\ncites: []\n---\n\n${paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length))}\n`;
    expect(article.length).toBeGreaterThan(2 * 1024 * 1024);
    await writeFile(path.join(content, 's', 'alpha.md'), article);
    const stderr = await failedBuild('too-large', content);
    expect(stderr).toContain(
      `${path.relative(process.cwd(), content)}/s/alpha.md the file is 2048 KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB`,
    );
  });
});

describe('a good build replaces the previous one', () => {
  // Global setup built content/ a second time over a previous site (the determinism gate reads the same build).
  it('swaps the new site into place and leaves nothing else behind', async () => {
    expect(FIXTURE_SITES.rebuilt.overPrevious).toBe(true);
    const { stdout, distDir } = builtSite('rebuilt');
    expect(stdout).toContain('Built');
    const home = await readFile(path.join(distDir, 'index.html'), 'utf8');
    expect(home).not.toBe(PREVIOUS_SITE);
    for (const { story } of await readContent('content')) expect(home).toContain(story.title);
    expect(await readdir(path.dirname(distDir))).toEqual(['dist']);
  });
});

/** Names of the routes in `dir` that are not parameters: `search/`, `quotes.astro`, `comparison.json.ts`. */
async function staticRoutes(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('[') && !name.startsWith('index.'));
  return names.map((name) => name.replace(/\.(astro|ts)$/, '')).sort();
}

it("reserves exactly the URL segments of the site's own pages", async () => {
  // Only slug-shaped names can clash: comparison.json can never be a folder name that passes the slug rule.
  const slugShaped = (names: string[]) => names.filter((name) => /^[a-z0-9-]+$/.test(name));
  expect(slugShaped(await staticRoutes('src/pages'))).toEqual([...RESERVED_SLUGS.story]);
  expect(slugShaped(await staticRoutes('src/pages/[story]'))).toEqual([...RESERVED_SLUGS.outlet]);
});
