/**
 * Content that must not build, one case per folder of tests/fixtures/invalid: malformed articles
 * and stories, content that is not text or not the text we expect, names that clash with the
 * site's own pages. Every case fails with a message naming the file, the line (and column) where
 * known and the field.
 *
 * All of them stop in the preflight (`readContent`), the first thing `npm run build` does, before
 * it loads Astro or writes anything; the build prints the preflight's message as it is. So each
 * case's message is checked on the preflight in this process, and a few cases of each kind run
 * the real `npm run build` over a previous site, to see it print that same message without a
 * stack trace, exit 1 and keep the previous site. (Every case as a build was 42 Node processes,
 * the slowest file of the suite.)
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, ContentErrors } from '../../src/data/content-error.ts';
import { readContent } from '../../src/data/read-content.ts';
import { MAX_FILE_BYTES, MAX_FILE_LINES } from '../../src/data/source-text.ts';
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

/**
 * Valid frontmatter of Alpha's article, for the cases that write their article here (the rest of
 * their story is tests/fixtures/invalid/too-large).
 */
const ALPHA_FRONTMATTER =
  '---\noutlet: "Alpha"\nurl: "https://example.org/a"\ntitle: "Budget approved"\ncites: []\n---\n\n';

/** What the preflight reports for invalid content: the message `npm run build` prints. */
async function preflightMessage(contentDir: string): Promise<string> {
  const error: unknown = await readContent(contentDir).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ContentErrors || error instanceof ContentError))
    throw new Error(`${contentDir} passed the preflight or failed without a content error: ${String(error)}`);
  return error.message;
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
  // Issue 15: each once passed the preflight, crashed the build, or was silently ignored.
  ['bad-lang', `${FIXTURES}/bad-lang/s/alpha.md:5 lang: must be a BCP 47 language tag such as en, en-GB or ar`],
  ['invisible-outlet', `${FIXTURES}/invisible-outlet/s/alpha.md:2 outlet: must contain a letter or digit`],
  ['bidi-outlet', `${FIXTURES}/bidi-outlet/s/alpha.md:2 outlet: contains a bidirectional control character`],
  ['url-credentials', `${FIXTURES}/url-credentials/s/alpha.md:3 url: must not carry a user name or password`],
  ['unknown-directive', `${FIXTURES}/unknown-directive/s/alpha.md:10:1 ":::note" is not a block the site knows`],
  ['unclosed-caption', `${FIXTURES}/unclosed-caption/s/alpha.md:10:1 ":::caption" is never closed with a ":::" line`],
  ['yaml-tag', `${FIXTURES}/yaml-tag/s/alpha.md:2 frontmatter: YAML does not parse: Unresolved tag: !foo`],
  ['yaml-list-date', `${FIXTURES}/yaml-list-date/s/alpha.md:5 cites.0: must be text, not a date`],
  ['yaml-aliases', `${FIXTURES}/yaml-aliases/s/alpha.md:2 frontmatter: YAML does not parse: Excessive alias count`],
  ['uppercase-md', `${FIXTURES}/uppercase-md/s/gamma.MD ends in a capitalised .md, so the site would ignore it`],
  ['folder-named-md', `${FIXTURES}/folder-named-md/s/notes.md is a folder, but its name ends in .md like an article`],
];

describe('invalid content fails the preflight with a clear message', () => {
  it('has a case for every fixture folder', async () => {
    const folders = (await readdir(FIXTURES, { withFileTypes: true })).filter((d) => d.isDirectory());
    expect([...cases.map(([fixture]) => fixture), 'too-large'].sort()).toEqual(folders.map((d) => d.name).sort());
  });

  it.each(cases)('%s', async (fixture, message) => {
    expect(await preflightMessage(path.join(FIXTURES, fixture))).toContain(message);
  });

  it('too-large: a 2 MB article', async () => {
    // Made here rather than committed: 2 MB of text in the repository would only slow down every clone and grep.
    const content = path.join(scratch, 'too-large-content');
    await cp(path.join(FIXTURES, 'too-large'), content, { recursive: true });
    const paragraph = 'The council approved the budget on Monday after a long debate about roads and schools. ';
    const article = `${ALPHA_FRONTMATTER}${paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length))}\n`;
    expect(article.length).toBeGreaterThan(2 * 1024 * 1024);
    await writeFile(path.join(content, 's', 'alpha.md'), article);
    const message = await preflightMessage(content);
    expect(message).toContain(
      `${path.relative(process.cwd(), content)}/s/alpha.md the file is ${article.length.toLocaleString('en')} bytes; a content file may be at most 262,144 bytes (256 KB)`,
    );
  });

  it('one byte over: the message gives exact sizes', async () => {
    const content = path.join(scratch, 'one-over-content');
    await cp(path.join(FIXTURES, 'too-large'), content, { recursive: true });
    await writeFile(
      path.join(content, 's', 'alpha.md'),
      ALPHA_FRONTMATTER + 'a'.repeat(MAX_FILE_BYTES + 1 - ALPHA_FRONTMATTER.length),
    );
    expect(await preflightMessage(content)).toContain(
      'alpha.md the file is 262,145 bytes; a content file may be at most 262,144 bytes (256 KB)',
    );
  });

  it('too many lines: 256 KB of one-letter lines is refused before it is parsed', async () => {
    const content = path.join(scratch, 'many-lines-content');
    await cp(path.join(FIXTURES, 'too-large'), content, { recursive: true });
    const text = ALPHA_FRONTMATTER + 'w\n'.repeat(MAX_FILE_LINES * 2);
    await writeFile(path.join(content, 's', 'alpha.md'), text);
    const lines = text.split('\n').length.toLocaleString('en');
    expect(await preflightMessage(content)).toContain(
      `alpha.md:${MAX_FILE_LINES + 1} the file has ${lines} lines; a content file may have at most 10,000`,
    );
  });

  it.each([
    [
      'a file outside the content folder',
      async (outside: string) => {
        await writeFile(path.join(outside, 'secret.md'), 'not an article');
        return path.join(outside, 'secret.md');
      },
    ],
    ['a loop', async (_outside: string, link: string) => link],
  ])('a symbolic link to %s is refused with its path', async (name, target) => {
    const content = path.join(scratch, `link-content-${name.length}`);
    const outside = path.join(scratch, `outside-${name.length}`);
    await cp(path.join(FIXTURES, 'too-large'), content, { recursive: true });
    await mkdir(outside, { recursive: true });
    // A valid article beside the link, so that the link is the only problem.
    await writeFile(
      path.join(content, 's', 'alpha.md'),
      `${ALPHA_FRONTMATTER}The council approved the budget on Monday. “We are pleased,” the mayor said.\n`,
    );
    const link = path.join(content, 's', 'gamma.md');
    await symlink(await target(outside, link), link);
    const message = await preflightMessage(content);
    expect(message).toContain(`${path.relative(process.cwd(), link)} is a symbolic link`);
    expect(message.match(/symbolic link/g)).toHaveLength(1);
  });
});

// One case of each kind the preflight reports: a field with its line, bytes that are not text, a rule across files.
describe.each(['bad-url', 'binary-junk', 'duplicate-outlet'])('npm run build on %s', (fixture) => {
  it('prints the preflight’s message without a stack trace, exits 1 and keeps the previous site', async () => {
    const contentDir = path.join(FIXTURES, fixture);
    const stderr = await expectFailedBuild(contentDir, path.join(scratch, fixture, 'dist'));
    expect(stderr).toContain(await preflightMessage(contentDir));
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
