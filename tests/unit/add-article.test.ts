import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES, furnitureRule, PROMPT_MAX_CHARS } from '../../src/ingest/furniture.ts';
import { detectFormat, prepareArticle } from '../../src/ingest/add-article.ts';
import { ContentError } from '../../src/data/content-error.ts';
import { parseArticle } from '../../src/lib/parse.ts';

const ruleOf = (text: string) => furnitureRule(text)?.id;

describe('furniture rules', () => {
  it.each([
    // Every block the five shipped articles list under `removed` is recognised by a rule.
    ['Leave a Reply', 'comment-form'],
    ['Leave A Reply', 'comment-form'],
    ['Post a Comment', 'comment-form'],
    ['3 Comments', 'comment-form'],
    ['Your email address will not be published.', 'email-notice'],
    ['Your email address will not be published. Required fields are marked *', 'email-notice'],
    ['0', 'share-counter'],
    ['1.2K shares', 'share-counter'],
    ['Share on Facebook', 'share-counter'],
    ['Unlock premium news, Start your free trial today.', 'subscription-prompt'],
    [
      'The Trending Politics News app is your home for breaking updates. Download it FREE today!',
      'subscription-prompt',
    ],
    ['Sign up for our newsletter', 'subscription-prompt'],
    [
      "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
      'cookie-banner',
    ],
    ['Accept all cookies', 'cookie-banner'],
  ])('%j is furniture (%s)', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it.each([
    // Article sentences that mention the same words are kept.
    'The official said the comments were taken out of context.',
    'If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS.',
    '6,000 detainees were moved.',
    'Lawmakers urged the State Department to share intelligence with Baghdad.',
    'Fears intensified in early January as fighting erupted in Aleppo and spread eastward.',
    'In 2014 ISIS fighters surged across the border.',
  ])('%j is article text', (text) => {
    expect(ruleOf(text)).toBeUndefined();
  });

  it('never removes a long paragraph, even one that reads like a prompt', () => {
    const long = `Subscribe now to read on. ${'The detainees were moved to Iraq. '.repeat(10)}`;
    expect(long.length).toBeGreaterThan(PROMPT_MAX_CHARS);
    expect(ruleOf(long)).toBeUndefined();
  });

  it('normalises whitespace and ignores case', () => {
    expect(ruleOf('  LEAVE\n a   reply ')).toBe('comment-form');
  });

  it('has a description for every rule', () => {
    for (const rule of FURNITURE_RULES) expect(rule.description.length).toBeGreaterThan(20);
  });
});

const request = { story: 'isis-detainee-transfer', outlet: 'Harbor Wire', url: 'https://example.com/a' } as const;

describe('prepareArticle', () => {
  it("takes a text file's first line as its headline and its blank-line paragraphs as the body", () => {
    const input = 'US moves detainees\n\nFirst paragraph\ncontinues here.\n\nLeave a Reply\n\n0\n\nSecond paragraph.\n';
    const article = prepareArticle({ ...request, input, format: 'text' });
    expect(article.slug).toBe('harbor-wire');
    expect(article.title).toBe('US moves detainees');
    expect(article.removed).toEqual([
      { text: 'Leave a Reply', rule: 'comment-form' },
      { text: '0', rule: 'share-counter' },
    ]);
    expect(article.source).toBe(
      [
        '---',
        'outlet: "Harbor Wire"',
        'url: "https://example.com/a"',
        'title: "US moves detainees"',
        'cites: []',
        'removed:',
        '  - "Leave a Reply"',
        '  - "0"',
        '---',
        '',
        'First paragraph continues here.',
        '',
        'Second paragraph.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the first line in the body when the headline is given, and writes null for no headline', () => {
    const article = prepareArticle({ ...request, title: null, input: 'Only paragraph.', format: 'text' });
    expect(article.title).toBeNull();
    expect(article.source).toContain('title: null\n');
    expect(article.source.endsWith('\nOnly paragraph.\n')).toBe(true);
  });

  it('converts HTML: the <h1> is the headline, captions become :::caption, links and emphasis become text', () => {
    const html = `<title>Page</title><nav>Home World</nav><article><h1>Headline</h1>
      <p>A <a href="/x">linked</a> and <em>stressed</em> word.</p>
      <figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>
      <form><button>Post Comment</button></form></article><footer>© Outlet</footer>`;
    const article = prepareArticle({ ...request, input: html, format: 'html' });
    expect(article.title).toBe('Headline');
    // Only the article element is read: the nav and footer outside it are not part of the page's story.
    expect(article.removed).toEqual([{ text: 'Post Comment', rule: '<form>' }]);
    expect(article.source.split('---\n')[2]).toBe('\nA linked and stressed word.\n\n:::caption\nA caption\n:::\n');
  });

  it('falls back to <title> when the page has no <h1>', () => {
    expect(
      prepareArticle({ ...request, input: '<title> The headline </title><p>Text.</p>', format: 'html' }).title,
    ).toBe('The headline');
  });

  it('writes text verbatim: no inline escapes, and a block-start escape the engine reads as markup', () => {
    const input = [
      'T',
      '# not a heading *really* [x] <b> a_b \\* ::: c',
      '- a dash, not a bullet',
      '2026. The year began',
      ':::note',
      '<!-- not a comment',
    ].join('\n\n');
    const article = prepareArticle({ ...request, input, format: 'text' });
    expect(article.source.split('---\n')[2]).toBe(
      '\n\\# not a heading *really* [x] <b> a_b \\* ::: c\n\n\\- a dash, not a bullet\n\n2026. The year began\n\n\\:::note\n\n<!-- not a comment\n',
    );
    const { blocks, problems } = parseArticle(article.source);
    expect(problems).toEqual([]);
    // What the site shows and compares is exactly the text that went in.
    expect(blocks.map((b) => article.source.slice(b.start, b.end))).toEqual(input.split('\n\n').slice(1));
  });

  it('reads HTML as printed: headings and lists keep their characters, hidden text is not imported', () => {
    const html = `<h1>T</h1><h2>Score #</h2><p>a \\* b [c] &lt;d&gt;</p><ol><li>First</li></ol>
      <p hidden>hidden attribute</p><p style="color: red; display:none">display none</p>
      <div style="visibility: hidden">invisible</div><noscript>Please enable JavaScript</noscript><p>Seen.</p>`;
    const article = prepareArticle({ ...request, input: html, format: 'html' });
    const { blocks } = parseArticle(article.source);
    expect(blocks.map((b) => article.source.slice(b.start, b.end))).toEqual([
      'Score #',
      'a \\* b [c] <d>',
      '1. First',
      'Seen.',
    ]);
    expect(article.removed.map((r) => [r.text, r.rule])).toEqual([
      ['hidden attribute', 'hidden'],
      ['Please enable JavaScript', 'hidden'],
      ['display none', 'hidden'],
      ['invisible', 'hidden'],
    ]);
  });

  it('rejects frontmatter the content schema rejects, naming the file and field', () => {
    expect(() => prepareArticle({ ...request, url: 'ftp://example.com', input: 'T\n\nBody.', format: 'text' })).toThrow(
      ContentError,
    );
    expect(() => prepareArticle({ ...request, url: 'ftp://example.com', input: 'T\n\nBody.', format: 'text' })).toThrow(
      /^isis-detainee-transfer\/harbor-wire\.md:3 url: must be an http\(s\) URL$/,
    );
  });

  it('detects HTML by extension, or by a leading tag on standard input', () => {
    expect(detectFormat('page.html', 'x')).toBe('html');
    expect(detectFormat('page.HTM', 'x')).toBe('html');
    expect(detectFormat('page.txt', '<p>')).toBe('text');
    expect(detectFormat('-', '  <!doctype html>')).toBe('html');
    expect(detectFormat('-', 'Headline')).toBe('text');
  });
});
