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
