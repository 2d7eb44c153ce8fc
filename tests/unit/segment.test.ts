import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/lib/segment.ts';

function sentences(text: string): string[] {
  return segmentSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('segmentSentences', () => {
  it('keeps "U.S. Central Command" inside one sentence', () => {
    expect(sentences('The U.S. Central Command (CENTCOM) deployed helicopters. They flew at night.')).toEqual([
      'The U.S. Central Command (CENTCOM) deployed helicopters.',
      'They flew at night.',
    ]);
  });

  it('does not split after titles such as "Mr."', () => {
    expect(sentences('Mr. Smith went to Washington. Dr. Jones stayed.')).toEqual([
      'Mr. Smith went to Washington.',
      'Dr. Jones stayed.',
    ]);
  });

  it('does not split at the typo "U.S .agencies"', () => {
    expect(sentences('It was coordinated across multiple U.S .agencies, American forces said.')).toHaveLength(1);
  });

  it('splits after an acronym when a usual sentence opener follows', () => {
    expect(sentences('They returned to the U.S. The next day they left.')).toEqual([
      'They returned to the U.S.',
      'The next day they left.',
    ]);
  });

  it('keeps a sentence that ends inside a quotation whole', () => {
    const text =
      '“If they got out, that would be the instant reconstitution of ISIS,” the official said. Then he left.';
    expect(sentences(text)[0]).toBe(
      '“If they got out, that would be the instant reconstitution of ISIS,” the official said.',
    );
  });

  it('does not split at an ellipsis inside a quotation', () => {
    const text = '“Thanks to the efforts… moving in helicopters… we were able to get these out,” the official said.';
    expect(sentences(text)).toEqual([text]);
  });

  it('keeps a quoted question with its lower-case attribution', () => {
    expect(sentences('“Why now?” he asked. Nobody answered.')).toEqual(['“Why now?” he asked.', 'Nobody answered.']);
  });

  it('joins a number after "No."', () => {
    expect(sentences('He was listed as No. 5 on the list. That was all.')).toHaveLength(2);
  });

  it('treats a soft line break inside a paragraph as a space, not a sentence end', () => {
    expect(sentences('Hello there.\nSecond one\ncontinues. Third.')).toEqual([
      'Hello there.',
      'Second one\ncontinues.',
      'Third.',
    ]);
  });

  it('returns exact, trimmed ranges and nothing for blank text', () => {
    const text = '  First one.   Second one.  ';
    expect(segmentSentences(text)).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
    expect(segmentSentences('   ')).toEqual([]);
  });
});
