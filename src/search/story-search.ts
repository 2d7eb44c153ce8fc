/**
 * Searching one story's index file: which records hold every query unit (from the postings),
 * then, for those only, where each unit is in the text, how well it matched and how the record
 * ranks.
 */
import { sentencePath } from '../view/urls.ts';
import { findAliases, type AliasGroup, type AliasMention } from './aliases.ts';
import type { QueryUnit } from './query.ts';
import type { SearchRecord, StoryIndexFile } from './record.ts';
import { loadWordIndex, type Cost } from './word-index.ts';
import { searchWords, type Word } from './words.ts';

type Range = readonly [number, number];

/**
 * How a hit ranks, compared element by element, smaller first:
 * 1. the cost of its words: 0 when every query word is printed as typed, plus each typo, each
 *    word matched only by its beginning and each name matched by another name of its group;
 * 2. 0 when the query's words are printed in the query's order, one after another (a phrase);
 * 3. 0 for a quote, 1 for a sentence;
 * 4. the fewest words from the first to the last matched word (words close together first);
 * 5. the record's length in words (a short quote before the long sentence it is printed in);
 * 6. its place in the story (quotes in cluster order, then sentences in reading order).
 */
export type Rank = readonly number[];

export interface Hit {
  record: SearchRecord;
  /** Inclusive `[start, end]` ranges of the printed text to highlight. */
  ranges: Range[];
  rank: Rank;
}

/** A name of an alias group other than the one typed: ranked after the name typed, before a typo. */
export const OTHER_NAME_COST = 0.5;

export interface StorySearch {
  slug: string;
  /** Outlet slug → name, in the story's outlet order. */
  outlets: Readonly<Record<string, string>>;
  records: readonly SearchRecord[];
  /** The records matching every unit (of `outlet` only, if given), best first. */
  search(units: readonly QueryUnit[], outlet?: string): Hit[];
}

/** Where a unit is printed in one record: words `from` up to `to`, and how well it matched there. */
interface Occurrence {
  unit: number;
  from: number;
  to: number;
  cost: Cost;
}

export function compareRanks(a: Rank, b: Rank): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function loadStory(file: StoryIndexFile, aliasGroups: readonly AliasGroup[]): StorySearch {
  const index = loadWordIndex(file.words);
  const records = file.records.map((record, i): SearchRecord => ({
    ...record,
    id: `${file.slug}/${i}`,
    story: file.slug,
    url: sentencePath(file.slug, record.outlet, record.sentence),
  }));
  // Words and alias mentions of a record, worked out the first time a query reaches it.
  const parsed: { words: Word[]; mentions: AliasMention[] }[] = [];
  const wordsOf = (id: number) => {
    let found = parsed[id];
    if (found === undefined) {
      const text = records[id]?.text ?? '';
      const words = searchWords(text);
      found = { words, mentions: findAliases(text, words, aliasGroups) };
      parsed[id] = found;
    }
    return found;
  };

  return {
    slug: file.slug,
    outlets: file.outlets,
    records,
    search(units, outlet) {
      if (units.length === 0) return [];
      const byNumber = units.map((unit) => (unit.kind === 'word' ? index.match(unit) : undefined));
      const matched = byNumber.map((found) =>
        found === undefined
          ? undefined
          : new Map([...found].map(([n, cost]) => [index.vocabulary.words[n] ?? '', cost])),
      );
      const holders = units.map((unit, u) => {
        if (unit.kind === 'alias') return new Set(file.aliases[unit.key] ?? []);
        const ids = new Set<number>();
        for (const n of byNumber[u]?.keys() ?? []) for (const id of index.ids(n)) ids.add(id);
        return ids;
      });
      const [smallest, ...others] = [...holders].sort((a, b) => a.size - b.size);
      const hits: Hit[] = [];
      for (const id of smallest ?? []) {
        const record = records[id];
        if (record === undefined || (outlet !== undefined && record.outlet !== outlet)) continue;
        if (!others.every((set) => set.has(id))) continue;
        const { words, mentions } = wordsOf(id);
        const occurrences = units.flatMap((unit, u): Occurrence[] =>
          unit.kind === 'word'
            ? wordOccurrences(u, words, matched[u] ?? new Map())
            : mentions
                .filter((m) => m.key === unit.key)
                .map((m) => ({
                  unit: u,
                  from: m.from,
                  to: m.to,
                  cost: sameWords(words, m, unit.words) ? 0 : OTHER_NAME_COST,
                })),
        );
        const hit = rankRecord(record, id, units.length, words, occurrences);
        if (hit !== undefined) hits.push(hit);
      }
      return hits.sort((a, b) => compareRanks(a.rank, b.rank));
    },
  };
}

