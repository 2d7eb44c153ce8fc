/**
 * The "only in this outlet" page: for each outlet, its framing words, where it presents the story as
 * its own, and its own sentences strongest first, each with the reasons it ranks where it does.
 */
import type { OutletAnalysis, OwnSentence, StoryComparison, StoryDifferences, TextSpan } from '../lib/index.ts';
import { joinNames, plural } from './format.ts';
import { onlyAnchor, sentencePath, storyPath } from './urls.ts';

export interface OnlyWord {
  word: string;
  count: number;
  inHeadline: boolean;
  /** Its first place in the text; absent for a word printed only in the headline or standfirst. */
  href?: string;
}

export interface OnlySentence {
  text: string;
  href: string;
  /** Why it ranks where it does, in words: "names no other outlet prints: Assad". */
  reasons: string[];
}

export interface OnlySection {
  outlet: string;
  name: string;
  lang: string;
  /** The section's id on the page. */
  anchor: string;
  /** The outlet's page. */
  outletHref: string;
  framing: OnlyWord[];
  selfMentions: { text: string; href: string }[];
  sentences: OnlySentence[];
  /** Paragraph sentences in all, to put the count in proportion. */
  paragraphSentences: number;
}

/**
 * Words shown after an outlet's own name where it presents the story as its own, so that two
 * mentions read apart: the heading "Daljoog News Analysis" and "Daljoog News observes that…".
 */
const MENTION_CONTEXT_WORDS = 3;

/** The mention with the next few words of its sentence, and "…" where the sentence goes on. */
function mentionInContext(outlet: OutletAnalysis, mention: TextSpan): string {
  const sentence = outlet.sentences.find((s) => s.id === mention.sentenceId);
  if (sentence === undefined) return mention.text;
  const rest = sentence.text.slice(mention.end - sentence.start);
  let end = 0;
  let words = 0;
  for (const segment of new Intl.Segmenter(outlet.lang, { granularity: 'word' }).segment(rest)) {
    if (segment.isWordLike === true && words++ === MENTION_CONTEXT_WORDS) break;
    end = segment.index + segment.segment.length;
  }
  const shown = rest
    .slice(0, end)
    .trimEnd()
    .replace(/[\s,;:.]+$/u, '');
  const more = rest.slice(shown.length).trim().length > 0 && /\p{L}/u.test(rest.slice(shown.length));
  return `${mention.text}${shown}${more ? '…' : ''}`;
}

function reasons(s: OwnSentence): string[] {
  const out: string[] = [];
  if (s.names.length > 0)
    out.push(`${s.names.length === 1 ? 'a name' : 'names'} no other outlet prints: ${joinNames(s.names)}`);
  if (s.numbers.length > 0)
    out.push(`${s.numbers.length === 1 ? 'a figure' : 'figures'} no other outlet prints: ${joinNames(s.numbers)}`);
  if (s.ownQuote) out.push('a quote no other outlet prints');
  if (s.newWords > 0) out.push(`${plural(s.newWords, 'word')} no other outlet uses`);
  return out;
}

export function onlySections(comparison: StoryComparison, differences: StoryDifferences): OnlySection[] {
  const story = comparison.story.slug;
  return differences.own.flatMap((own) => {
    const outlet = comparison.outlets.find((o) => o.slug === own.outlet);
    if (outlet === undefined) return [];
    return [
      {
        outlet: own.outlet,
        name: outlet.outlet,
        lang: outlet.lang,
        anchor: onlyAnchor(own.outlet),
        outletHref: storyPath(story, own.outlet),
        framing: own.framing.map((f) => ({
          word: f.word,
          count: f.count,
          inHeadline: f.inHeadline,
          ...(f.spans[0] !== undefined && { href: sentencePath(story, own.outlet, f.spans[0].sentenceId) }),
        })),
        selfMentions: own.selfMentions.map((m) => ({
          text: mentionInContext(outlet, m),
          href: sentencePath(story, own.outlet, m.sentenceId),
        })),
        sentences: own.sentences.map((s) => ({
          text: s.text,
          href: sentencePath(story, own.outlet, s.sentenceId),
          reasons: reasons(s),
        })),
        paragraphSentences: outlet.sentences.filter((s) => s.inParagraph).length,
      },
    ];
  });
}
