/**
 * What each outlet alone says: its own sentences (the alignment decides which: `Sentence.unique`),
 * strongest first, and its framing — the words of its own voice that no other outlet uses, and the
 * places it presents the story as its own ("According to Daljoog News analysis").
 *
 * "Strongest" means carrying the most that a reader cannot find elsewhere: names and figures no other
 * outlet prints come first, because they are checkable facts only this outlet states; then a quote no
 * other outlet prints, a statement attributed to someone; then sentences by how many words no other
 * outlet uses. Commentary ("The operation prevented a potential security crisis …") has none of the
 * first two and reuses the story's words, so it comes last.
 */
import { STOPWORDS } from '../normalize.ts';
import { outletKey } from '../outlet-names.ts';
import type { OutletAnalysis, StoryComparison } from '../types.ts';
import { printedWords, sentenceWordReader, type PrintedWord, type SentenceWords } from './printed.ts';
import type { FramingWord, OutletOwn, OwnSentence, StoryProvenance, TextSpan } from './types.ts';

/** An outlet lists at most this many framing words: enough to show its voice, few enough to read at a glance. */
export const MAX_FRAMING_WORDS = 20;

/** Lower-case words that may sit inside a name: "Department of Defense", "Office of the Director". */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for']);

/** A framing word lists the first this many places it is printed; its count says how many there are. */
const MAX_FRAMING_SPANS = 3;

/** The text an outlet writes in its own voice: headline, standfirst, headings and paragraphs, quotes left out. */
interface Voice {
  /** Words of the headline and standfirst (no anchor to link to), each as printed. */
  headline: { word: PrintedWord; printed: string }[];
  /** Words of headings and paragraphs outside quotation marks, with their sentence. */
  body: { word: PrintedWord; sentence: number; source: number }[];
}

function voiceOf(outlet: OutletAnalysis, sentenceWords: SentenceWords): Voice {
  const headline = [outlet.title ?? '', outlet.standfirst ?? ''].flatMap((t) =>
    printedWords(t, outlet.lang).map((word) => ({ word, printed: t.slice(word.start, word.end) })),
  );
  const quotes = outlet.quotes.map((q) => [q.start, q.end] as const);
  const body: Voice['body'] = [];
  outlet.sentences.forEach((s, sentence) => {
    const kind = outlet.blocks[s.block]?.kind;
    if (kind !== 'paragraph' && kind !== 'heading') return;
    // The dateline ("ERBIL (Kurdistan24) -") says where, not how the outlet frames the story.
    const datelineEnd = s.block === 0 && outlet.dateline !== undefined ? s.start + outlet.dateline.length : -1;
    for (const word of sentenceWords(s, outlet.lang)) {
      const source = s.start + word.start;
      if (source < datelineEnd || quotes.some(([from, to]) => from <= source && source < to)) continue;
      body.push({ word, sentence, source });
    }
  });
  return { headline, body };
}

/** Every token the outlet prints anywhere (quotes, captions and credits included): what it cannot call new. */
function everything(outlet: OutletAnalysis, sentenceWords: SentenceWords): Set<string> {
  const words = [
    ...[outlet.title ?? '', outlet.standfirst ?? ''].flatMap((t) => printedWords(t, outlet.lang)),
    ...outlet.sentences.flatMap((s) => sentenceWords(s, outlet.lang)),
  ];
  return new Set(words.flatMap((w) => [w.token, w.base]));
}

/**
 * Where the outlet names itself in its headings and paragraphs, other than its dateline: "According
 * to Daljoog News analysis", "## Daljoog News Analysis", "Daljoog News observes that …". Provenance
 * already reads "According to <own name>" as the outlet's own analysis; headings and plain mentions
 * are found by the outlet's name.
 */
