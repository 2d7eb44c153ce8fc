/**
 * Content that is not text, or not the text we expect: every case fails `npm run build` with a
 * message naming the file, the line (and column) where known and the field, without a stack trace,
 * and the previous site survives. The cases of issue 2 live in tests/fixtures/content-errors.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/data/source-text.ts';
import { RESERVED_SLUGS } from '../../src/data/story-inputs.ts';
import { expectFailedBuild } from '../support/build-fixture.ts';

const FIXTURES = 'tests/fixtures/broken';
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'parallax-broken-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Builds broken content into its own folder over a previous good site; returns the build's stderr. */
function failedBuild(name: string, contentDir: string): Promise<string> {
  return expectFailedBuild(contentDir, path.join(scratch, name, 'dist'));
}

const cases: [fixture: string, message: string][] = [
  ['wrong-type', `${FIXTURES}/wrong-type/s/alpha.md:5 cites: must be a list such as [] or ["Reuters"], not text`],
  ['number-for-text', `${FIXTURES}/number-for-text/s/alpha.md:2 outlet: must be text, not a number`],
  ['duplicate-key', `${FIXTURES}/duplicate-key/s/alpha.md:5 frontmatter: YAML does not parse: Map keys must be unique`],
  [
    'unclosed-frontmatter',
    `${FIXTURES}/unclosed-frontmatter/s/alpha.md:1 the file must start with YAML frontmatter between two --- lines`,
  ],
  ['binary-junk', `${FIXTURES}/binary-junk/s/alpha.md:1 the file is not UTF-8 text`],
  ['nul-byte', `${FIXTURES}/nul-byte/s/alpha.md:9:10 control character U+0000 is not text`],
  ['c1-control', `${FIXTURES}/c1-control/s/alpha.md:8:16 control character U+0093 is not text`],
  // A byte-order mark and CRLF line endings are accepted (see tricky-content), and do not shift line numbers.
  ['javascript-url', `${FIXTURES}/javascript-url/s/alpha.md:3 url: must be an http(s) URL`],
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
  ['bom-crlf-bad-date', `${FIXTURES}/bom-crlf-bad-date/s/alpha.md:6 published: must be a date such as 2026-02-18`],
];

describe('broken content fails the build with a clear message and keeps the previous site', () => {
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

/** Names of the routes in `dir` that are not parameters: `search/`, `quotes.astro`, `search-index.json.ts`. */
async function staticRoutes(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('[') && !name.startsWith('index.'));
  return names.map((name) => name.replace(/\.(astro|ts)$/, '')).sort();
}

it("reserves exactly the URL segments of the site's own pages", async () => {
  // Only slug-shaped names can clash: search-index.json can never be a folder name that passes the slug rule.
  const slugShaped = (names: string[]) => names.filter((name) => /^[a-z0-9-]+$/.test(name));
  expect(slugShaped(await staticRoutes('src/pages'))).toEqual([...RESERVED_SLUGS.story]);
  expect(slugShaped(await staticRoutes('src/pages/[story]'))).toEqual([...RESERVED_SLUGS.outlet]);
});
