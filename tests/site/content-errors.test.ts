import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverPreviousSite } from '../support/build.ts';
import { expectFailedBuild } from '../support/build-fixture.ts';

const FIXTURES = 'tests/fixtures/content-errors';
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'parallax-errors-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const outDirFor = (name: string): string => path.join(scratch, name, 'dist');

const cases: [fixture: string, message: string][] = [
  ['missing-title', `${FIXTURES}/missing-title/s/alpha.md title: required field is missing`],
  ['bad-url', `${FIXTURES}/bad-url/s/alpha.md:3 url: must be an http(s) URL`],
  ['bad-date', `${FIXTURES}/bad-date/s/alpha.md:6 published: must be a date such as 2026-02-18`],
  ['unknown-field', `${FIXTURES}/unknown-field/s/alpha.md:6 author: unknown field (allowed: outlet, url, title,`],
  ['yaml-syntax', `${FIXTURES}/yaml-syntax/s/alpha.md:2 frontmatter: YAML does not parse: Missing closing "quote`],
  ['empty-body', `${FIXTURES}/empty-body/s/alpha.md body: the article has no text after its frontmatter`],
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
  [
    'dateline-not-printed',
    `${FIXTURES}/dateline-not-printed/s/alpha.md dateline: "PARIS" must be printed at the start of the first paragraph`,
  ],
];

describe('a malformed article fails the build with a clear message', () => {
  it.each(cases)('%s', async (fixture, message) => {
    expect(await expectFailedBuild(path.join(FIXTURES, fixture), outDirFor(fixture))).toContain(message);
  });
});

describe('a good build replaces the previous one', () => {
  it('swaps the new site into place and leaves nothing else behind', async () => {
    const outDir = outDirFor('valid');
    const { code, stdout } = await buildOverPreviousSite(path.join(FIXTURES, 'valid'), outDir);
    expect(code).toBe(0);
    expect(stdout).toContain('Built');
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('A fixture story');
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
  });
});
