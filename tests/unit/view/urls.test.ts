import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  absoluteUrl,
  feedPath,
  pairPath,
  pathWithBase,
  sentencePath,
  storyListPath,
  storyPath,
} from '../../../src/view/urls.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('pathWithBase', () => {
  it('leaves root-relative paths alone at a domain root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(pathWithBase('/search/')).toBe('/search/');
    expect(pathWithBase('search-index.json')).toBe('/search-index.json');
  });

  it('prefixes the sub-path, with or without its trailing slash', () => {
    vi.stubEnv('BASE_URL', '/parallax/');
    expect(pathWithBase('/search/')).toBe('/parallax/search/');
    vi.stubEnv('BASE_URL', '/parallax');
    expect(pathWithBase('/favicon.svg')).toBe('/parallax/favicon.svg');
    expect(pathWithBase('/')).toBe('/parallax/');
  });
});

describe('story and sentence paths', () => {
  it('builds page URLs with a trailing slash and anchors for sentences', () => {
    vi.stubEnv('BASE_URL', '/parallax/');
    expect(storyPath('isis-detainee-transfer')).toBe('/parallax/isis-detainee-transfer/');
    expect(storyPath('s', 'compare', 'a', 'b')).toBe('/parallax/s/compare/a/b/');
    expect(sentencePath('s', 'kurdistan24', 'kurdistan24-p3-s1')).toBe('/parallax/s/kurdistan24/#kurdistan24-p3-s1');
  });
});

describe('pair pages', () => {
  it('has one page per pair, in slug order; the other order opens it swapped', () => {
    vi.stubEnv('BASE_URL', '/parallax/');
    expect(pairPath('s', 'intellinews', 'kurdistan24')).toBe('/parallax/s/compare/intellinews/kurdistan24/');
    expect(pairPath('s', 'kurdistan24', 'intellinews')).toBe('/parallax/s/compare/intellinews/kurdistan24/#swapped');
  });

  it('leads to a claim row in the page’s own order when asked for one', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(pairPath('s', 'kurdistan24', 'intellinews', 'c12')).toBe('/s/compare/intellinews/kurdistan24/#c12');
    expect(pairPath('s', 'daljoog-news', 'journalposts', 'c3')).toBe('/s/compare/daljoog-news/journalposts/#c3');
  });
});

describe('story list, feed and absolute addresses', () => {
  it('puts the first page of stories at the home page and the others under /page/', () => {
    vi.stubEnv('BASE_URL', '/parallax/');
    expect(storyListPath()).toBe('/parallax/');
    expect(storyListPath(1)).toBe('/parallax/');
    expect(storyListPath(3)).toBe('/parallax/page/3/');
    expect(feedPath()).toBe('/parallax/rss.xml');
  });

  it('keeps the base when a path is made absolute on the site’s origin', () => {
    vi.stubEnv('BASE_URL', '/parallax/');
    expect(absoluteUrl(storyPath('s'), 'https://example.org')).toBe('https://example.org/parallax/s/');
    expect(absoluteUrl('/parallax/', new URL('http://127.0.0.1:4321'))).toBe('http://127.0.0.1:4321/parallax/');
  });
});
