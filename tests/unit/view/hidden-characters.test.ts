import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../../src/lib/index.ts';
import { describeHiddenCharacters, hiddenCharacters } from '../../../src/view/hidden-characters.ts';
import { shippedStory } from '../../support/shipped-story.ts';

describe('hidden characters (issue 15, item 7)', () => {
  const disguised = 'We will p\u00ADay every c\u0435nt we\u200D owe';

  it('compares a quote with invisible characters and look-alike letters as the plain one', () => {
    expect(tokenize(disguised)).toEqual(tokenize('We will pay every cent we owe'));
    expect(fold('ﬁnal ＡＢ')).toBe('final AB');
  });

  it('leaves words wholly in another script, and ASCII, as they are', () => {
    expect(fold('Москва said 1m')).toBe('Москва said 1m');
  });

  it('names what a reader cannot see', () => {
    expect(hiddenCharacters(disguised)).toEqual([
      { codePoint: 'U+00AD', description: 'invisible' },
      { codePoint: 'U+0435', description: 'Cyrillic е for Latin e' },
      { codePoint: 'U+200D', description: 'invisible' },
    ]);
    expect(describeHiddenCharacters(disguised)).toBe(
      'Hidden characters, ignored in the comparison: U+00AD (invisible), U+0435 (Cyrillic е for Latin e), U+200D (invisible)',
    );
  });

  it('finds none in the real story’s quotes', async () => {
    const { comparison } = await shippedStory();
    for (const cluster of comparison.quoteClusters) {
      for (const m of cluster.members) expect(describeHiddenCharacters(m.text), m.text).toBeUndefined();
    }
  });
});
