/**
 * npm run add-article against careless and hostile arguments (issue 15, items 2 and 5): it writes
 * nowhere but content/<story>/<slug>.md whatever its arguments, and it reads a page in the
 * encoding the page is in, or refuses it, never replacing characters.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addArticle, prepareArticle } from '../../src/ingest/add-article.ts';
import { UsageError } from '../../src/ingest/usage-error.ts';
import { structureArticle } from '../../src/lib/index.ts';
import { decodeInput, EncodingError } from '../../src/ingest/encoding.ts';

let root: string;
let contentDir: string;

const STORY_MD = '---\ntitle: "A story"\nsummary: "Two outlets report one event."\n---\n';
const BETA =
  '---\noutlet: "Beta"\nurl: "https://example.org/b"\ntitle: null\ncites: []\n---\n\nThe council approved the budget.\n';

/** Every path under `dir`, so a test can see that nothing appeared anywhere else. */
async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'parallax-ingest-'));
  contentDir = path.join(root, 'project', 'content');
  await mkdir(path.join(contentDir, 's'), { recursive: true });
  await writeFile(path.join(contentDir, 's', 'story.md'), STORY_MD);
  await writeFile(path.join(contentDir, 's', 'beta.md'), BETA);
  await writeFile(path.join(root, 'project', 'README.md'), 'the project README');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const request = (story: string, slug?: string) => ({
  story,
  slug,
  outlet: 'Alpha',
  url: 'https://example.org/a',
  title: null,
  input: 'The council approved its budget.',
  format: 'text' as const,
});

describe('add-article writes only inside content/<story>/', () => {
  it.each([
    ['story', '../..', undefined],
    ['story', '..', undefined],
    ['story', '/tmp', undefined],
    ['story', 's/../..', undefined],
    ['story', 's\\..\\..', undefined],
    ['story', '．．', undefined], // full-width full stops, which NFKC folds to ".."
    ['story', 'S', undefined],
    ['slug', 's', '../../README'],
    ['slug', 's', '../../../elsewhere/escaped'],
    ['slug', 's', '/tmp/escaped'],
    ['slug', 's', '..'],
    ['slug', 's', '.hidden'],
    ['slug', 's', 'a/b'],
    ['slug', 's', 'a\u2215b'], // division slash, which looks like "/"
    ['slug', 's', ''],
    ['slug', 's', 'quotes'],
  ])('refuses --%s %j %j as a bad argument and writes nothing', async (_which, story, slug) => {
    const before = await tree(root);
    await expect(addArticle(request(story, slug), { contentDir, force: true, root })).rejects.toBeInstanceOf(
      UsageError,
    );
    expect(await tree(root)).toEqual(before);
    expect(await readFile(path.join(root, 'project', 'README.md'), 'utf8')).toBe('the project README');
  });

  it('refuses an outlet name whose slug is empty', async () => {
    await expect(
      addArticle({ ...request('s'), outlet: '../..' }, { contentDir, force: true, root }),
    ).rejects.toBeInstanceOf(UsageError);
  });

  it('does not write through a symbolic link at the target, even with --force', async () => {
    const outside = path.join(root, 'outside.md');
    await writeFile(outside, 'not yours');
    await symlink(outside, path.join(contentDir, 's', 'alpha.md'));
    await expect(addArticle(request('s'), { contentDir, force: true, root })).rejects.toThrow(/is a symbolic link/);
    expect(await readFile(outside, 'utf8')).toBe('not yours');
  });

  it('does not write into a story folder that is a symbolic link', async () => {
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(path.join(elsewhere, 'story.md'), STORY_MD);
    await symlink(elsewhere, path.join(contentDir, 'linked'));
    await expect(addArticle(request('linked'), { contentDir, force: true, root })).rejects.toThrow(
      /is a symbolic link/,
    );
    expect(await readdir(elsewhere)).toEqual(['story.md']);
  });

  it('writes a real file where it should, and replaces it with --force without leaving a temporary file', async () => {
    await addArticle(request('s'), { contentDir, root });
    await addArticle(
      { ...request('s'), input: 'The council approved its budget again.' },
      { contentDir, force: true, root },
    );
    expect((await lstat(path.join(contentDir, 's', 'alpha.md'))).isFile()).toBe(true);
    expect(await readdir(path.join(contentDir, 's'))).toEqual(['alpha.md', 'beta.md', 'story.md']);
    expect(await readFile(path.join(contentDir, 's', 'alpha.md'), 'utf8')).toContain('approved its budget again.');
  });
});

