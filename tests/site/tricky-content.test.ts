/**
 * Text that is hard to segment and quote (tests/fixtures/tricky): unbalanced, mixed and nested
 * quotation marks, Arabic, emoji, combining marks, invisible characters, a sentence with no end,
 * and files saved on Windows. It all builds, and every sentence and quote is an exact slice of its
 * source that never cuts a character in two, on the analysis and on the built pages.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import type { ArticleInput, StoryComparison } from '../../src/lib/types.ts';
import { TEST_BASE } from '../support/build.ts';
import { FIXTURE_SITES } from '../support/build-site.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { builtSite, readPage } from '../support/site.ts';

const FIXTURES = FIXTURE_SITES.tricky.content;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

interface Analysed {
  comparison: StoryComparison;
  articles: ArticleInput[];
}

let stories: Analysed[];

beforeAll(async () => {
  stories = (await readContent(FIXTURES)).map(({ story, articles }) => ({
    comparison: analyzeStory(story, articles),
    articles,
  }));
});

function story(slug: string): Analysed {
  const found = stories.find((s) => s.comparison.story.slug === slug);
  if (found === undefined) throw new Error(`no story ${slug} in ${FIXTURES}`);
  return found;
}

/** Every range the analysis reports, with the text it claims to cover. */
function ranges({
  comparison,
}: Analysed): { outlet: string; what: string; text: string; start: number; end: number }[] {
  return [
    ...comparison.outlets.flatMap((o) => [
      ...o.sentences.map((s) => ({ what: s.id, ...s })),
      ...o.quotes.map((q) => ({ what: q.id, ...q })),
    ]),
    ...comparison.quoteClusters.flatMap((c) => c.members.map((m) => ({ what: `${c.id}/${m.quoteId}`, ...m }))),
    ...comparison.claimClusters.flatMap((c) => c.members.map((m) => ({ what: `${c.id}/${m.sentenceId}`, ...m }))),
  ];
}

function boundaries(source: string): Set<number> {
  const at = new Set([source.length]);
  for (const { index } of graphemes.segment(source)) at.add(index);
  return at;
}

describe('analysis of tricky text', () => {
  it('finds every story, each with every outlet', () => {
    expect(stories.map((s) => [s.comparison.story.slug, s.comparison.outlets.length])).toEqual([
      ['arabic', 2],
      ['quotation-marks', 3],
      ['unicode', 2],
      ['windows', 2],
    ]);
  });

  it('reports only ranges that are exact slices of the source and never split a character', () => {
    for (const analysed of stories) {
      const sources = new Map(analysed.articles.map((a) => [a.slug, a.source]));
      const at = new Map([...sources].map(([slug, source]) => [slug, boundaries(source)]));
      for (const r of ranges(analysed)) {
        const where = `${analysed.comparison.story.slug}/${r.what}`;
        expect(sources.get(r.outlet)?.slice(r.start, r.end), where).toBe(r.text);
        expect(r.end, where).toBeGreaterThan(r.start);
        expect(at.get(r.outlet)?.has(r.start) && at.get(r.outlet)?.has(r.end), `${where} cuts a grapheme`).toBe(true);
      }
    }
  });

  it('leaves no printed character of a paragraph outside its sentences', () => {
    for (const { comparison, articles } of stories) {
      for (const outlet of comparison.outlets) {
        const source = articles.find((a) => a.slug === outlet.slug)?.source ?? '';
        for (const block of outlet.blocks) {
          let rest = source.slice(block.start, block.end);
          for (const s of outlet.sentences.filter((x) => x.block === outlet.blocks.indexOf(block)).reverse()) {
            rest = rest.slice(0, s.start - block.start) + rest.slice(s.end - block.start);
          }
          expect(rest.trim(), `${comparison.story.slug}/${outlet.slug} block at ${block.start}`).toBe('');
        }
      }
    }
  });

  it('finds quotes nested three deep, each inside its parent', () => {
    const alpha = story('quotation-marks').comparison.outlets.find((o) => o.slug === 'alpha');
    const innermost = alpha?.quotes.find((q) => q.text === 'never again');
    const middle = alpha?.quotes.find((q) => q.id === innermost?.parent);
    const outer = alpha?.quotes.find((q) => q.id === middle?.parent);
    expect(middle?.text).toBe('He said, “never again” twice');
    expect(outer?.text).toBe('She told me, ‘He said, “never again” twice,’ and then she left');
  });

  it('keeps a sentence without punctuation whole', () => {
    const alpha = story('unicode').comparison.outlets.find((o) => o.slug === 'alpha');
    const longest = Math.max(...(alpha?.sentences.map((s) => s.words) ?? []));
    expect(longest).toBeGreaterThanOrEqual(1000);
  });

  it('reads files with a byte-order mark and CRLF line endings as the same text saved with LF', async () => {
    const { articles } = story('windows');
    const raw = await readFile(path.join(FIXTURES, 'windows', 'alpha.md'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.includes('\r\n')).toBe(true);
    for (const a of articles) expect(a.source).not.toMatch(/[\r\uFEFF]/u);
    const alpha = articles.find((a) => a.slug === 'alpha');
    expect(alpha?.source).toBe(raw.toString('utf8').slice(1).replaceAll('\r\n', '\n'));
  });

  it('keeps the language of an Arabic article', () => {
    expect(story('arabic').comparison.outlets.map((o) => o.lang)).toEqual(['ar', 'ar']);
  });
});

/** The nearest value of `name` on the element or an ancestor. */
function inherited(el: HTMLElement, name: string): string | undefined {
  for (let at: HTMLElement | null = el; at !== null; at = at.parentNode) {
    const value = at.getAttribute?.(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

describe('built pages of tricky text', () => {
  let distDir: string;
  beforeAll(() => {
    distDir = builtSite('tricky').distDir;
  });

  it('are valid HTML', async () => {
    expect(await htmlProblems(distDir, TEST_BASE)).toEqual([]);
  });

  it('print every sentence exactly, under its id', async () => {
    for (const { comparison } of stories) {
      for (const outlet of comparison.outlets) {
        const page = await readPage(distDir, TEST_BASE, `${TEST_BASE}${comparison.story.slug}/${outlet.slug}/`);
        for (const s of outlet.sentences) {
          expect(page.getElementById(s.id)?.text, `${comparison.story.slug}/${s.id}`).toBe(s.text);
        }
      }
    }
  });

  it('mark Arabic sentences on the outlet page as Arabic and right-to-left', async () => {
    const { comparison } = story('arabic');
    for (const outlet of comparison.outlets) {
      const page = await readPage(distDir, TEST_BASE, `${TEST_BASE}arabic/${outlet.slug}/`);
      for (const s of outlet.sentences) {
        const el = page.getElementById(s.id);
        expect(el && [inherited(el, 'lang'), inherited(el, 'dir')], s.id).toEqual(['ar', 'rtl']);
      }
    }
  });
});
