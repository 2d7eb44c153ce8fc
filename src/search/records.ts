import type { QuoteCluster, StoryComparison } from '../lib/types.ts';
import { sentencePath, storyPath } from '../utils/base.ts';
import type { SearchRecord, SearchStory } from './record.ts';

/**
 * Every searchable text of a story: each quote-cluster member (linked to the sentence it is
 * printed in), then each sentence of each outlet, in reading order.
 */
export function searchRecords(comparison: StoryComparison): SearchRecord[] {
  const story = comparison.story.slug;
  const quotes = comparison.quoteClusters.flatMap((cluster) => {
    const speaker = clusterSpeaker(cluster);
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

/**
 * The cluster's speaker as printed, in its most specific form: among the members that name the
 * cluster's speaker, the longest wording ("the senior intelligence official" rather than "he").
 */
function clusterSpeaker(cluster: QuoteCluster): string | undefined {
  let best: string | undefined;
  for (const member of cluster.members) {
    const printed = member.speaker?.key === cluster.speakerKey ? member.speaker?.printed : undefined;
    if (printed !== undefined && (best === undefined || printed.length > best.length)) best = printed;
  }
  return best;
}
