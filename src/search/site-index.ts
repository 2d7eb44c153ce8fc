/**
 * At build time: the search files of the whole site. Every search loads the root file first
 * (stories, alias table, and which stories hold which words), then only the word chunks its words
 * fall in and the index files of the stories that can match: on a site of many stories a search
 * fetches a few small files, never the whole site's text (the idea behind Pagefind's chunks).
 */
import { aliasSpellings, type StoryComparison } from '../lib/index.ts';
import type { AliasGroup } from './aliases.ts';
import type { RootIndexFile, RootStory, StoryIndexFile } from './record.ts';
import { indexedWords, storyIndexFile } from './records.ts';
import { STORIES_PER_FETCH } from './site-search.ts';
import { buildWordIndex, compareCodeUnits, type SerialisedWordIndex } from './word-index.ts';
import { searchWords } from './words.ts';

/**
 * Target size of one word chunk as sent, compressed (estimated by chunkWords). A first search
 * fetches the chunks its words fall in: one per word typed exactly, all those of its first letter
 * for a word with a typo. 4 KB keeps a few of them well inside the 100 KB a first search may fetch
 * on a 1,000-story site, with a letter's words in a handful of files: on a generated 1,000-story
 * site a chunk of 12 KB before compression (0.4 KB after) put the words of "r" in 16 files, and a
 * first search for "reconstitusion" waited for all of them.
 */
export const CHUNK_BYTES = 4_000;

export interface SiteSearchFiles {
  root: RootIndexFile;
  /** `/search/words/<n>.json`, by n (none on a site of a few stories). */
  chunks: SerialisedWordIndex[];
}

/** The engine's alias table (src/lib/aliases.ts) as search matches it: folded words per spelling. */
export function searchAliasGroups(): AliasGroup[] {
  const groups = new Map<string, AliasGroup>();
  for (const { printed, key, exact } of aliasSpellings()) {
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, spellings: [] };
      groups.set(key, group);
    }
    const words = searchWords(printed).map((w) => w.word);
    if (!group.spellings.some((s) => s.exact === exact && s.words.join(' ') === words.join(' ')))
      group.spellings.push({ words, exact });
  }
  return [...groups.values()];
}

let aliasGroups: AliasGroup[] | undefined;
/** The alias table as search matches it, folded once per build. */
const buildAliasGroups = (): AliasGroup[] => (aliasGroups ??= searchAliasGroups());

/**
 * Index files by the comparison they were made from. The root file reads each story's index file
 * for its words, and the story's own endpoint writes it; a story read back recently
 * (src/comparisons.ts keeps the last few) is the same object both times, so its index is made
 * once, and it is dropped with the comparison.
 */
const indexFiles = new WeakMap<StoryComparison, StoryIndexFile>();

/** `/search/stories/<slug>.json`: one story's index file. */
export function storySearchFile(comparison: StoryComparison): StoryIndexFile {
  let file = indexFiles.get(comparison);
  if (file === undefined) indexFiles.set(comparison, (file = storyIndexFile(comparison, buildAliasGroups())));
  return file;
}

const built = new WeakMap<readonly RootStory[], Promise<SiteSearchFiles>>();

/**
 * The root file and word chunks of `stories`, made once per build (the endpoints share one array
 * of stories). `load` gives one story's comparison: each story's index file is made and read for
 * its words, then kept only as long as that comparison is, so memory holds a few stories'
 * comparisons and indexes at a time, not the whole site's.
 */
export function siteSearchFiles(
  stories: readonly RootStory[],
  load: (slug: string) => Promise<StoryComparison>,
  chunkBytes = CHUNK_BYTES,
): Promise<SiteSearchFiles> {
  const known = built.get(stories);
  if (known !== undefined && chunkBytes === CHUNK_BYTES) return known;
  const made = rootFiles(
    stories,
    async ({ slug }) => storySearchFile(await load(slug)),
    buildAliasGroups(),
    chunkBytes,
  );
  if (chunkBytes === CHUNK_BYTES) built.set(stories, made);
  return made;
}

/** The root file and the word chunks over the stories' index files (in the site's story order), made one at a time. */
export async function rootFiles(
  stories: readonly RootStory[],
  indexFile: (story: RootStory) => Promise<StoryIndexFile>,
  aliasGroups: readonly AliasGroup[],
  chunkBytes = CHUNK_BYTES,
): Promise<SiteSearchFiles> {
  const storyWords = new Map<string, Set<number>>();
  const aliasStories: Record<string, number[]> = {};
  for (const [n, story] of stories.entries()) {
    const file = await indexFile(story);
    for (const record of file.records)
      for (const word of indexedWords(record.text)) {
        let holders = storyWords.get(word);
        if (holders === undefined) storyWords.set(word, (holders = new Set()));
        holders.add(n);
      }
    for (const key of Object.keys(file.aliases)) (aliasStories[key] ??= []).push(n);
  }
  // A site of no more stories than a search fetches at once needs no word map: every search
  // fetches every story file anyway, and the map would only add bytes to the root.
  const chunks = stories.length <= STORIES_PER_FETCH ? [] : chunkWords(storyWords, chunkBytes);
  return {
    root: {
      stories: [...stories],
      aliasGroups: [...aliasGroups],
      aliasStories,
      wordChunks: chunks.map((chunk) => chunk.keys().next().value ?? ''),
    },
    chunks: chunks.map((chunk) => buildWordIndex(chunk)),
  };
}

/**
 * Roughly what gzip makes of a word and its delta-coded story numbers: a run of consecutive
 * stories (gaps of 1, a common word) costs almost nothing, any other gap a couple of bytes.
 */
function compressedBytes(word: string, ids: readonly number[]): number {
  let bytes = word.length + 8;
  for (const [i, id] of ids.entries()) bytes += id - (ids[i - 1] ?? -1) === 1 ? 0.05 : 2;
  return bytes;
}

/** The words in code-unit order, cut into runs of about `chunkBytes` each, as sent (compressed). */
function chunkWords(storyWords: ReadonlyMap<string, ReadonlySet<number>>, chunkBytes: number): Map<string, number[]>[] {
  const chunks: Map<string, number[]>[] = [];
  let current = new Map<string, number[]>();
  let size = 0;
  for (const word of [...storyWords.keys()].sort(compareCodeUnits)) {
    const ids = [...(storyWords.get(word) ?? [])].sort((a, b) => a - b);
    const bytes = compressedBytes(word, ids);
    if (size > 0 && size + bytes > chunkBytes) {
      chunks.push(current);
      current = new Map();
      size = 0;
    }
    current.set(word, ids);
    size += bytes;
  }
  chunks.push(current);
  return chunks;
}
