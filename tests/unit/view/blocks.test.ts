import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryComparison } from '../../../src/lib/index.ts';
import { blockGroups } from '../../../src/view/blocks.ts';
import { shippedStory } from '../../support/shipped-story.ts';

let comparison: StoryComparison;
beforeAll(async () => {
  ({ comparison } = await shippedStory());
});

const outlet = (slug: string) => comparison.outlets.find((o) => o.slug === slug)!;

describe('blockGroups', () => {
  it('lays out every block once, in order', () => {
    for (const o of comparison.outlets) {
      expect(blockGroups(o).flatMap((g) => g.blocks)).toEqual(o.blocks.map((_, i) => i));
    }
  });

  it('shows JournalPosts’ photo caption as a figure and its closing source credit as a credit', () => {
    const jp = outlet('journalposts');
    const kinds = blockGroups(jp).map((g) => [g.kind, g.blocks.map((i) => jp.blocks[i]!.kind)]);
    expect(kinds.filter(([kind]) => kind === 'figure')).toEqual([['figure', ['caption']]]);
    expect(kinds.at(-1)).toEqual(['credit', ['credit']]);
  });

  it('keeps a credit that follows a caption inside the caption’s figure', () => {
    const block = (kind: 'paragraph' | 'caption' | 'credit') => ({ kind, start: 0, end: 0, sentenceIds: [] });
    const article = {
      ...outlet('journalposts'),
      blocks: [block('paragraph'), block('caption'), block('credit'), block('credit'), block('paragraph')],
    };
    expect(blockGroups(article)).toEqual([
      { kind: 'paragraph', blocks: [0] },
      { kind: 'figure', blocks: [1, 2, 3] },
      { kind: 'paragraph', blocks: [4] },
    ]);
  });

  it('keeps Daljoog News’ section headings as headings', () => {
    expect(blockGroups(outlet('daljoog-news')).filter((g) => g.kind === 'heading').length).toBeGreaterThan(2);
  });
});
