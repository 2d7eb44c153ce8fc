/**
 * The reader-facing pages of the built site (one real build at the sub-path /parallax/), checked
 * with a real HTML parser against the Markdown articles in content/: every page type exists for
 * every story, outlet and pair; links land on real sentences; text and diffs are faithful.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CLAIMS_PER_BLOCK } from '../../src/view/chunks.ts';
import { SHIPPED_STORY, shippedStory } from '../support/shipped-story.ts';
import { fileFor, findBrokenLinks, listPages, readPage } from '../support/site.ts';

interface Article {
  slug: string;
  source: string;
  body: string;
  data: { outlet: string; title: string | null; removed?: string[] };
}

const distDir = inject('distDir');
const base = inject('base');
let stories: { slug: string; articles: Article[] }[];
let pages: string[];

async function readStories(): Promise<{ slug: string; articles: Article[] }[]> {
  const slugs = (await readdir('content', { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return Promise.all(
    slugs.map(async (slug) => {
      const files = (await readdir(path.join('content', slug)))
        .filter((f) => f.endsWith('.md') && f !== 'story.md')
        .sort();
      const articles = await Promise.all(
        files.map(async (file) => {
          const source = await readFile(path.join('content', slug, file), 'utf8');
          const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
          return { slug: file.replace(/\.md$/, ''), source, body, data: parseYaml(front) as Article['data'] };
        }),
      );
      return { slug, articles };
    }),
  );
}

const url = (...segments: string[]): string => `${base}${segments.map((s) => `${s}/`).join('')}`;
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Text of an element with the marks that are not the article's words (indicators, hidden labels) left out. */
function wordsOf(el: HTMLElement, drop = 'sup, .vh'): string {
  const copy = el.clone() as HTMLElement;
  for (const extra of copy.querySelectorAll(drop)) extra.remove();
  return copy.textContent;
}
/** The element a same-site link points at, with the page it is on. */
async function follow(from: string, href: string): Promise<{ page: string; target: HTMLElement | null }> {
  const target = new URL(href, `http://127.0.0.1${from}`);
  const doc = await readPage(distDir, base, target.pathname);
  return { page: target.pathname, target: doc.getElementById(decodeURIComponent(target.hash.slice(1))) };
}

beforeAll(async () => {
  stories = await readStories();
  pages = await listPages(distDir, base);
});

describe('page inventory', () => {
  it('has the home page, and per story an overview, side by side, quotes, every outlet and one page per pair', () => {
    expect(stories.length).toBeGreaterThan(0);
    expect(pages).toContain(base);
    for (const { slug, articles } of stories) {
      expect(articles.length).toBeGreaterThanOrEqual(2);
      for (const page of [url(slug), url(slug, 'compare'), url(slug, 'quotes')]) expect(pages).toContain(page);
      for (const a of articles) {
        expect(pages).toContain(url(slug, a.slug));
        for (const b of articles) {
          if (a.slug < b.slug) expect(pages).toContain(url(slug, 'compare', a.slug, b.slug));
          // The other order is the same page, swapped: not a page of its own.
          if (a.slug > b.slug) expect(pages).not.toContain(url(slug, 'compare', a.slug, b.slug));
        }
      }
      const pairPages = pages.filter((p) => p.startsWith(url(slug, 'compare')) && p !== url(slug, 'compare'));
      expect(pairPages).toHaveLength((articles.length * (articles.length - 1)) / 2);
    }
  });

  it('lists every story on the home page and every outlet on its overview', async () => {
    const home = await readPage(distDir, base, base);
    const homeLinks = home.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const { slug, articles } of stories) {
      expect(homeLinks).toContain(url(slug));
      const overview = await readPage(distDir, base, url(slug));
      const rows = overview.querySelectorAll('table.outlets tbody tr');
      expect(rows.map((r) => r.querySelector('th a')?.getAttribute('href'))).toEqual(
        articles.map((a) => url(slug, a.slug)),
      );
    }
  });
});