function selfMentions(outlet: OutletAnalysis, provenance: StoryProvenance, sentenceWords: SentenceWords): TextSpan[] {
  const found: TextSpan[] =
    provenance.outlets
      .find((p) => p.outlet === outlet.slug)
      ?.sources.filter((s) => s.kind === 'own-analysis' && s.span !== undefined)
      .map((s) => s.span!) ?? [];
  const name = outletKey(outlet.outlet);
  for (const s of outlet.sentences) {
    const kind = outlet.blocks[s.block]?.kind;
    if (kind !== 'paragraph' && kind !== 'heading') continue;
    const words = sentenceWords(s, outlet.lang);
    for (let i = 0; i < words.length; i++) {
      let key = '';
      for (let j = i; j < words.length && key.length < name.length; j++) {
        key += outletKey(words[j]!.token);
        if (key !== name) continue;
        const start = s.start + words[i]!.start;
        const end = s.start + words[j]!.end;
        const dateline = outlet.dateline !== undefined && start < s.start + outlet.dateline.length && s.block === 0;
        if (!dateline && !found.some((f) => f.start <= start && end <= f.end))
          found.push({
            outlet: outlet.slug,
            sentenceId: s.id,
            text: s.text.slice(start - s.start, end - s.start),
            start,
            end,
          });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `describeOwn(comparison, provenance)`: for each outlet, in outlet order, what it alone says. */
export function describeOwn(comparison: StoryComparison, provenance: StoryProvenance): OutletOwn[] {
  const { outlets } = comparison;
  const sentenceWords = sentenceWordReader();
  // How many outlets print each token anywhere.
  const printers = new Map<string, number>();
  for (const o of outlets) for (const t of everything(o, sentenceWords)) printers.set(t, (printers.get(t) ?? 0) + 1);
  const alone = (token: string): boolean => (printers.get(token) ?? 0) <= 1;
  // A capitalised word inside any sentence is a name, even where a headline's title case hides it.
  const names = new Set(
    outlets
      .flatMap((o) => o.sentences.flatMap((s) => sentenceWords(s, o.lang).filter((w) => w.capitalised)))
      .map((w) => w.base),
  );
  const soleQuotes = new Set(
    comparison.quoteClusters
      .filter((c) => new Set(c.members.map((m) => m.outlet)).size === 1)
      .flatMap((c) => c.members.map((m) => m.quoteId)),
  );

  return outlets.map((outlet): OutletOwn => {
    // The outlet's own name is no news it brings: "Daljoog News observes …".
    const own = new Set(printedWords(outlet.outlet, outlet.lang).map((w) => w.token));
    const sentences: (OwnSentence & { order: number })[] = [];
    outlet.sentences.forEach((s, order) => {
      if (!s.unique) return;
      const printed = sentenceWords(s, outlet.lang);
      const words = printed.filter((w) => alone(w.base) && !own.has(w.base));
      // A name is a run of capitalised words, "of", "the" and "for" allowed inside ("Department of
      // Defense"); it is new when one of its words is printed by no other outlet.
      const named: string[] = [];
      let phrase: PrintedWord[] = [];
      const close = (): void => {
        while (phrase.length > 0 && !phrase.at(-1)!.capitalised) phrase.pop();
        const name = s.text.slice(phrase[0]?.start ?? 0, phrase.at(-1)?.end ?? 0);
        if (phrase.some((w) => w.capitalised && alone(w.base) && !own.has(w.base)) && !named.includes(name))
          named.push(name);
        phrase = [];
      };
      for (const w of printed) {
        if (w.capitalised) phrase.push(w);
        else if (phrase.length > 0 && CONNECTORS.has(w.token)) phrase.push(w);
        else close();
      }
      close();
      sentences.push({
        outlet: outlet.slug,
        sentenceId: s.id,
        text: s.text,
        start: s.start,
        end: s.end,
        names: named,
        numbers: [...new Set(words.filter((w) => w.number).map((w) => s.text.slice(w.start, w.end)))],
        ownQuote: s.quoteIds.some((q) => soleQuotes.has(q)),
        newWords: new Set(words.filter((w) => w.plain).map((w) => w.token)).size,
        order,
      });
    });
    sentences.sort(
      (a, b) =>
        b.names.length + b.numbers.length - (a.names.length + a.numbers.length) ||
        Number(b.ownQuote) - Number(a.ownQuote) ||
        b.newWords - a.newWords ||
        a.order - b.order,
    );

    const voice = voiceOf(outlet, sentenceWords);
    const framing = new Map<string, FramingWord & { first: number }>();
    const add = (token: string, printed: string, first: number, inHeadline: boolean, span?: TextSpan): void => {
      let f = framing.get(token);
      if (f === undefined)
        framing.set(token, (f = { word: printed.toLowerCase(), count: 0, inHeadline, spans: [], first }));
      f.count++;
      f.inHeadline ||= inHeadline;
      if (span !== undefined && f.spans.length < MAX_FRAMING_SPANS) f.spans.push(span);
    };
    // A headline capitalises every word: there a word is the outlet's own unless it is a name elsewhere.
    const framingWord = (w: PrintedWord): boolean =>
      alone(w.base) && !w.number && !names.has(w.base) && !STOPWORDS.has(w.token);
    for (const { word, printed } of voice.headline) if (framingWord(word)) add(word.token, printed, -1, true);
    voice.body.forEach(({ word, sentence, source }, k) => {
      if (!framingWord(word) || !word.plain) return;
      const s = outlet.sentences[sentence]!;
      add(word.token, s.text.slice(word.start, word.end), k, false, {
        outlet: outlet.slug,
        sentenceId: s.id,
        text: s.text.slice(word.start, word.end),
        start: source,
        end: source + word.end - word.start,
      });
    });
    return {
      outlet: outlet.slug,
      sentences: sentences.map(({ order: _, ...rest }) => rest),
      framing: [...framing.values()]
        .sort((a, b) => Number(b.inHeadline) - Number(a.inHeadline) || b.count - a.count || a.first - b.first)
        .slice(0, MAX_FRAMING_WORDS)
        .map(({ first: _, ...rest }) => rest),
      selfMentions: selfMentions(outlet, provenance, sentenceWords),
    };
  });
}
