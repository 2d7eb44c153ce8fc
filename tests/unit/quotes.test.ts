import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/lib/quotes.ts';
import { segmentSentences } from '../../src/lib/segment.ts';
import { attributeSpeakers } from '../../src/lib/speakers.ts';

function quotes(text: string) {
  return findQuotes(text, segmentSentences(text)).map((q) => ({
    text: text.slice(q.start, q.end),
    recovered: q.recovered,
    fragment: q.fragment,
    parent: q.parent,
  }));
}

function speakers(text: string) {
  const ranges = segmentSentences(text);
  const spans = findQuotes(text, ranges);
  const at = (o: number) =>
    Math.max(
      0,
      ranges.findIndex((r) => o < r.end),
    );
  const places = spans.map((q) => ({ ...q, firstSentence: at(q.start), lastSentence: at(q.end - 1), block: 0 }));
  return attributeSpeakers(
    text,
    ranges.map((r) => ({ ...r, block: 0 })),
    places,
    spans,
  );
}

describe('findQuotes', () => {
  it('finds curly, straight, guillemet and German quotes', () => {
    const text = 'He said “one thing” and "another thing" then « une chose » and „ein Ding“ too.';
    expect(quotes(text).map((q) => q.text)).toEqual(['one thing', 'another thing', 'une chose', 'ein Ding']);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(quotes('We don’t know the group’s plan or CENTCOM’s, and the officials’ view.')).toEqual([]);
  });

  it('nests a single-quoted phrase inside a double quote', () => {
    const found = quotes('He said “they called it ‘fragile’ at first,” the official said.');
    expect(found.map((q) => [q.text, q.parent])).toEqual([
      ['they called it ‘fragile’ at first', undefined],
      ['fragile', 0],
    ]);
  });

  it('recovers a quote whose opening mark is missing from the start of its sentence', () => {
    const found = quotes('It was over. This is a rare story with good news out of Syria,” the official said.');
    expect(found).toEqual([
      { text: 'This is a rare story with good news out of Syria', recovered: true, fragment: false, parent: undefined },
    ]);
  });

  it('keeps one quote across several sentences', () => {
    const text = '“We don’t have an embassy. It’s operating out of Türkiye. But we need to help them,” Rubio said.';
    expect(quotes(text).map((q) => q.text)).toEqual([
      'We don’t have an embassy. It’s operating out of Türkiye. But we need to help them',
    ]);
  });

  it('marks short scare-quoted phrases as fragments, not utterances', () => {
    const text =
      'The detainees, described as “the worst of the worst,” were held. “We saw this severe crisis situation,” he said.';
    expect(quotes(text).map((q) => [q.text, q.fragment])).toEqual([
      ['the worst of the worst', true],
      ['We saw this severe crisis situation', false],
    ]);
  });

  it('runs an unclosed quote to the end of its block', () => {
    expect(quotes('He said “this never ends').map((q) => q.text)).toEqual(['this never ends']);
  });
});

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
});