describe('every page', () => {
  it("has a language, a title, a meta description, one h1 and one search form (the header's, but on /search/)", async () => {
    for (const page of pages) {
      const doc = await readPage(distDir, base, page);
      expect(doc.querySelector('html')?.getAttribute('lang'), page).toMatch(/^[a-z]{2}/);
      expect(doc.querySelector('title')?.textContent.trim(), page).not.toBe('');
      expect(
        doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length ?? 0,
        page,
      ).toBeGreaterThan(20);
      expect(doc.querySelectorAll('h1'), page).toHaveLength(1);
      expect(doc.querySelectorAll('form[role="search"]'), page).toHaveLength(1);
      const form = doc.querySelector(
        page === `${base}search/` ? 'main form[role="search"]' : 'header form[role="search"]',
      );
      expect(form?.getAttribute('action'), page).toBe(`${base}search/`);
      expect(form?.getAttribute('method'), page).toBe('get');
      const input = form?.querySelector('input[name="q"][type="search"]');
      expect(form?.querySelector(`label[for="${input?.id ?? 'missing'}"]`)?.textContent.trim(), page).toBeTruthy();
      expect(doc.querySelector('header a.brand')?.getAttribute('href'), page).toBe(base);
    }
  });

  it('has no broken internal link or #fragment, and every internal URL carries the base', async () => {
    expect(await findBrokenLinks(distDir, base)).toEqual([]);
  });

  it('carries no style attributes and at most 2 KB (gzip) of script', async () => {
    for (const page of pages) {
      const doc = await readPage(distDir, base, page);
      expect(
        doc.querySelectorAll('[style]').map((el) => el.tagName),
        page,
      ).toEqual([]);
      if (page.endsWith('/search/')) continue; // the search page is the one page that runs a real script
      let bytes = 0;
      for (const script of doc.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        const code = src === undefined ? script.textContent : await readFile(fileFor(distDir, base, src) ?? '', 'utf8');
        bytes += gzipSync(code).length;
      }
      expect(bytes, page).toBeLessThanOrEqual(2048);
    }
  });
});

describe('story overview', () => {
  it('shows every outlet’s headline (or says none was printed) and its removed furniture verbatim', async () => {
    for (const { slug, articles } of stories) {
      const rows = (await readPage(distDir, base, url(slug))).querySelectorAll('table.outlets tbody tr');
      articles.forEach((article, i) => {
        const row = rows[i];
        expect(row?.querySelector('.headline')?.textContent).toBe(article.data.title ?? 'no headline printed');
        const removed = row?.querySelectorAll('.removed li').map((li) => li.textContent) ?? [];
        expect(removed).toEqual((article.data.removed ?? []).map((r) => `“${r}”`));
      });
    }
  });

  it('has a coverage matrix whose every filled cell links to that outlet’s sentence, silent cells for the rest, and counts of the outlets that print each claim', async () => {
    for (const { slug, articles } of stories) {
      const page = url(slug);
      const matrix = (await readPage(distDir, base, page)).querySelector('table.matrix');
      const columns =
        matrix?.querySelectorAll('thead th.outlet').map((th) => th.querySelector('abbr')?.getAttribute('title')) ?? [];
      expect(columns).toEqual(articles.map((a) => a.data.outlet));
      const rows = matrix?.querySelectorAll('tbody tr') ?? [];
      expect(rows.length).toBeGreaterThan(0);
      let silent = 0;
      let weakCells = 0;
      for (const row of rows) {
        const cells = row.querySelectorAll('td.has, td.none');
        expect(cells).toHaveLength(articles.length);
        silent += row.querySelectorAll('td.none').length;
        const filled = cells.flatMap((cell, i) => (cell.classList.contains('has') ? [i] : []));
        expect(filled.length).toBeGreaterThanOrEqual(2);
        // The count is of the outlets that print the claim; possible matches (○) come after a "+", apart.
        const stated = row.querySelectorAll('td.has.strong, td.has.likely').length;
        const possible = row.querySelectorAll('td.has.weak').length;
        weakCells += possible;
        expect(wordsOf(row.querySelector('td.num')!).replace(/\s+/g, '')).toBe(
          `${stated || ''}${possible > 0 ? `${stated > 0 ? '+' : ''}${possible}○` : ''}`,
        );
        for (const i of filled) {
          const href = cells[i]?.querySelector('a')?.getAttribute('href') ?? '';
          const { page: landed, target } = await follow(page, href);
          expect(landed).toBe(url(slug, articles[i]?.slug ?? ''));
          expect(target?.classList.contains('s'), href).toBe(true);
          expect(articles[i]?.source).toContain(target?.textContent ?? '\u0000');
        }
      }
      expect(silent).toBeGreaterThan(0);
      expect(weakCells).toBeGreaterThan(0);
    }
  });

  it('draws the overlap heat map as SVG with a number in every off-diagonal cell, and gives the numbers as a table', async () => {
    for (const { slug, articles } of stories) {
      const doc = await readPage(distDir, base, url(slug));
      const svg = doc.querySelector('figure.heatmap svg');
      expect(svg?.querySelectorAll('rect')).toHaveLength(articles.length ** 2);
      const numbers =
        svg
          ?.querySelectorAll('text.v')
          .map((t) => t.textContent)
          .filter((t) => /^\d+%$/.test(t)) ?? [];
      expect(numbers).toHaveLength(articles.length * (articles.length - 1));
      const table = doc.querySelector('figure.heatmap + .vh table');
      expect(table?.querySelectorAll('tbody tr')).toHaveLength(articles.length);
      expect(table?.querySelectorAll('th[scope="col"]')).toHaveLength(articles.length + 1);
    }
  });
});

