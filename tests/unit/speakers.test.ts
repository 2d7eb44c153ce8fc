import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import { findQuotes } from '../../src/lib/quotes.ts';
import { segmentSentences } from '../../src/lib/segment.ts';
import { attributeSpeakers } from '../../src/lib/speakers.ts';
import type { OutletAnalysis, Quote, StoryComparison } from '../../src/lib/types.ts';
import { SHIPPED_STORY } from '../support/shipped-story.ts';

/** Speakers of the quotes of `text`, whose sentences are in block `blocks[i]` (all in one paragraph by default). */
function speakers(text: string, blocks: number[] = []) {
  const ranges = segmentSentences(text);
  const spans = findQuotes(text, ranges);
  const at = (o: number) =>
    Math.max(
      0,
      ranges.findIndex((r) => o < r.end),
    );
  const places = spans.map((q) => ({
    ...q,
    firstSentence: at(q.start),
    lastSentence: at(q.end - 1),
    block: blocks[at(q.start)] ?? 0,
  }));
  return attributeSpeakers(
    text,
    ranges.map((r, i) => ({ ...r, block: blocks[i] ?? 0 })),
    places,
    spans,
  );
}

describe('attributeSpeakers', () => {
  it('reads the speaker after the quote and the venue from "told"', () => {
    const [s] = speakers(
      '“If they got out, that would be the end,” the senior intelligence official told Fox News Digital.',
    );
    expect(s).toEqual({
      printed: 'the senior intelligence official',
      key: 'senior-intelligence-official',
      venue: 'Fox News Digital',
    });
  });

  it('keys a titled name by the name and keeps a lower-case venue', () => {
    const [s] = speakers('“We need to help them,” Secretary of State Marco Rubio told lawmakers this past June.');
    expect(s).toEqual({ printed: 'Secretary of State Marco Rubio', key: 'marco-rubio', venue: 'lawmakers' });
  });

  it('resolves "the official" and "he" to the speaker last named', () => {
    const result = speakers(
      'The prisoners, described by a senior US intelligence official as “the worst of the worst,” were held. “We saw this crisis,” the official said. “It is over,” he said.',
    );
    expect(result.map((s) => s?.key)).toEqual([
      'senior-us-intelligence-official',
      'senior-us-intelligence-official',
      'senior-us-intelligence-official',
    ]);
    expect(result.map((s) => s?.printed)).toEqual(['a senior US intelligence official', 'the official', 'he']);
  });

  it('leaves a passive "described as" without an agent unattributed', () => {
    expect(speakers('The detainees, described as “the worst of the worst,” were held by the guards.')).toEqual([
      undefined,
    ]);
  });

  it('does not read "United States" as a speech verb', () => {
    const [s] = speakers('The group kept United States Central Command aligned. “We saw it,” the official said.');
    expect(s?.key).toBe('official');
  });

  it('keys a surname alone by the full name printed earlier', () => {
    const result = speakers(
      '“We need to help them,” Secretary of State Marco Rubio told lawmakers. “It is hard,” Rubio said.',
    );
    expect(result).toEqual([
      { printed: 'Secretary of State Marco Rubio', key: 'marco-rubio', venue: 'lawmakers' },
      { printed: 'Rubio', key: 'marco-rubio' },
    ]);
  });

  it('resolves "he" to the last singular speaker and "they" to the last plural one', () => {
    const result = speakers(
      'Marco Rubio said the camp was full. US officials said it was not. “It is over,” he said. “We are working on it,” they said.',
    );
    expect(result).toEqual([
      { printed: 'he', key: 'marco-rubio' },
      { printed: 'they', key: 'us-officials' },
    ]);
  });

  it('reads the speaker after the verb and after "according to"', () => {
    expect(speakers('“It is over,” said the official.')).toEqual([{ printed: 'the official', key: 'official' }]);
    expect(speakers('According to Marco Rubio, “the camp is full.”')).toEqual([
      { printed: 'Marco Rubio', key: 'marco-rubio' },
    ]);
  });

  it('takes the whole capitalised name after "told" as the venue, and no pronoun', () => {
    expect(speakers('“We will not stop,” the president told the Senate Armed Services Committee on Tuesday.')).toEqual([
      { printed: 'the president', key: 'president', venue: 'the Senate Armed Services Committee' },
    ]);
    expect(speakers('Gabbard told Fox News Digital that “the camp is full.”')).toEqual([
      { printed: 'Gabbard', key: 'gabbard', venue: 'Fox News Digital' },
    ]);
    expect(speakers('“We will not stop,” the president told him.')).toEqual([
      { printed: 'the president', key: 'president' },
    ]);
  });

  it('gives an unattributed quote the speaker of the quote before it in its paragraph, and only in its paragraph', () => {
    const text = '“It is over,” the official said. “So right now, we wait.”';
    expect(speakers(text)).toEqual([
      { printed: 'the official', key: 'official' },
      { printed: 'the official', key: 'official' },
    ]);
    expect(speakers(text.replace('said. ', 'said.\n\n'), [0, 1])).toEqual([
      { printed: 'the official', key: 'official' },
      undefined,
    ]);
  });
});

