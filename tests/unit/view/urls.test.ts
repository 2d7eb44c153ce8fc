import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathWithBase, sentencePath, storyPath } from '../../../src/view/urls.ts';

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
