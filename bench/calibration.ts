/**
 * The bench's calibration task: a fixed amount of single-threaded JavaScript work of the kind the
 * engine and the build do (word segmentation with Intl.Segmenter, counting in Maps, word-array
 * diffs with the `diff` package, JSON), on text drawn from a fixed seed. It reads nothing of the
 * project's own code or content, so it measures the machine, not the code: what it takes here
 * against what it took on the reference machine is the speed factor time budgets are scaled by
 * (bench/reference.ts).
 *
 *   node bench/calibration.ts      runs it once and prints {"ms": …}
 */
import { diffArrays } from 'diff';
import { performance } from 'node:perf_hooks';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The size of the task: about a second on a 2-core server core, long enough to swamp timer and start-up noise. */
const TASK = { seed: 2026, words: 600, sentences: 300, minWords: 12, maxWords: 32, neighbours: 16 };

/** The task's text: sentences of made-up words, common words far more frequent than rare ones. */
function text(): string[] {
  const rng = xoroshiro128plus(TASK.seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const vocabulary = Array.from({ length: TASK.words }, () =>
    Array.from({ length: uniformInt(rng, 2, 10) }, () => letters[uniformInt(rng, 0, 25)]).join(''),
  );
  return Array.from({ length: TASK.sentences }, () => {
    const length = uniformInt(rng, TASK.minWords, TASK.maxWords);
    const words = Array.from({ length }, () => {
      // Squaring a uniform draw skews it towards the start of the vocabulary, as word use is skewed.
      const u = uniformInt(rng, 0, 999_999) / 1_000_000;
      return vocabulary[Math.floor(u * u * TASK.words)]!;
    });
    return `${words.join(' ')}.`;
  });
}

/** Runs the task once; returns a checksum so no step can be optimised away. */
export function calibrationTask(): number {
  const sentences = text();
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const counts = new Map<string, number>();
  const tokens = sentences.map((sentence) => {
    const words = [...segmenter.segment(sentence)].filter((s) => s.isWordLike).map((s) => s.segment);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return words;
  });
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + TASK.neighbours); j++) {
      for (const part of diffArrays(tokens[i]!, tokens[j]!)) if (!part.added && !part.removed) kept += part.count;
    }
  }
  const copy = JSON.parse(JSON.stringify({ tokens, counts: [...counts] })) as { tokens: string[][] };
  return kept + copy.tokens.length;
}

if (import.meta.main) {
  const t0 = performance.now();
  const checksum = calibrationTask();
  console.log(JSON.stringify({ ms: performance.now() - t0, checksum }));
}
