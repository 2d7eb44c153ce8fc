import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../../../src/lib/index.ts';
import { phraseDiff, phrases } from '../../../src/view/phrases.ts';

const side = (parts: readonly DiffPart[], which: 'from' | 'to'): string =>
  parts
    .filter((p) => (which === 'from' ? !p.added : !p.removed))
    .map((p) => p.value)
    .join('');

describe('phraseDiff', () => {
  it('rebuilds both wordings exactly', () => {
    const from =
      'If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS';
    const to = 'If those 6,000 get out and return to the battlefield, that is the instant reconstitution of ISIS.';
    const parts = phraseDiff(from, to);
    expect(side(parts, 'from')).toBe(from);
    expect(side(parts, 'to')).toBe(to);
  });

  it('reads a reworded stretch as one phrase, not as alternating single words', () => {
    const parts = phraseDiff('We saw this severe crisis situation', 'We saw a sharp crisis situation');
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['this severe']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['a sharp']);
  });
});

describe('phrases', () => {
  it('marks a lone full stop or comma as punctuation, never as a change of words', () => {
    const parts = phraseDiff('the instant reconstitution of ISIS', 'the instant reconstitution of ISIS.');
    expect(parts).toEqual([
      { value: 'the instant reconstitution of ISIS', added: false, removed: false },
      { value: '.', added: true, removed: false, punctuation: true },
    ]);
    const swapped = phraseDiff('into the fog of war?', 'into the fog of war.');
    expect(swapped.filter((p) => p.added || p.removed).every((p) => p.punctuation === true)).toBe(true);
  });

  it('keeps punctuation inside a reworded phrase part of that change', () => {
    const parts = phraseDiff('We saw this severe crisis situation', 'We saw a sharp, crisis situation.');
    expect(parts.filter((p) => p.punctuation === true).map((p) => p.value)).toEqual(['.']);
    expect(parts.find((p) => p.added)).toEqual({ value: 'a sharp,', added: true, removed: false });
  });

  it('leaves a diff without changes as it is', () => {
    const same: DiffPart[] = [{ value: 'the worst of the worst', added: false, removed: false }];
    expect(phrases(same)).toEqual(same);
  });

  it('does not bridge a change across unchanged words', () => {
    const parts: DiffPart[] = [
      { value: 'this', added: false, removed: true },
      { value: 'a', added: true, removed: false },
      { value: ' severe ', added: false, removed: false },
      { value: 'crisis', added: false, removed: true },
      { value: 'storm', added: true, removed: false },
    ];
    expect(phrases(parts)).toEqual(parts);
  });
});
