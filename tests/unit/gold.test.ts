/**
 * The gold standard agrees with the content it annotates. These tests check the gold file, not the
 * engine's score: only the segmentation (structureArticle) is used, never the engine's clusters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { structureArticle } from '../../src/lib/article.ts';
import type { ArticleInput, Sentence } from '../../src/lib/types.ts';
import { DEFAULT_GOLD, readGold, type Gold } from '../gold/gold-file.ts';

interface Outlet {
  article: ArticleInput;
  /** Paragraph sentences by id. */
  sentences: Map<string, Sentence>;
  /** Ranges of the paragraph blocks in the source. */
  paragraphs: { start: number; end: number }[];
}

let gold: Gold;
const outlets = new Map<string, Outlet>();

beforeAll(async () => {
  gold = await readGold(DEFAULT_GOLD);
  const { articles } = await readStory(`content/${gold.story}`);
  for (const article of articles) {
    const { blocks, sentences } = structureArticle(article);
    outlets.set(article.slug, {
      article,
      sentences: new Map(sentences.filter((s) => s.inParagraph).map((s) => [s.id, s])),
      paragraphs: blocks.filter((b) => b.kind === 'paragraph'),
    });
  }
});

function outlet(slug: string): Outlet {
  const found = outlets.get(slug);
  if (found === undefined) throw new Error(`gold names an outlet the story lacks: ${slug}`);
  return found;
}

/** The paragraph sentence `id` of `slug`, failing the test when it is not one. */
function sentence(slug: string, id: string): Sentence {
  const found = outlet(slug).sentences.get(id);
  if (found === undefined) throw new Error(`${id} is not a paragraph sentence of ${slug}`);
  return found;
}

/**
 * Every span between “ and ” in the outlet's paragraphs, as offsets into the source. A closing mark
 * with no opening one before it in its paragraph (IntelliNews p19) opens at the paragraph's start.
 */
function quotedSpans(o: Outlet): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const p of o.paragraphs) {
    let open: number | undefined = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = o.article.source[i];
      if (c === '“') open = i + 1;
      else if (c === '”' && open !== undefined) {
        spans.push({ start: open, end: i });
        open = undefined;
      }
    }
  }
  return spans;
}

/** A quote's wording for comparing wordings: edge spaces and punctuation are the reporter's. */
function wording(text: string): string {
  return text.replace(/^[\s,.;:]+|[\s,.;:]+$/gu, '');
}

describe('gold standard', () => {
  it('names the story’s outlets, each once, in own and sources', () => {
    const slugs = [...outlets.keys()].sort();
    expect(Object.keys(gold.own).sort()).toEqual(slugs);
    expect(Object.keys(gold.sources).sort()).toEqual(slugs);
  });

  it('numbers claims and quote clusters uniquely', () => {
    const ids = [...gold.claims.map((c) => c.id), ...gold.quotes.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds every claim from paragraph sentences of two or more outlets, each sentence listed under its outlet', () => {
    for (const claim of gold.claims) {
      const slugs = Object.keys(claim.members);
      expect(slugs.length, claim.id).toBeGreaterThanOrEqual(2);
      for (const [slug, ids] of Object.entries(claim.members)) {
        expect(new Set(ids).size, `${claim.id}: ${slug} lists a sentence twice`).toBe(ids.length);
        for (const id of ids) expect(sentence(slug, id).outlet, `${claim.id}: ${id}`).toBe(slug);
      }
    }
  });

  it('has as own exactly the paragraph sentences no claim holds, for every outlet', () => {
    const claimed = new Set(gold.claims.flatMap((c) => Object.values(c.members).flat()));
    for (const [slug, o] of outlets) {
      const complement = [...o.sentences.keys()].filter((id) => !claimed.has(id));
      expect(gold.own[slug], slug).toEqual(complement);
    }
  });

  it('gives every quote member the exact text between the marks, starting in the named sentence', () => {
    for (const q of gold.quotes) {
      for (const m of q.members) {
        const o = outlet(m.outlet);
        const s = sentence(m.outlet, m.sentence);
        const found = quotedSpans(o).some(
          (span) =>
            span.start >= s.start && span.start < s.end && o.article.source.slice(span.start, span.end) === m.text,
        );
        expect(found, `${q.id}: ${m.outlet} “${m.text}” in ${m.sentence}`).toBe(true);
      }
    }
  });

  it('puts every quoted span of every paragraph in exactly one quote cluster', () => {
    for (const [slug, o] of outlets) {
      const printed = quotedSpans(o).map((span) => o.article.source.slice(span.start, span.end));
      const annotated = gold.quotes.flatMap((q) => q.members.filter((m) => m.outlet === slug).map((m) => m.text));
      expect(annotated.sort(), slug).toEqual(printed.sort());
    }
  });

  it('states a majority wording exactly when a strict majority of two or more outlets prints it', () => {
    for (const q of gold.quotes) {
      const byOutlet = new Map<string, Set<string>>();
      for (const m of q.members) byOutlet.set(m.outlet, (byOutlet.get(m.outlet) ?? new Set()).add(wording(m.text)));
      if (byOutlet.size < 2) {
        expect(q.majority_wording, `${q.id} is printed by one outlet`).toBeUndefined();
        continue;
      }
      const counts = new Map<string, number>();
      for (const wordings of byOutlet.values()) for (const w of wordings) counts.set(w, (counts.get(w) ?? 0) + 1);
      const majority = [...counts].find(([, n]) => n * 2 > byOutlet.size)?.[0] ?? null;
      expect(q.majority_wording, q.id).toBe(majority);
    }
  });

  it('gives every quantity two or more outlets and exact spans in the headline, standfirst or a sentence', () => {
    for (const quantity of gold.quantities) {
      expect(new Set(quantity.mentions.map((m) => m.outlet)).size, quantity.id).toBeGreaterThanOrEqual(2);
      for (const m of quantity.mentions) {
        const { article } = outlet(m.outlet);
        const where =
          m.where === 'title'
            ? article.title
            : m.where === 'standfirst'
              ? article.standfirst
              : sentence(m.outlet, m.where).text;
        expect(where ?? '', `${quantity.id}: ${m.outlet} ${m.where}`).toContain(m.text);
        const inQuote = gold.quotes.some((q) =>
          q.members.some((qm) => qm.outlet === m.outlet && qm.sentence === m.where && qm.text.includes(m.text)),
        );
        expect(m.quoted ?? false, `${quantity.id}: ${m.outlet} ${m.where} “${m.text}” quoted`).toBe(inQuote);
      }
    }
  });
});