describe('speakers of the real articles', () => {
  let comparison: StoryComparison;
  let sources: Map<string, string>;

  beforeAll(async () => {
    const { story, articles } = await readStory(SHIPPED_STORY);
    comparison = analyzeStory(story, articles);
    sources = new Map(articles.map((a) => [a.slug, a.source]));
  });

  const outlet = (slug: string): OutletAnalysis => comparison.outlets.find((o) => o.slug === slug)!;
  const quote = (slug: string, start: string): Quote => {
    const found = outlet(slug).quotes.filter((q) => q.text.startsWith(start));
    expect(found, `${slug}: one quote starting ${start}`).toHaveLength(1);
    return found[0]!;
  };

  it('names the official as printed, keyed by the fullest description, with the venue from "told"', () => {
    expect(quote('kurdistan24', 'If these 6,000 or so').speaker).toEqual({
      printed: 'the senior intelligence official',
      key: 'senior-us-intelligence-official',
      venue: 'Fox News Digital',
    });
    expect(quote('journalposts', 'If these 6,000 or so').speaker).toEqual({
      printed: 'the senior U.S. official',
      key: 'senior-us-intelligence-official',
      venue: 'Fox News',
    });
  });

  it('resolves "the official" and "he" to that official', () => {
    expect(quote('kurdistan24', 'We saw this severe crisis situation').speaker).toEqual({
      printed: 'the official',
      key: 'senior-us-intelligence-official',
    });
    const his = outlet('kurdistan24').quotes.filter((q) => q.speaker?.printed === 'he');
    expect(his.length).toBeGreaterThan(0);
    for (const q of his) expect(q.speaker?.key, q.id).toBe('senior-us-intelligence-official');
  });

  it('keeps Rubio apart from the official', () => {
    expect(quote('journalposts', 'We don’t have an embassy').speaker).toEqual({
      printed: 'Secretary of State Marco Rubio',
      key: 'marco-rubio',
      venue: 'lawmakers',
    });
  });

  it('prints every speaker as the article prints it, outside the quote', () => {
    let named = 0;
    for (const o of comparison.outlets) {
      const source = sources.get(o.slug)!;
      for (const q of o.quotes) {
        if (q.speaker === undefined) continue;
        named++;
        const outside = source.slice(0, q.start) + source.slice(q.end);
        expect(outside, q.id).toContain(q.speaker.printed);
        if (q.speaker.venue !== undefined) expect(outside, q.id).toContain(`told ${q.speaker.venue}`);
      }
    }
    expect(named).toBeGreaterThan(20);
  });
});

describe('attributeSpeakers: a speaker named before the quote, narration after it', () => {
  it('takes the speaker before the marks, not the words after the quote', () => {
    const [s] = speakers(
      'The senior intelligence official called them “the worst of the worst” and said the prisons were fragile.',
    );
    expect(s?.key).toBe('senior-intelligence-official');
    expect(s?.printed).toBe('The senior intelligence official');
  });

  it('still reads an inverted tag right after the marks', () => {
    const [s] = speakers('“We saw this severe crisis situation,” said the official.');
    expect(s?.key).toBe('official');
  });
});
