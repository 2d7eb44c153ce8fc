import { describe, expect, it } from 'vitest';
import { onlySections } from '../../../src/view/only-in.ts';
import { originalReportLine, reuseParts } from '../../../src/view/reuse-summary.ts';
import { shippedStory } from '../../support/shipped-story.ts';

describe('the overview’s who-copied-whom lines', () => {
  it('say what is stated, what the texts show and who names no source', async () => {
    const { comparison, differences } = await shippedStory();
    expect(reuseParts(comparison, differences).map((p) => p.text)).toEqual([
      'JournalPosts republishes Las Vegas News Magazine (stated)',
      'bne IntelliNews and Kurdistan24 share 93%–100% of their text in aligned sentences and wording only they print; direction unknown',
      'Daljoog News names no source',
    ]);
  });
});

describe('what each outlet alone says', () => {
  it('gives each sentence on the only-in page the reasons for its rank', async () => {
    const { comparison, differences } = await shippedStory();
    const jp = onlySections(comparison, differences).find((s) => s.outlet === 'journalposts')!;
    expect(jp.anchor).toBe('only-journalposts');
    expect(jp.sentences[0]?.reasons[0]).toBe('a name no other outlet prints: Assad');
    expect(jp.sentences.find((s) => s.text.includes('since 2019'))?.reasons).toContain(
      'a figure no other outlet prints: 2019',
    );
    expect(jp.framing.find((f) => f.word === 'covert')?.href).toBe(
      '/isis-detainee-transfer/journalposts/#journalposts-p1-s1',
    );
    const daljoog = onlySections(comparison, differences).find((s) => s.outlet === 'daljoog-news')!;
    // Each place it names itself reads apart from the others: the heading, then the paragraph under it.
    expect(daljoog.selfMentions.map((m) => m.text)).toEqual([
      'According to Daljoog News analysis, the operation prevented…',
      'Daljoog News Analysis',
      'Daljoog News observes that this…',
    ]);
  });
});

describe('the line under the original report', () => {
  it('never says every outlet traces back to it when one names no source', async () => {
    const { comparison, differences } = await shippedStory();
    expect(originalReportLine(comparison, differences)).toBe(
      '4 of the 5 outlets below credit it: bne IntelliNews, JournalPosts, Kurdistan24 and Top Real News. Daljoog News names no source.',
    );
  });
});
