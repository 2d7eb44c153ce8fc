import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import type { OutletAnalysis, Sentence, StoryComparison } from '../../src/lib/types.ts';

const STORY_DIR = 'content/isis-detainee-transfer';
let comparison: StoryComparison;
let sources: Map<string, string>;

beforeAll(async () => {
  const { story, articles } = await readStory(STORY_DIR);
  comparison = analyzeStory(story, articles);
  sources = new Map(articles.map((a) => [a.slug, a.source]));
});

function outlet(slug: string): OutletAnalysis {
  const found = comparison.outlets.find((o) => o.slug === slug);
  if (!found) throw new Error(`no outlet ${slug}`);
  return found;
}

function sentenceContaining(slug: string, needle: string): Sentence {
  const found = outlet(slug).sentences.filter((s) => s.text.includes(needle));
  expect(found, `${slug}: one sentence with ${needle}`).toHaveLength(1);
  return found[0]!;
}

describe('analyzeStory on the real articles: structure', () => {
  it('lists the five outlets by slug with their metadata', () => {
    expect(comparison.outlets.map((o) => o.slug)).toEqual(['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24', 'top-real-news']);
    expect(outlet('kurdistan24').dateline).toBe('ERBIL (Kurdistan24)');
    expect(outlet('journalposts').republishedFrom).toBe('Las Vegas News Magazine');
    expect(outlet('daljoog-news').title).toBeNull();
  });

  it('gives every sentence a unique id and its exact range', () => {
    const ids = new Set<string>();
    for (const o of comparison.outlets) {
      const source = sources.get(o.slug)!;
      for (const s of o.sentences) {
        expect(ids.has(s.id)).toBe(false);
        ids.add(s.id);
        expect(source.slice(s.start, s.end)).toBe(s.text);
        expect(s.id).toMatch(new RegExp(`^${o.slug}-p${s.block + 1}-s\\d+$`));
        expect(o.blocks[s.block]!.sentenceIds).toContain(s.id);
      }
      expect(o.wordCount).toBe(o.sentences.reduce((n, s) => n + s.words, 0));
    }
  });

  it('keeps headings, captions and credits as their own kinds of block', () => {
    expect(outlet('daljoog-news').blocks.filter((b) => b.kind === 'heading')).toHaveLength(5);
    const jp = outlet('journalposts');
    expect(jp.blocks.map((b) => b.kind)).toContain('caption');
    expect(jp.blocks.at(-1)!.kind).toBe('credit');
    const caption = jp.blocks.find((b) => b.kind === 'caption')!;
    expect(sources.get('journalposts')!.slice(caption.start, caption.end)).toBe(
      'SDF fighters during the Northern Raqqa Offensive against ISIS territory in November 2016\nPhoto: VOA',
    );
  });

  it('segments the sentences the issue names', () => {
    expect(sentenceContaining('top-real-news', 'The operation involved a coordinated effort').text).toBe(
      'The operation involved a coordinated effort by multiple U.S. agencies, including the U.S. Central Command (CENTCOM), which deployed helicopters to facilitate the detainees’ transfer to a secure facility near Baghdad.',
    );
    expect(sentenceContaining('journalposts', 'U.S .agencies').text).toMatch(/^In a covert operation.*northern Syria\.$/);
    expect(sentenceContaining('kurdistan24', 'instant reconstitution of ISIS,”').text).toBe(
      '“If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS,” the senior intelligence official told Fox News Digital.',
    );
    expect(sentenceContaining('kurdistan24', 'Thanks to the efforts…').text).toMatch(/^“Thanks to the efforts… moving in helicopters, .*a few weeks,” the official said\.$/);
    expect(sentenceContaining('kurdistan24', 'ERBIL').text.startsWith('ERBIL (Kurdistan24) - A prison break')).toBe(true);
  });
});

describe('analyzeStory on the real articles: quotes and speakers', () => {
  function quote(slug: string, needle: string) {
    const found = outlet(slug).quotes.filter((q) => q.text.includes(needle));
    expect(found, `${slug}: one quote with ${needle}`).toHaveLength(1);
    return found[0]!;
  }

  it('gives every quote a unique id, its exact range and the sentences it spans', () => {
    for (const o of comparison.outlets) {
      const source = sources.get(o.slug)!;
      o.quotes.forEach((q, i) => {
        expect(q.id).toBe(`${o.slug}-q${i + 1}`);
        expect(source.slice(q.start, q.end)).toBe(q.text);
        expect(o.sentences.find((s) => s.id === q.sentenceIds[0])!.quoteIds).toContain(q.id);
      });
    }
  });

  it('recovers IntelliNews’s quote that lost its opening mark', () => {
    const q = quote('intellinews', 'rare story');
    expect(q.text).toBe('This is a rare story with good news out of Syria');
    expect(q.recovered).toBe(true);
    expect(q.speaker?.key).toBe('senior-us-intelligence-official');
  });

  it('marks scare-quoted phrases as fragments', () => {
    expect(quote('intellinews', 'fragile').fragment).toBe(true);
    expect(quote('kurdistan24', 'instant reconstitution of ISIS.').fragment).toBe(true);
    expect(quote('kurdistan24', 'We saw this severe').fragment).toBe(false);
  });

  it('keeps JournalPosts’s Rubio quote whole across its four sentences, with speaker and venue', () => {
    const q = quote('journalposts', 'embassy in Syria');
    expect(q.sentenceIds).toHaveLength(4);
    expect(q.speaker).toEqual({ printed: 'Secretary of State Marco Rubio', key: 'marco-rubio', venue: 'lawmakers' });
  });

  it('resolves "the official" and "he" to the senior intelligence official, with the venue where printed', () => {
    const q = quote('kurdistan24', 'If these 6,000');
    expect(q.speaker).toEqual({ printed: 'the senior intelligence official', key: 'senior-us-intelligence-official', venue: 'Fox News Digital' });
    expect(quote('kurdistan24', 'instant reconstitution of ISIS.').speaker?.printed).toBe('he');
    expect(quote('kurdistan24', 'instant reconstitution of ISIS.').speaker?.key).toBe('senior-us-intelligence-official');
    expect(quote('kurdistan24', 'State Department is doing outreach').speaker?.key).toBe('senior-us-intelligence-official');
  });
});