function wordOccurrences(unit: number, words: readonly Word[], matched: ReadonlyMap<string, Cost>): Occurrence[] {
  const found: Occurrence[] = [];
  for (const [i, w] of words.entries()) {
    const cost = Math.min(
      matched.get(w.word) ?? Infinity,
      w.stem === undefined ? Infinity : (matched.get(w.stem) ?? Infinity),
    );
    if (cost !== Infinity) found.push({ unit, from: i, to: i + 1, cost });
  }
  return found;
}

function sameWords(words: readonly Word[], mention: AliasMention, typed: readonly string[]): boolean {
  return typed.length === mention.to - mention.from && typed.every((w, i) => words[mention.from + i]?.word === w);
}

function rankRecord(
  record: SearchRecord,
  id: number,
  unitCount: number,
  words: readonly Word[],
  occurrences: readonly Occurrence[],
): Hit | undefined {
  const bestCost = new Array<number>(unitCount).fill(Infinity);
  for (const o of occurrences) bestCost[o.unit] = Math.min(bestCost[o.unit] ?? Infinity, o.cost);
  // The postings and the words of the text come from the same tokenizer, so this only guards.
  if (bestCost.some((cost) => cost === Infinity)) return undefined;
  const phrases = phraseRuns(unitCount, occurrences);
  const window = closestWindow(unitCount, occurrences);
  const marked = phrases.length > 0 ? phrases : occurrences.filter((o) => o.from >= window.from && o.to <= window.to);
  return {
    record,
    ranges: marked.map((o): Range => [words[o.from]?.start ?? 0, (words[o.to - 1]?.end ?? 0) - 1]),
    rank: [
      bestCost.reduce((sum, cost) => sum + cost, 0),
      phrases.length > 0 ? 0 : 1,
      record.cluster === undefined ? 1 : 0,
      window.to - window.from,
      words.length,
      id,
    ],
  };
}

/** Runs of words that print every unit in the query's order, each right after the one before. */
function phraseRuns(unitCount: number, occurrences: readonly Occurrence[]): { from: number; to: number }[] {
  const byStart = new Map<string, Occurrence>();
  for (const o of occurrences) byStart.set(`${o.unit}@${o.from}`, o);
  const runs: { from: number; to: number }[] = [];
  for (const first of occurrences) {
    if (first.unit !== 0) continue;
    let end = first.to;
    let u = 1;
    for (; u < unitCount; u++) {
      const next = byStart.get(`${u}@${end}`);
      if (next === undefined) break;
      end = next.to;
    }
    if (u === unitCount) runs.push({ from: first.from, to: end });
  }
  return runs;
}

/** The shortest run of words holding every unit, in any order (the first such run). */
function closestWindow(unitCount: number, occurrences: readonly Occurrence[]): { from: number; to: number } {
  const sorted = [...occurrences].sort((a, b) => a.from - b.from || a.to - b.to);
  const count = new Array<number>(unitCount).fill(0);
  let covered = 0;
  let best = { from: 0, to: Infinity };
  let left = 0;
  let reach = 0;
  for (const right of sorted) {
    reach = Math.max(reach, right.to);
    const seen = count[right.unit] ?? 0;
    count[right.unit] = seen + 1;
    if (seen === 0) covered++;
    while (covered === unitCount) {
      const first = sorted[left] as Occurrence;
      if (reach - first.from < best.to - best.from) best = { from: first.from, to: reach };
      const left1 = (count[first.unit] ?? 1) - 1;
      count[first.unit] = left1;
      if (left1 === 0) covered--;
      left++;
    }
  }
  return best;
}