describe('decodeInput', () => {
  // “We will pay,” in windows-1252: 0x93 and 0x94 are the curly double quotes.
  const cp1252 = Uint8Array.from([0x93, ...Buffer.from('We will pay,'), 0x94, ...Buffer.from(' he said.')]);

  it('reads a page in the charset its <meta> declares', () => {
    const html = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), cp1252, Buffer.from('</p>')]);
    expect(decodeInput('page.html', html, { html: true })).toBe(
      '<meta charset="windows-1252"><p>“We will pay,” he said.</p>',
    );
    const httpEquiv = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'),
      cp1252,
    ]);
    // Browsers read ISO-8859-1 as windows-1252, and so does the WHATWG decoder.
    expect(decodeInput('page.html', httpEquiv, { html: true })).toContain('“We will pay,” he said.');
  });

  it('reads the encoding a byte-order mark gives, and the one given with --encoding', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Yes,” she said.', 'utf16le')]);
    expect(decodeInput('page.txt', utf16, { html: false })).toBe('“Yes,” she said.');
    expect(decodeInput('page.txt', cp1252, { html: false, encoding: 'windows-1252' })).toBe('“We will pay,” he said.');
  });

  it('refuses bytes that are not in the encoding, with the line, instead of writing U+FFFD', () => {
    const text = Buffer.concat([Buffer.from('Headline\n\n'), cp1252]);
    expect(() => decodeInput('page.txt', text, { html: false })).toThrow(EncodingError);
    expect(() => decodeInput('page.txt', text, { html: false })).toThrow(
      'page.txt:3 is not utf-8 text (no charset declared, so UTF-8): pass its encoding, e.g. --encoding windows-1252',
    );
  });
});

describe('fixtures of pages as outlets publish them', () => {
  it('a windows-1252 page keeps its curly quotes and its quote', async () => {
    const bytes = await readFile('tests/fixtures/add-article/windows-1252.html');
    const html = decodeInput('windows-1252.html', bytes, { html: true });
    const article = prepareArticle({
      story: 's',
      outlet: 'Alpha',
      url: 'https://example.org/a',
      input: html,
      format: 'html',
    });
    expect(article.source).not.toContain('\uFFFD');
    expect(article.source).toContain('“We will pay every cent we owe,” the mayor said on Monday – to applause.');
    const { quotes } = structureArticle({ ...articleInput, source: article.source });
    expect(quotes.map((q) => q.text)).toEqual(['We will pay every cent we owe']);
  });

  it('a text page full of Markdown characters is written and shown exactly as printed', async () => {
    const input = await readFile('tests/fixtures/add-article/markdown-characters.txt', 'utf8');
    const article = prepareArticle({
      story: 's',
      outlet: 'Alpha',
      url: 'https://example.org/a',
      input,
      format: 'text',
    });
    const { sentences } = structureArticle({ ...articleInput, source: article.source });
    expect(sentences.map((s) => s.text).join(' ')).toBe(
      input
        .split('\n')
        .slice(1)
        .filter((line) => line !== '')
        .join(' '),
    );
  });
});

const articleInput = {
  slug: 'alpha',
  file: 'content/s/alpha.md',
  outlet: 'Alpha',
  url: 'https://example.org/a',
  title: null,
  cites: [],
  removed: [],
  lang: 'en',
};
