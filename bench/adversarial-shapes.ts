/**
 * Article bodies built to be expensive: the shapes of issue 15's attacks (unclosed quotation
 * marks that each ran to the end of their paragraph, deep nesting, paragraphs of nothing but a
 * quote, one character repeated). Shared by `npm run bench -- --only adversarial` and the bounded-
 * cost property test, so the bench measures exactly what the tests bound.
 */
import type { ArticleInput, StoryInput } from '../src/lib/index.ts';

export interface AdversarialShape {
  name: string;
  /** A body of about `bytes` UTF-8 bytes. */
  body(bytes: number): string;
}

/** `unit` repeated until the UTF-8 size reaches about `bytes`. */
function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
}

export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  { name: 'unclosed “w', body: (bytes) => repeat('“w', bytes) },
  { name: 'bare “', body: (bytes) => repeat('“', bytes) },
  { name: 'unclosed « w', body: (bytes) => repeat('« w ', bytes) },
  { name: 'unclosed „w', body: (bytes) => repeat('„w ', bytes) },
  { name: 'straight "w', body: (bytes) => repeat('"w ', bytes) },
  {
    name: 'nested “a … ”',
    body: (bytes) => `${repeat('“a ', bytes / 2)}${repeat('” ', bytes / 2)}`,
  },
  { name: 'closing ” only', body: (bytes) => repeat('w” ', bytes) },
  { name: 'quote paragraphs', body: (bytes) => repeat('“w”\n\n', bytes) },
  { name: 'one character', body: (bytes) => repeat('a', bytes) },
  { name: 'two-letter sentences', body: (bytes) => repeat('Ab. ', bytes) },
  { name: 'one-letter lines', body: (bytes) => repeat('w\n', bytes) },
];

/**
 * What the engine writes (comparison and findings, as comparison.json) is at most this many bytes
 * per input byte, plus OUTPUT_FIXED_BYTES. The densest shapes set it: a three-byte quote such as
 * “w” becomes a Quote, a QuoteCluster with its member and word diff (about 450 bytes of JSON), and
 * a sentence of three bytes a Sentence (about 200).
 */
export const OUTPUT_BYTES_PER_INPUT_BYTE = 200;
/** The output of two empty articles: story, outlets, overlap, provenance. */
export const OUTPUT_FIXED_BYTES = 16 * 1024;

/** A story of one adversarial article of about `bytes` and one ordinary one, as the bench analyses and builds it. */
export function adversarialStory(
  shape: AdversarialShape,
  bytes: number,
): { story: StoryInput; articles: ArticleInput[]; files: Record<string, string> } {
  const story: StoryInput = {
    slug: 'adversarial',
    title: 'Adversarial',
    summary: 'One hostile article and one ordinary one.',
  };
  const frontmatter = (outlet: string) =>
    `---\noutlet: "${outlet}"\nurl: "https://example.org/${outlet.toLowerCase()}"\ntitle: null\ncites: []\n---\n\n`;
  const sources = {
    hostile: `${frontmatter('Hostile')}${shape.body(bytes)}\n`,
    ordinary: `${frontmatter('Ordinary')}The council said “we will pay” on Monday.\n`,
  };
  const articles = Object.entries(sources).map(([slug, source]) => ({
    slug,
    file: `content/adversarial/${slug}.md`,
    source,
    outlet: slug === 'hostile' ? 'Hostile' : 'Ordinary',
    url: `https://example.org/${slug}`,
    title: null,
    cites: [],
    removed: [],
    lang: 'en',
  }));
  return {
    story,
    articles,
    files: {
      'story.md': `---\ntitle: "${story.title}"\nsummary: "${story.summary}"\n---\n`,
      'hostile.md': sources.hostile,
      'ordinary.md': sources.ordinary,
    },
  };
}
