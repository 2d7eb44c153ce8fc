import type { StoryComparison } from '../lib/index.ts';
import { sentencePath, storyPath } from '../view/urls.ts';
import type { SearchRecord, SearchStory } from './record.ts';

/**
 * Every searchable text of a story: each quote-cluster member (linked to the sentence it is
 * printed in), then each sentence of each outlet, in reading order.
 */
export function searchRecords(comparison: StoryComparison): SearchRecord[] {
  const story = comparison.story.slug;
  const quotes = comparison.quoteClusters.flatMap((cluster) => {
    const speaker = cluster.speaker?.printed;
    return cluster.members.map((member): SearchRecord => ({
      id: `${story}/${member.quoteId}`,
      story,
      outlet: member.outlet,
      text: member.text,
      ...(speaker !== undefined && { speaker }),
      label: member.label,
      cluster: cluster.id,
      url: sentencePath(story, member.outlet, member.sentenceId),
    }));
  });
  const sentences = comparison.outlets.flatMap((outlet) =>
    outlet.sentences.map((sentence): SearchRecord => ({
      id: `${story}/${sentence.id}`,
      story,
      outlet: outlet.slug,
      text: sentence.text,
      url: sentencePath(story, outlet.slug, sentence.id),
    })),
  );
  return [...quotes, ...sentences];
}

export function searchStory(comparison: StoryComparison): SearchStory {
  return {
    slug: comparison.story.slug,
    title: comparison.story.title,
    quotesUrl: storyPath(comparison.story.slug, 'quotes'),
    outlets: Object.fromEntries(comparison.outlets.map((o) => [o.slug, o.outlet])),
  };
}