describe('outlet pages', () => {
  it('print the headline, or say plainly that none was printed', async () => {
    for (const { slug, articles } of stories) {
      for (const article of articles) {
        const h1 = (await readPage(distDir, base, url(slug, article.slug))).querySelector('h1');
        expect(h1?.textContent).toBe(article.data.title ?? 'No headline printed');
      }
    }
  });

  it('render every paragraph with its exact words and spaces, every sentence an anchored span', async () => {
    for (const { slug, articles } of stories) {
      for (const article of articles) {
        const doc = await readPage(distDir, base, url(slug, article.slug));
        const body = doc.querySelector('.article-body');
        const paragraphs = body?.querySelectorAll(':scope > p:not(.credit)') ?? [];
        expect(paragraphs.length).toBeGreaterThan(2);
        const flatSource = squash(article.body);
        for (const p of paragraphs) {
          // Sentences glued together ("escape.Baghdad") or split words would not be found.
          expect(flatSource, `${article.slug}: ${wordsOf(p)}`).toContain(squash(wordsOf(p)));
        }
        const spans = body?.querySelectorAll('span.s') ?? [];
        expect(spans.length).toBeGreaterThan(paragraphs.length);
        for (const span of spans) {
          expect(span.id).toMatch(new RegExp(`^${article.slug}-`));
          expect(article.source).toContain(span.textContent);
        }
      }
    }
  });

  it('link to what only that outlet says, with the count of its own sentences in words', async () => {
    for (const { slug, articles } of stories) {
      for (const article of articles) {
        const link = (await readPage(distDir, base, url(slug, article.slug))).querySelector('.only-link');
        expect(link?.textContent.replace(/\s+/g, ' ').trim(), article.slug).toMatch(
          /^What only .+ says: its \d+ sentences? of its own, strongest first, and the words no other outlet uses\.$/,
        );
      }
    }
  });

  it('say what “own” rests on: no match found, and that a paraphrase in other words can be missed', async () => {
    for (const { slug, articles } of stories) {
      const only = await readPage(distDir, base, url(slug, 'only'));
      expect(squash(only.querySelector('main')!.textContent)).toContain('can be missed');
      for (const s of only.querySelectorAll('.outlet-only > p.small'))
        expect(squash(s.textContent)).toMatch(
          /^\d+ sentences? of \d+ with no match in another outlet · read the article$/,
        );
      let tags = 0;
      for (const article of articles) {
        const page = await readPage(distDir, base, url(slug, article.slug));
        for (const tag of page.querySelectorAll('sup.own-tag[title]')) {
          expect(squash(tag.textContent)).toBe('(own sentence: no match found in another outlet)');
          tags++;
        }
      }
      expect(tags).toBeGreaterThan(0);
    }
  });

  it('mark captions and credits as such', async () => {
    const withCaption = stories.flatMap((s) =>
      s.articles.filter((a) => a.body.includes(':::caption')).map((a) => ({ story: s.slug, article: a })),
    );
    expect(withCaption.length).toBeGreaterThan(0);
    for (const { story, article } of withCaption) {
      const doc = await readPage(distDir, base, url(story, article.slug));
      const caption = doc.querySelector('.article-body figure figcaption');
      expect(caption?.querySelector('.label')?.textContent).toBe('Photo caption');
      // The caption with its photo credit, however the analysis splits the two.
      const captionText = /:::caption\n([\s\S]*?)\n:::/.exec(article.body)?.[1] ?? '';
      expect(squash(wordsOf(caption as HTMLElement, 'sup, .vh, .label'))).toBe(squash(captionText));
    }
  });

  it('link each shared sentence to the other outlets’ sentences, and tag the others as own', async () => {
    for (const { slug, articles } of stories) {
      let shared = 0;
      let own = 0;
      for (const article of articles) {
        const page = url(slug, article.slug);
        const doc = await readPage(distDir, base, page);
        for (const span of doc.querySelectorAll('.article-body span.s')) {
          const marks = span.nextElementSibling;
          if (span.classList.contains('own')) {
            own += 1;
            expect(marks?.classList.contains('own-tag'), span.id).toBe(true);
          }
          if (marks?.classList.contains('also') === true) {
            shared += 1;
            for (const link of marks.querySelectorAll('a')) {
              const { page: landed, target } = await follow(page, link.getAttribute('href') ?? '');
              expect(landed).not.toBe(page);
              expect(target?.classList.contains('s')).toBe(true);
            }
          }
        }
      }
      expect(shared).toBeGreaterThan(0);
      expect(own).toBeGreaterThan(0);
    }
  });
});

