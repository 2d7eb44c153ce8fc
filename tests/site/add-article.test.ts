import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_BASE } from '../support/build.ts';
import { addArticle, ADD_ARTICLE } from '../support/build-site.ts';
import { builtSite, listPages, readPage } from '../support/site.ts';

const STORY = ADD_ARTICLE.story;
const SHIPPED = ['daljoog-news', 'intellinews', 'journalposts', 'kurdistan24', 'top-real-news'];

// Global setup ran `npm run add-article -- … --cite "Fox News Digital"` on a copy of content/ and built it.
const { contentDir, distDir, prepared } = builtSite('add-article');
const report = prepared?.stdout ?? '';

describe('npm run add-article, then a build', () => {
  it('writes the article with its furniture listed verbatim under removed', async () => {
    const source = await readFile(path.join(contentDir, STORY, 'harbor-wire.md'), 'utf8');
    expect(source).toContain('title: "US moves nearly 6,000 ISIS detainees out of Syria in weeks-long airlift"\n');
    for (const furniture of [
      '0',
      'Unlock premium news, Start your free trial today.',
      'Leave a Reply',
      'Your email address will not be published.',
      'We use cookies to personalise content. Cookie settings',
    ]) {
      expect(source).toContain(`  - "${furniture}"\n`);
    }
    const body = source.split('---\n')[2] ?? '';
    expect(body).toContain(
      '“If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS,” the official said.',
    );
    expect(body).not.toMatch(/Leave a Reply|Download it FREE|cookies|Post Comment|All rights reserved/);
  });

  it('reports what the build will add', () => {
    expect(report).toContain('The next build will compare 6 outlets and add:');
    expect(report).toContain(`outlet page /${STORY}/harbor-wire/`);
    expect(report).toContain('5 pairwise comparison pages:');
    // The new article prints "the worst of the worst" and the "6,000 or so" quote, which the others print too.
    expect(report).toMatch(/shared with other outlets: [1-9]\d* quotes, [1-9]\d* claims/);
    expect(report).toMatch(/differences with other outlets: .*\d+ \w+/);
  });

  it('refuses to overwrite the article without --force, and replaces it with --force', async () => {
    const refused = await addArticle(contentDir);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('harbor-wire.md already exists: pass --force to replace it');
    const forced = await addArticle(contentDir, '--force', '--cite', 'Fox News Digital');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Wrote');
  });

  it('builds a site that compares six outlets', async () => {
    const pages = await listPages(distDir, TEST_BASE);
    const storyBase = `${TEST_BASE}${STORY}/`;
    for (const slug of [...SHIPPED, 'harbor-wire']) expect(pages).toContain(`${storyBase}${slug}/`);
    for (const other of SHIPPED) {
      const [a, b] = [other, 'harbor-wire'].sort();
      expect(pages).toContain(`${storyBase}compare/${a}/${b}/`);
    }
    const overview = await readPage(distDir, TEST_BASE, storyBase);
    expect(overview.text).toContain('6 outlets');
    const linked = new Set(overview.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
    for (const slug of [...SHIPPED, 'harbor-wire']) expect(linked).toContain(`${storyBase}${slug}/`);
  });
});
