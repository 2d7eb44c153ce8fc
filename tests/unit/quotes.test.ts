import { describe, expect, it } from 'vitest';
import { findQuotes, MAX_QUOTE_DEPTH } from '../../src/lib/quotes.ts';
import { segmentSentences } from '../../src/lib/segment.ts';

function quotes(text: string) {
  return findQuotes(text, segmentSentences(text)).map((q) => ({
    text: text.slice(q.start, q.end),
    recovered: q.recovered,
    fragment: q.fragment,
    parent: q.parent,
  }));
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

describe('findQuotes on careless and hostile marks', () => {
  it('reports quotes at most MAX_QUOTE_DEPTH deep: the words of deeper ones stay in the quotes around them', () => {
    const found = quotes('He said “one ‘two «three “four” three» two’ one” and left.');
    expect(found.map((q) => [q.text, q.parent])).toEqual([
      ['one ‘two «three “four” three» two’ one', undefined],
      ['two «three “four” three» two', 0],
      ['three “four” three', 1],
    ]);
    expect(MAX_QUOTE_DEPTH).toBe(3);
  });

  it('lets only the outermost unclosed marks run to the end of the paragraph', () => {
    const text = '“w'.repeat(1000);
    const found = findQuotes(text, segmentSentences(text));
    expect(found).toHaveLength(MAX_QUOTE_DEPTH);
    expect(found.reduce((n, q) => n + q.end - q.start, 0)).toBeLessThanOrEqual(MAX_QUOTE_DEPTH * text.length);
  });

  it('finds nothing in a paragraph of bare marks, and keeps the words of a quote nested too deep', () => {
    expect(quotes('“'.repeat(5000))).toEqual([]);
    const found = quotes(`${'« '.repeat(2000)}“We will pay,” he said.`);
    expect(found).toHaveLength(MAX_QUOTE_DEPTH);
    expect(found.every((q) => q.text.includes('We will pay'))).toBe(true);
  });
});
