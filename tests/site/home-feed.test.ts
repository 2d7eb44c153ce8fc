/**
 * The home page, the RSS feed and the link previews of the shipped site, as built (issue 16,
 * items 1 and 2): what a reader following the site or sharing a story receives.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/site.ts';

const distDir = inject('distDir');
const base = inject('base');
const ORIGIN = 'http://127.0.0.1';
const STORY = 'isis-detainee-transfer';
const TITLE = 'The transfer of ~6,000 ISIS detainees from northern Syria to Iraq';

describe('the home page', () => {
  it('lists the story with its dates, outlets and headline differences, and links the feed', async () => {
    const home = await readPage(distDir, base, base);
    const item = home.querySelector('ul.stories > li');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe(`${base}${STORY}/`);
    const text = item?.text.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain(TITLE);
    expect(text).toContain('5 outlets');
    expect(text).toMatch(/\d+ altered quotes? · \d+ changed numbers?/);
    // One story: no second page to link to.
    expect(home.querySelector('nav.pager a[rel="next"]')).toBeNull();
    expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      `${base}rss.xml`,
    );
  });
});

describe('the RSS feed', () => {
  it('holds the story as an item whose link carries the base, with a guid that changes when an article is added', async () => {
    const xml = await readFile(path.join(distDir, 'rss.xml'), 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    const feed = parse(xml, { comment: false });
    const items = feed.querySelectorAll('item');
    expect(items).toHaveLength(1);
    expect(items[0]?.querySelector('title')?.text).toBe(TITLE);
    // An HTML parser reads <link> as an empty element, so the item's link is read from the XML text.
    expect(/<item>[\s\S]*?<link>([^<]*)<\/link>/.exec(xml)?.[1]).toBe(`${ORIGIN}${base}${STORY}/`);
    expect(items[0]?.querySelector('guid')?.text).toBe(`${ORIGIN}${base}${STORY}/#outlets-5`);
    expect(items[0]?.querySelector('description')?.text).toContain('5 outlets');
  });
});

describe('link previews', () => {
  it('give every story page its canonical address, title and description in Open Graph and Twitter meta', async () => {
    for (const page of ['', 'quotes/', 'kurdistan24/', 'compare/']) {
      const doc = await readPage(distDir, base, `${base}${STORY}/${page}`);
      const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content');
      const canonical = `${ORIGIN}${base}${STORY}/${page}`;
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(canonical);
      expect(meta('meta[property="og:url"]'), page).toBe(canonical);
      expect(meta('meta[property="og:type"]'), page).toBe('article');
      expect(meta('meta[property="og:title"]'), page).toBe(
        doc.querySelector('title')?.text.replace(/ · Parallax$/, ''),
      );
      expect(meta('meta[property="og:description"]'), page).toBe(meta('meta[name="description"]'));
      expect(meta('meta[name="twitter:card"]'), page).toBe('summary');
    }
    const overview = await readPage(distDir, base, `${base}${STORY}/`);
    expect(overview.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
  });

  it('give the not-found page no address of its own', async () => {
    const doc = parse(await readFile(path.join(distDir, '404.html'), 'utf8'));
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
