import { beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/read-content.ts';
import { analyzeStory } from '../../src/lib/analyze.ts';
import { LIKELY_SCORE, STRONG_SCORE } from '../../src/lib/claims.ts';
import { describeDifferences } from '../../src/lib/insights/index.ts';
import type { OutletAnalysis, Sentence, StoryComparison } from '../../src/lib/types.ts';

const STORY_DIR = 'content/isis-detainee-transfer';
let comparison: StoryComparison;
let sources: Map<string, string>;

beforeAll(async () => {
  const { story, articles } = await readStory(STORY_DIR);
  comparison = analyzeStory(story, articles);
  sources = new Map(articles.map((a) => [a.slug, a.source]));
});

function outlet(slug: string): OutletAnalysis {
  const found = comparison.outlets.find((o) => o.slug === slug);
  if (!found) throw new Error(`no outlet ${slug}`);
  return found;
}

function sentenceContaining(slug: string, needle: string): Sentence {
  const found = outlet(slug).sentences.filter((s) => s.text.includes(needle));
  expect(found, `${slug}: one sentence with ${needle}`).toHaveLength(1);
  return found[0]!;
}

describe('analyzeStory on the real articles: structure', () => {
  it('lists the five outlets by slug with their metadata', () => {
    expect(comparison.outlets.map((o) => o.slug)).toEqual([
      'daljoog-news',
      'intellinews',
      'journalposts',
      'kurdistan24',
      'top-real-news',
    ]);
    expect(outlet('kurdistan24').dateline).toBe('ERBIL (Kurdistan24)');
    expect(outlet('journalposts').republishedFrom).toBe('Las Vegas News Magazine');
    expect(outlet('daljoog-news').title).toBeNull();
  });

  it('gives every sentence a unique id and its exact range', () => {
    const ids = new Set<string>();
    for (const o of comparison.outlets) {
      const source = sources.get(o.slug)!;
      for (const s of o.sentences) {
        expect(ids.has(s.id)).toBe(false);
        ids.add(s.id);
        expect(source.slice(s.start, s.end)).toBe(s.text);
        expect(s.id).toMatch(new RegExp(`^${o.slug}-p${s.block + 1}-s\\d+$`));
        expect(o.blocks[s.block]!.sentenceIds).toContain(s.id);
      }
      expect(o.wordCount).toBe(o.sentences.reduce((n, s) => n + s.words, 0));
    }
  });

  it('keeps headings, captions and credits as their own kinds of block', () => {
    expect(outlet('daljoog-news').blocks.filter((b) => b.kind === 'heading')).toHaveLength(5);
    const jp = outlet('journalposts');
    expect(jp.blocks.map((b) => b.kind)).toContain('caption');
    expect(jp.blocks.at(-1)!.kind).toBe('credit');
    const caption = jp.blocks.find((b) => b.kind === 'caption')!;
    expect(sources.get('journalposts')!.slice(caption.start, caption.end)).toBe(
      'SDF fighters during the Northern Raqqa Offensive against ISIS territory in November 2016\nPhoto: VOA',
    );
  });

  it('segments the sentences the issue names', () => {
    expect(sentenceContaining('top-real-news', 'The operation involved a coordinated effort').text).toBe(
      'The operation involved a coordinated effort by multiple U.S. agencies, including the U.S. Central Command (CENTCOM), which deployed helicopters to facilitate the detainees’ transfer to a secure facility near Baghdad.',
    );
    expect(sentenceContaining('journalposts', 'U.S .agencies').text).toMatch(
      /^In a covert operation.*northern Syria\.$/,
    );
    expect(sentenceContaining('kurdistan24', 'instant reconstitution of ISIS,”').text).toBe(
      '“If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS,” the senior intelligence official told Fox News Digital.',
    );
    expect(sentenceContaining('kurdistan24', 'Thanks to the efforts…').text).toMatch(
      /^“Thanks to the efforts… moving in helicopters, .*a few weeks,” the official said\.$/,
    );
    expect(sentenceContaining('kurdistan24', 'ERBIL').text.startsWith('ERBIL (Kurdistan24) - A prison break')).toBe(
      true,
    );
  });
});

describe('analyzeStory on the real articles: quotes and speakers', () => {
  function quote(slug: string, needle: string) {
    const found = outlet(slug).quotes.filter((q) => q.text.includes(needle));
    expect(found, `${slug}: one quote with ${needle}`).toHaveLength(1);
    return found[0]!;
  }

  it('gives every quote a unique id, its exact range and the sentences it spans', () => {
    for (const o of comparison.outlets) {
      const source = sources.get(o.slug)!;
      o.quotes.forEach((q, i) => {
        expect(q.id).toBe(`${o.slug}-q${i + 1}`);
        expect(source.slice(q.start, q.end)).toBe(q.text);
        expect(o.sentences.find((s) => s.id === q.sentenceIds[0])!.quoteIds).toContain(q.id);
      });
    }
  });

  it('recovers IntelliNews’s quote that lost its opening mark', () => {
    const q = quote('intellinews', 'rare story');
    expect(q.text).toBe('This is a rare story with good news out of Syria');
    expect(q.recovered).toBe(true);
    expect(q.speaker?.key).toBe('senior-us-intelligence-official');
  });

  it('marks scare-quoted phrases as fragments', () => {
    expect(quote('intellinews', 'fragile').fragment).toBe(true);
    expect(quote('kurdistan24', 'instant reconstitution of ISIS.').fragment).toBe(true);
    expect(quote('kurdistan24', 'We saw this severe').fragment).toBe(false);
  });

  it('keeps JournalPosts’s Rubio quote whole across its four sentences, with speaker and venue', () => {
    const q = quote('journalposts', 'embassy in Syria');
    expect(q.sentenceIds).toHaveLength(4);
    expect(q.speaker).toEqual({ printed: 'Secretary of State Marco Rubio', key: 'marco-rubio', venue: 'lawmakers' });
  });

  it('resolves "the official" and "he" to the senior intelligence official, with the venue where printed', () => {
    const q = quote('kurdistan24', 'If these 6,000');
    expect(q.speaker).toEqual({
      printed: 'the senior intelligence official',
      key: 'senior-us-intelligence-official',
      venue: 'Fox News Digital',
    });
    expect(quote('kurdistan24', 'instant reconstitution of ISIS.').speaker?.printed).toBe('he');
    expect(quote('kurdistan24', 'instant reconstitution of ISIS.').speaker?.key).toBe(
      'senior-us-intelligence-official',
    );
    expect(quote('kurdistan24', 'State Department is doing outreach').speaker?.key).toBe(
      'senior-us-intelligence-official',
    );
  });

  it('names one speaker per quote cluster: the key most members name, in its longest printed wording', () => {
    for (const cluster of comparison.quoteClusters) {
      const named = cluster.members.flatMap((m) => (m.speaker === undefined ? [] : [m.speaker]));
      if (named.length === 0) {
        expect(cluster.speaker).toBeUndefined();
        continue;
      }
      const count = (key: string) => named.filter((s) => s.key === key).length;
      expect(named.every((s) => count(s.key) <= count(cluster.speaker!.key))).toBe(true);
      const wordings = named.filter((s) => s.key === cluster.speaker!.key).map((s) => s.printed);
      expect(wordings).toContain(cluster.speaker!.printed);
      expect(wordings.every((w) => w.length <= cluster.speaker!.printed.length)).toBe(true);
    }
    const worst = comparison.quoteClusters.find((c) => c.canonical.includes('If these 6,000 or so got out'));
    expect(worst?.speaker).toEqual({
      key: 'senior-us-intelligence-official',
      printed: 'the senior intelligence official',
    });
  });
});

describe('analyzeStory on the real articles: alignment (issue 3, "must hold")', () => {
  function clusterOfQuote(slug: string, needle: string) {
    const found = comparison.quoteClusters.filter((c) =>
      c.members.some((m) => m.outlet === slug && m.text.includes(needle)),
    );
    expect(found, `${slug}: one quote cluster with ${needle}`).toHaveLength(1);
    return found[0]!;
  }
  function member(
    cluster: { members: { outlet: string; text: string; label: string; diff: unknown[] }[] },
    slug: string,
    needle: string,
  ) {
    const m = cluster.members.find((x) => x.outlet === slug && x.text.includes(needle));
    expect(m, `${slug} member with ${needle}`).toBeDefined();
    return m!;
  }

  it('1. the "instant reconstitution of ISIS" quote is one cluster: verbatim in three outlets, altered in IntelliNews with its word diff', () => {
    const c = clusterOfQuote('top-real-news', 'If these 6,000 or so got out');
    expect(c.canonical).toBe(
      'If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS',
    );
    for (const slug of ['top-real-news', 'kurdistan24', 'journalposts'])
      expect(member(c, slug, 'If these 6,000').label).toBe('verbatim');
    const altered = member(c, 'intellinews', 'If those 6,000');
    expect(altered.label).toBe('altered');
    expect(altered.text).toBe(
      'If those 6,000 get out and return to the battlefield, that is effectively an immediate reconstitution of ISIS',
    );
    const parts = altered.diff as { value: string; added: boolean; removed: boolean }[];
    const words = (ps: typeof parts) => ps.flatMap((p) => p.value.trim().split(/\s+/));
    expect(words(parts.filter((p) => p.removed))).toEqual([
      'these',
      'or',
      'so',
      'got',
      'returned',
      'would',
      'basically',
      'be',
      'the',
      'instant',
    ]);
    expect(words(parts.filter((p) => p.added))).toEqual([
      'those',
      'get',
      'return',
      'is',
      'effectively',
      'an',
      'immediate',
    ]);
    // Rebuilding both wordings from the diff proves it is a real diff between them.
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(c.canonical);
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(altered.text);
    // Kurdistan24's earlier fragment of the same quote is in the cluster too, as a trimmed span.
    expect(member(c, 'kurdistan24', 'instant reconstitution of ISIS.').label).toBe('trimmed');
    expect(c.members.filter((m) => m.outlet === 'kurdistan24')).toHaveLength(2);
  });

  it("every quote member's word diff rebuilds both the canonical wording and its own exactly", () => {
    for (const c of comparison.quoteClusters) {
      for (const m of c.members) {
        expect(
          m.diff
            .filter((p) => !p.added)
            .map((p) => p.value)
            .join(''),
          m.quoteId,
        ).toBe(c.canonical);
        expect(
          m.diff
            .filter((p) => !p.removed)
            .map((p) => p.value)
            .join(''),
          m.quoteId,
        ).toBe(m.text);
      }
    }
  });

  it('2. "We saw this severe crisis situation" and "We saw a sharp crisis situation" are one cluster; three wordings, no majority, nobody blamed', () => {
    const c = clusterOfQuote('kurdistan24', 'We saw this severe crisis situation');
    expect(c.reference).toBeUndefined();
    expect(member(c, 'kurdistan24', 'We saw this severe').label).toBe('differs');
    expect(member(c, 'intellinews', 'We saw a sharp crisis situation').label).toBe('differs');
  });

  it('3. "the worst of the worst" is one cluster across all five articles', () => {
    const c = clusterOfQuote('daljoog-news', 'the worst of the worst');
    expect(new Set(c.members.map((m) => m.outlet))).toEqual(
      new Set(['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24', 'top-real-news']),
    );
    expect(member(c, 'top-real-news', 'worst of the worst').label).toBe('trimmed');
  });

  it('4. IntelliNews’s unbalanced “This is a rare story with good news out of Syria” joins Kurdistan24’s wording', () => {
    const c = clusterOfQuote('intellinews', 'This is a rare story with good news out of Syria');
    const recovered = member(c, 'intellinews', 'This is a rare story');
    expect(c.members.find((m) => m.outlet === 'intellinews')!.recovered).toBe(true);
    // Three outlets, three wordings (Daljoog News keeps only “rare good news”): no reference, so no verdict.
    expect(c.reference).toBeUndefined();
    expect(recovered.label).toBe('differs');
    expect(member(c, 'kurdistan24', 'This is a rare good news story coming out of Syria').label).toBe('differs');
  });

  it('5. the CIA-analysis sentence (Top Real News) and the Rubio quotation (JournalPosts) are unique to their outlet', () => {
    const cia = sentenceContaining('top-real-news', 'Central Intelligence Agency');
    expect(cia.unique).toBe(true);
    expect(cia.claimClusterIds).toEqual([]);
    const rubio = outlet('journalposts').sentences.filter((s) => {
      const q = outlet('journalposts').quotes.find((x) => x.speaker?.key === 'marco-rubio')!;
      return q.sentenceIds.includes(s.id);
    });
    expect(rubio.length).toBeGreaterThan(0);
    for (const s of rubio) expect(s.unique, s.id).toBe(true);
  });

  it('6. the Baghdad International Airport sentences of four outlets form one claim cluster, Daljoog’s long sentence among them', () => {
    const ids = ['kurdistan24', 'intellinews', 'daljoog-news', 'journalposts'].map(
      (slug) => sentenceContaining(slug, 'Baghdad International Airport').id,
    );
    const clusters = comparison.claimClusters.filter((c) =>
      ids.every((id) => c.members.some((m) => m.sentenceId === id)),
    );
    expect(clusters).toHaveLength(1);
    const daljoog = sentenceContaining('daljoog-news', 'Baghdad International Airport');
    expect(daljoog.text).toMatch(/helicopters.*several weeks/);
    expect(daljoog.claimClusterIds).toContain(clusters[0]!.id);
  });
});

describe('analyzeStory on the real articles: cluster invariants', () => {
  it('holds each sentence once per claim cluster, two outlets or more, with exact ranges and sorted ids', () => {
    comparison.claimClusters.forEach((c, i) => {
      expect(c.id).toBe(`c${i + 1}`);
      const sentences = c.members.map((m) => m.sentenceId);
      expect(new Set(sentences).size).toBe(sentences.length);
      expect(new Set(c.members.map((m) => m.outlet)).size).toBeGreaterThan(1);
      for (const m of c.members) {
        expect(sources.get(m.outlet)!.slice(m.start, m.end)).toBe(m.text);
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
      }
      if (i > 0) expect(c.position).toBeGreaterThanOrEqual(comparison.claimClusters[i - 1]!.position);
    });
  });

  it('lets a long sentence carry several claims', () => {
    const multi = comparison.outlets.flatMap((o) => o.sentences).filter((s) => s.claimClusterIds.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    // JournalPosts quotes the reconstitution line and, in the same sentence, "severe crisis situation".
    expect(sentenceContaining('journalposts', 'severe crisis situation').claimClusterIds.length).toBe(2);
  });

  it('puts every paragraph quote in exactly one quote cluster, in reading order', () => {
    const seen = new Map<string, number>();
    comparison.quoteClusters.forEach((c, i) => {
      expect(c.id).toBe(`q${i + 1}`);
      for (const m of c.members) {
        seen.set(m.quoteId, (seen.get(m.quoteId) ?? 0) + 1);
        expect(sources.get(m.outlet)!.slice(m.start, m.end)).toBe(m.text);
      }
      if (i > 0) expect(c.position).toBeGreaterThanOrEqual(comparison.quoteClusters[i - 1]!.position);
    });
    for (const o of comparison.outlets) for (const q of o.quotes) expect(seen.get(q.id), q.id).toBe(1);
  });

  it('fills overlap, sharedShare and uniqueSentences consistently', () => {
    for (const o of comparison.outlets) {
      for (const s of o.sentences) expect(s.inParagraph).toBe(o.blocks[s.block]!.kind === 'paragraph');
      const prose = o.sentences.filter((s) => s.inParagraph);
      expect(o.uniqueSentences).toBe(prose.filter((s) => s.unique).length);
      expect(o.sharedShare).toBeGreaterThan(0);
      // IntelliNews prints no sentence of its own (the gold standard agrees): its share may be 1.
      expect(o.sharedShare === 1).toBe(o.uniqueSentences === 0);
      const row = comparison.overlap[o.slug]!;
      expect(Object.keys(row).sort()).toEqual(comparison.outlets.map((x) => x.slug).filter((s) => s !== o.slug));
      for (const v of Object.values(row)) expect(v).toBeLessThanOrEqual(o.sharedShare);
    }
    // Kurdistan24 and IntelliNews follow the same source closely; Top Real News mostly writes its own.
    expect(comparison.overlap['kurdistan24']!['intellinews']).toBeGreaterThan(0.5);
    expect(outlet('top-real-news').sharedShare).toBeLessThan(outlet('kurdistan24').sharedShare);
  });

  it('labels every claim with words one of its members prints, never opening on a stray closing mark', () => {
    for (const c of comparison.claimClusters) {
      const words = c.label.replace(/…$/u, '');
      expect(c.members.some((m) => m.text.includes(words))).toBe(true);
      expect(c.label).not.toMatch(/^[”’]/u);
    }
  });
});

describe('analyzeStory on the real articles: alignment a fact-checker can trust (issue 12)', () => {
  /** The claim clusters that hold both sentences, with the two members there. */
  const together = (a: string, b: string) =>
    comparison.claimClusters
      .map((c) => ({
        c,
        ma: c.members.find((m) => m.sentenceId === a),
        mb: c.members.find((m) => m.sentenceId === b),
      }))
      .filter((x) => x.ma !== undefined && x.mb !== undefined);

  it('aligns the helicopter paraphrases (IntelliNews p12 / Kurdistan24 p11) as a stated claim, sharing no two words in a row', () => {
    const [hit] = together('intellinews-p12-s1', 'kurdistan24-p11-s1');
    expect(hit).toBeDefined();
    expect([hit!.ma!.confidence, hit!.mb!.confidence]).not.toContain('weak');
    expect(hit!.mb!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['resources', 'helicopters']));
  });

  it('aligns “U.S. intelligence agencies feared that if the prisons collapsed…” (Top Real News p2) with “US officials believed that a collapse of the prisons…” (IntelliNews p3)', () => {
    const [hit] = together('top-real-news-p2-s2', 'intellinews-p3-s1');
    expect(hit).toBeDefined();
    expect([hit!.ma!.confidence, hit!.mb!.confidence]).not.toContain('weak');
    expect(hit!.ma!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['prisons', 'collapsed']));
  });

  it('aligns “While male fighters were moved to Iraq…” (IntelliNews p5) with Kurdistan24’s families sentence (p16)', () => {
    const [hit] = together('intellinews-p5-s1', 'kurdistan24-p16-s1');
    expect(hit).toBeDefined();
    expect([hit!.ma!.confidence, hit!.mb!.confidence]).not.toContain('weak');
  });

  it('aligns Kurdistan24’s sourcing sentence (the exclusive interview, p2) with Top Real News’s (p3)', () => {
    const [hit] = together('kurdistan24-p2-s1', 'top-real-news-p3-s1');
    expect(hit).toBeDefined();
    expect(hit!.ma!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['exclusive', 'interview', 'Fox']));
  });

  it('no longer puts JournalPosts’s multi-agency sentence (p7) beside “ODNI dispatched the official…” (Kurdistan24 p6)', () => {
    expect(together('journalposts-p7-s1', 'kurdistan24-p6-s1')).toEqual([]);
  });

  it('gives every member a confidence that follows its score, a matched part inside its sentence and evidence inside the part', () => {
    for (const c of comparison.claimClusters) {
      for (const m of c.members) {
        const expected = m.score >= STRONG_SCORE ? 'strong' : m.score >= LIKELY_SCORE ? 'likely' : 'weak';
        expect(m.confidence).toBe(expected);
        expect(m.part.start).toBeGreaterThanOrEqual(m.start);
        expect(m.part.end).toBeLessThanOrEqual(m.end);
        expect(sources.get(m.outlet)!.slice(m.part.start, m.part.end)).toBe(m.part.text);
        for (const e of m.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(m.part.start);
          expect(e.end).toBeLessThanOrEqual(m.part.end);
          expect(sources.get(m.outlet)!.slice(e.start, e.end)).toBe(e.text);
        }
      }
      const levels = c.members.map((m) => m.confidence);
      expect(levels).toContain(c.confidence);
    }
  });

  it('lets an outlet state a claim twice, so its restatement is not its own', () => {
    const twice = comparison.claimClusters.filter((c) => {
      const outlets = c.members.map((m) => m.outlet);
      return new Set(outlets).size < outlets.length;
    });
    expect(twice.length).toBeGreaterThan(0);
    for (const c of twice)
      for (const m of c.members) expect(sentenceContaining(m.outlet, m.text.slice(0, 30)).unique).toBe(false);
  });
});

describe('describeDifferences on the real articles: no finding rests on a weak alignment (issue 12)', () => {
  it('drops “Different actors named: Iraqi government vs CENTCOM” and every finding on a possible match', () => {
    const { findings } = describeDifferences(comparison);
    const weak = new Set(
      comparison.claimClusters.flatMap((c) =>
        c.members.filter((m) => m.confidence === 'weak').map((m) => `${c.id} ${m.sentenceId}`),
      ),
    );
    for (const f of findings) {
      if (f.cluster.kind !== 'claim') continue;
      for (const span of f.sides.flatMap((s) => s.spans))
        expect(weak.has(`${f.cluster.id} ${span.sentenceId}`)).toBe(false);
    }
    expect(
      findings.some(
        (f) =>
          f.kind === 'actor' &&
          f.sides.some((s) => /Iraqi government/.test(s.label)) &&
          f.sides.some((s) => /CENTCOM/.test(s.label)),
      ),
    ).toBe(false);
  });
});