describe('comparisons', () => {
  it('side by side: one column per outlet, and every paragraph sentence of every outlet somewhere in it', async () => {
    for (const { slug, articles } of stories) {
      const doc = await readPage(distDir, base, url(slug, 'compare'));
      const tables = doc.querySelectorAll('table.compare');
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.querySelectorAll('thead th').length).toBe(articles.length + 1);
        for (const row of table.querySelectorAll('tbody tr'))
          expect(row.querySelectorAll('td')).toHaveLength(articles.length);
      }
      const linked = new Set(tables.flatMap((t) => t.querySelectorAll('td a.text').map((a) => a.getAttribute('href'))));
      for (const article of articles) {
        const outletDoc = await readPage(distDir, base, url(slug, article.slug));
        for (const span of outletDoc.querySelectorAll('.article-body > p:not(.credit) span.s')) {
          expect(linked.has(`${url(slug, article.slug)}#${span.id}`), span.id).toBe(true);
        }
      }
    }
  });

  it('side by side: each match says its words are shared with the other outlets in its row, and quotes its matched part', async () => {
    const doc = await readPage(distDir, base, url(path.basename(SHIPPED_STORY), 'compare'));
    const matches = doc.querySelectorAll('table.compare details.match');
    expect(matches.length).toBeGreaterThan(50);
    for (const match of matches) {
      const items = match.querySelectorAll('li').map((li) => squash(li.textContent));
      expect(items.at(-1)).toMatch(/^matched part: “.+”$/);
      for (const item of items.slice(0, -1))
        expect(item).toMatch(/^shared with the other outlets in this row — (words|names|numbers): /);
    }
  });

  it('side by side: the rows cut into tables in reading order, every claim once, each table after the first laid out only near the screen', async () => {
    const doc = await readPage(distDir, base, url(path.basename(SHIPPED_STORY), 'compare'));
    const tables = doc.querySelectorAll('table.compare');
    expect(tables.length).toBeGreaterThan(2);
    const claims = tables.flatMap((t) => t.querySelectorAll('tbody th .rowid').map((a) => a.textContent.trim()));
    const { comparison } = await shippedStory();
    expect(claims).toEqual(comparison.claimClusters.map((c) => c.id));
    tables.forEach((table, i) => {
      const box = table.parentNode as HTMLElement;
      expect(box.classList.contains('scroll-box')).toBe(true);
      expect(box.classList.contains('deferred')).toBe(i > 0);
      // Each table is named by its own caption, which says which rows it holds.
      const caption = table.querySelector('caption');
      expect(box.getAttribute('aria-labelledby')).toBe(caption?.id);
      const ids = table.querySelectorAll('tbody th .rowid').map((a) => a.textContent.trim());
      expect(caption?.textContent).toContain(`table ${i + 1} of ${tables.length}: rows ${ids[0]} to ${ids.at(-1)}`);
    });
    // The page lists its tables, each link landing on a caption.
    const links = doc.querySelectorAll('nav.tables a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(tables.map((t) => `#${t.querySelector('caption')?.id ?? ''}`));
  });

  it('pairwise: the claims both print in lists of at most CLAIMS_PER_BLOCK, in reading order, each after the first laid out only near the screen', async () => {
    const { comparison } = await shippedStory();
    const order = comparison.claimClusters.map((c) => c.id);
    let lists = 0;
    for (const [a, b] of [
      ['intellinews', 'kurdistan24'],
      ['daljoog-news', 'journalposts'],
    ] as const) {
      const doc = await readPage(distDir, base, url(path.basename(SHIPPED_STORY), 'compare', a, b));
      const ols = doc.querySelectorAll('ol.aligned');
      const ids = ols.flatMap((ol) => ol.querySelectorAll(':scope > li').map((li) => li.id));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual(order.filter((id) => ids.includes(id)));
      ols.forEach((ol, i) => {
        expect(ol.classList.contains('deferred')).toBe(i > 0);
        expect(ol.querySelectorAll(':scope > li').length).toBeLessThanOrEqual(CLAIMS_PER_BLOCK);
      });
      expect(ols).toHaveLength(Math.ceil(ids.length / CLAIMS_PER_BLOCK));
      lists += ols.length;
    }
    expect(lists).toBeGreaterThan(2);
  });

  it('pairwise: each side of an aligned row is exactly its sentence, removals in <del> and additions in <ins>', async () => {
    let dels = 0;
    let inss = 0;
    for (const { slug, articles } of stories) {
      for (const a of articles) {
        for (const b of articles) {
          if (a.slug >= b.slug) continue;
          const page = url(slug, 'compare', a.slug, b.slug);
          const doc = await readPage(distDir, base, page);
          for (const row of doc.querySelectorAll('ol.aligned > li')) {
            for (const side of ['a', 'b'] as const) {
              const words = row.querySelector(`[data-side="${side}"]`);
              expect(words?.querySelectorAll(side === 'a' ? 'ins' : 'del')).toHaveLength(0);
              const href = row.querySelector(`.side-${side} .who a`)?.getAttribute('href') ?? '';
              const { target } = await follow(page, href);
              expect(words?.textContent, href).toBe(target?.textContent);
            }
            dels += row.querySelectorAll('del').length;
            inss += row.querySelectorAll('ins').length;
          }
          const onlyA = doc.querySelectorAll('#only-a + ul li a').length;
          const onlyB = doc.querySelectorAll('#only-b + ul li a').length;
          expect(onlyA + onlyB + doc.querySelectorAll('ol.aligned > li').length).toBeGreaterThan(0);
        }
      }
    }
    expect(dels).toBeGreaterThan(0);
    expect(inss).toBeGreaterThan(0);
  });

  it('pairwise: “why these line up” marks the words both sentences print, and gives the pair’s own score beside the claim’s', async () => {
    const page = url(path.basename(SHIPPED_STORY), 'compare', 'intellinews', 'top-real-news');
    const doc = await readPage(distDir, base, page);
    // IntelliNews p3 and Top Real News p2 are one claim through the other outlets' wordings of it.
    const why = doc
      .querySelectorAll('ol.aligned > li details.why')
      .find((d) => d.textContent.includes('officials believed that a collapse'))!;
    expect(squash(why.querySelector('summary')!.textContent)).toMatch(
      /^◐ likely match · scores \d\.\d\d \/ \d\.\d\d in the claim, 0\.23 with each other: why these line up$/,
    );
    const marks = (side: number): string[] =>
      why
        .querySelectorAll('p[lang]')
        [side]!.querySelectorAll('mark.ev')
        .map((m) => wordsOf(m, '.vh'));
    // "believed", "amid" and "chaos" tie IntelliNews to JournalPosts, not to Top Real News: not marked.
    expect(marks(0)).toEqual(['US', 'collapse', 'prisons']);
    expect(marks(1)).toEqual(['U.S.', 'prisons', 'collapsed']);
  });

  it('quotes: every wording carries the heading’s words (without <ins>) and its own (without <del>), linked in context', async () => {
    for (const { slug } of stories) {
      const page = url(slug, 'quotes');
      const doc = await readPage(distDir, base, page);
      const clusters = doc.querySelectorAll('section.cluster');
      expect(clusters.length).toBeGreaterThan(0);
      const labels = new Set<string>();
      for (const cluster of clusters) {
        expect(cluster.id).toMatch(/^q\d+$/);
        const canonical = cluster.querySelector('h2 q')?.textContent ?? '';
        for (const row of cluster.querySelectorAll('tbody tr')) {
          const wording = row.querySelector('td.wording') as HTMLElement;
          const before = wordsOf(wording, 'span.small, ins');
          const after = wordsOf(wording, 'span.small, del');
          expect(before).toBe(`“${canonical}”`);
          const quote = after.slice(1, -1);
          const href = row.querySelector('th a')?.getAttribute('href') ?? '';
          const { page: outletPage, target } = await follow(page, href);
          // The link lands on the sentence the quote starts in; a quote may run on into the next ones.
          expect(target?.classList.contains('s'), href).toBe(true);
          expect(target?.textContent, href).toContain(quote.slice(0, 12));
          const body = (await readPage(distDir, base, outletPage)).querySelector('.article-body') as HTMLElement;
          expect(squash(wordsOf(body)), href).toContain(squash(quote));
          labels.add(row.querySelector('.label')?.textContent ?? '');
        }
      }
      expect([...labels].every((l) => ['verbatim', 'trimmed', 'altered', 'wordings differ'].includes(l))).toBe(true);
      // Clusters printed in different wordings with no majority say so, and call nothing altered.
      expect(labels.has('wordings differ')).toBe(true);
      expect(labels.has('verbatim')).toBe(true);
    }
  });
});
