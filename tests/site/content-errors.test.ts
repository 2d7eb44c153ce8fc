import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent, type BuildResult } from '../support/build-fixture.ts';

const FIXTURES = 'tests/fixtures/content-errors';
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'parallax-errors-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Builds fixture content into an output folder that already holds a good site. */
async function buildFixture(name: string): Promise<BuildResult & { outDir: string }> {
  const outDir = path.join(scratch, name, 'dist');
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.html'), '<p>the previous good build</p>');
  return { ...(await buildContent(path.join(FIXTURES, name), outDir)), outDir };
}

const cases: [fixture: string, message: string][] = [
  ['missing-title', `${FIXTURES}/missing-title/s/alpha.md title: required field is missing`],
  ['bad-url', `${FIXTURES}/bad-url/s/alpha.md:3 url: must be an http(s) URL`],
  ['bad-date', `${FIXTURES}/bad-date/s/alpha.md:6 published: must be a date such as 2026-02-18`],
  ['unknown-field', `${FIXTURES}/unknown-field/s/alpha.md:6 author: unknown field (allowed: outlet, url, title,`],
  ['yaml-syntax', `${FIXTURES}/yaml-syntax/s/alpha.md:2 frontmatter: YAML does not parse: Missing closing "quote`],
  ['empty-body', `${FIXTURES}/empty-body/s/alpha.md body: the article has no text after its frontmatter`],
  ['duplicate-outlet', `${FIXTURES}/duplicate-outlet/s/alpha.md outlet: outlet "Alpha" already has an article in this story: ${FIXTURES}/duplicate-outlet/s/alpha-again.md`],
  ['missing-story-file', `${FIXTURES}/missing-story-file/s/alpha.md its story has no story.md: add content/s/story.md with a title and a summary`],
  ['outside-story', `${FIXTURES}/outside-story/stray.md an article must sit in a story folder: content/<story>/<outlet>.md`],
  ['single-outlet', `${FIXTURES}/single-outlet/s/story.md a story needs at least two outlets to compare; it has 1`],
  ['dateline-not-printed', `${FIXTURES}/dateline-not-printed/s/alpha.md dateline: "PARIS" must be printed at the start of the first paragraph`],
];

describe('a malformed article fails the build with a clear message', () => {
  it.each(cases)('%s', async (fixture, message) => {
    const { code, stderr, outDir } = await buildFixture(fixture);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).toContain('was left as it was');
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the previous good build</p>');
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']); // no staging folder left behind
  });
});

describe('a good build replaces the previous one', () => {
  it('swaps the new site into place and leaves nothing else behind', async () => {
    const { code, stdout, outDir } = await buildFixture('valid');
    expect(code).toBe(0);
    expect(stdout).toContain('Built');
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('A fixture story');
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
  });
});
