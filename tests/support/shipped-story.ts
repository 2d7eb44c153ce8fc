import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory, describeDifferences, type StoryComparison, type StoryDifferences } from '../../src/lib/index.ts';

/** The shipped story's folder: unit tests run on the real articles. */
export const SHIPPED_STORY = 'content/isis-detainee-transfer';

let shipped: Promise<{ comparison: StoryComparison; differences: StoryDifferences }> | undefined;

/** The shipped story analysed once per test file: its StoryComparison and its differences. */
export function shippedStory(): Promise<{ comparison: StoryComparison; differences: StoryDifferences }> {
  shipped ??= readStory(SHIPPED_STORY).then(({ story, articles }) => {
    const comparison = analyzeStory(story, articles);
    return { comparison, differences: describeDifferences(comparison) };
  });
  return shipped;
}
