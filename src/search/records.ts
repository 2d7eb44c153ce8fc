import type { StoryComparison } from '../lib/index.ts';
import { findAliases, type AliasGroup } from './aliases.ts';
import type { ShippedRecord, StoryIndexFile } from './record.ts';
import { buildWordIndex } from './word-index.ts';
import { searchWords } from './words.ts';

/**
 * Every searchable text of a story: each quote-cluster member (linked to the sentence it starts
 * in), then each sentence of each outlet, in reading order. The speaker is the engine's, the one
 * the quotes page prints: search never decides it again.
 */
export function searchRecords(comparison: StoryComparison): ShippedRecord[] {
  const quotes = comparison.quoteClusters.flatMap((cluster) => {
    const speaker = cluster.speaker?.printed;
    return cluster.members.map((member): ShippedRecord => ({
      outlet: member.outlet,
      text: member.text,
      sentence: member.sentenceId,
      ...(speaker !== undefined && { speaker }),
      label: member.label,
      cluster: cluster.id,
    }));
  });
  const sentences = comparison.outlets.flatMap((outlet) =>
    outlet.sentences.map((sentence): ShippedRecord => ({
      outlet: outlet.slug,
      text: sentence.text,
      sentence: sentence.id,
    })),
  );
  return [...quotes, ...sentences];
}

/** The words a text is found by: each word, and the part of a word before an apostrophe. */
export function indexedWords(text: string): string[] {
  return searchWords(text).flatMap((w) => (w.stem === undefined ? [w.word] : [w.word, w.stem]));
}

/** At build time: one story's index file. */
export function storyIndexFile(comparison: StoryComparison, aliasGroups: readonly AliasGroup[]): StoryIndexFile {
  const records = searchRecords(comparison);
  const occurrences = new Map<string, number[]>();
  const aliases: Record<string, number[]> = {};
  for (const [id, record] of records.entries()) {
    for (const word of indexedWords(record.text)) {
      const ids = occurrences.get(word);
      if (ids === undefined) occurrences.set(word, [id]);
      else if (ids.at(-1) !== id) ids.push(id);
    }
    for (const { key } of findAliases(record.text, searchWords(record.text), aliasGroups))
      if (aliases[key]?.at(-1) !== id) (aliases[key] ??= []).push(id);
  }
  return {
    slug: comparison.story.slug,
    outlets: Object.fromEntries(comparison.outlets.map((o) => [o.slug, o.outlet])),
    records,
    words: buildWordIndex(occurrences),
    aliases,
  };
}
