import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import type { OutletOwn } from '../../src/lib/index.ts';
import { MAX_FRAMING_WORDS } from '../../src/lib/insights/framing.ts';
import { printedWords } from '../../src/lib/insights/printed.ts';
import { SHIPPED_STORY, shippedStory } from '../support/shipped-story.ts';

describe('printed words', () => {
  it('keeps each word’s place and reads it with the engine’s tokens', () => {
    const text = 'The U.S. moved 6,000 detainees; the SDF’s guards stayed.';
    const words = printedWords(text, 'en');
    expect(words.map((w) => w.token)).toEqual([
      'the',
      'us',
      'moved',
      '6000',
      'detainees',
      'the',
      'sdfs',
      'guards',
      'stayed',
    ]);
    expect(words.map((w) => text.slice(w.start, w.end))).toContain('6,000');
    expect(words.find((w) => w.token === 'sdfs')).toMatchObject({ base: 'sdf', capitalised: true, plain: false });
    expect(words.find((w) => w.token === '6000')).toMatchObject({ number: true, plain: false });
    expect(words.find((w) => w.token === 'moved')?.plain).toBe(true);
    // The first word is capitalised because it starts the sentence, not because it is a name.
    expect(words[0]?.capitalised).toBe(false);
  });
});

describe('what each outlet alone says, on the shipped story', () => {
  let own: Map<string, OutletOwn>;
  let sources: Map<string, string>;
  let unique: Map<string, string[]>;
  beforeAll(async () => {
    const { comparison, differences } = await shippedStory();
    own = new Map(differences.own.map((o) => [o.outlet, o]));
    unique = new Map(comparison.outlets.map((o) => [o.slug, o.sentences.filter((s) => s.unique).map((s) => s.id)]));
    sources = new Map((await readStory(SHIPPED_STORY)).articles.map((a) => [a.slug, a.source]));
  });

  it('lists exactly the sentences the alignment calls own, each an exact slice of its file', () => {
    for (const [slug, o] of own) {
      expect(o.sentences.map((s) => s.sentenceId).sort()).toEqual([...unique.get(slug)!].sort());
      for (const s of o.sentences) expect(sources.get(slug)!.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('puts sentences with names and figures no other outlet prints first', () => {
    const jp = own.get('journalposts')!.sentences;
    const strength = (s: (typeof jp)[number]) => s.names.length + s.numbers.length;
    const firstPlain = jp.findIndex((s) => strength(s) === 0);
    expect(firstPlain).toBeGreaterThan(0);
    expect(jp.slice(0, firstPlain).every((s) => strength(s) > 0)).toBe(true);
    expect(jp.slice(firstPlain).every((s) => strength(s) === 0)).toBe(true);
    expect(jp.flatMap((s) => s.names)).toEqual(expect.arrayContaining(['Assad', 'Trump Administration', 'Türkiye']));
    expect(jp.find((s) => s.text.includes('since 2019'))?.numbers).toEqual(['2019']);
    // "Middle East" is one name, new to the story because only Top Real News names the region.
    expect(own.get('top-real-news')!.sentences[0]?.names).toEqual(['Middle East']);
  });

  it('never counts the outlet’s own name as a new name', () => {
    expect(own.get('daljoog-news')!.sentences.flatMap((s) => s.names)).not.toContain('Daljoog News');
  });

  it('finds JournalPosts’s headline framing that no other outlet uses', () => {
    const framing = own.get('journalposts')!.framing;
    expect(framing.length).toBeLessThanOrEqual(MAX_FRAMING_WORDS);
    const covert = framing.find((f) => f.word === 'covert');
    expect(covert).toMatchObject({ inHeadline: true, count: 2 });
    expect(covert!.spans[0]).toMatchObject({ sentenceId: 'journalposts-p1-s1', text: 'covert' });
    expect(framing.some((f) => f.word === 'plot')).toBe(true);
    // Headline words come first.
    const firstBody = framing.findIndex((f) => !f.inHeadline);
    expect(framing.slice(firstBody).every((f) => !f.inHeadline)).toBe(true);
  });

  it('leaves out quoted words, names, figures and the dateline', () => {
    for (const o of own.values()) {
      for (const f of o.framing) {
        expect(f.word).not.toMatch(/^\p{N}+$/u);
        for (const s of f.spans) expect(sources.get(o.outlet)!.slice(s.start, s.end).toLowerCase()).toBe(f.word);
      }
    }
    // Rubio's words ("Türkiye", "embassy") are quoted, and "ERBIL" is Kurdistan24's dateline.
    expect(own.get('journalposts')!.framing.map((f) => f.word)).not.toContain('türkiye');
    expect(own.get('kurdistan24')!.framing.map((f) => f.word)).not.toContain('erbil');
  });

  it('finds where Daljoog News presents the story as its own analysis', () => {
    const mentions = own.get('daljoog-news')!.selfMentions;
    expect(mentions.map((m) => m.text)).toEqual(['According to Daljoog News analysis', 'Daljoog News', 'Daljoog News']);
    for (const m of mentions) expect(sources.get('daljoog-news')!.slice(m.start, m.end)).toBe(m.text);
    expect(own.get('kurdistan24')!.selfMentions).toEqual([]);
  });
});
