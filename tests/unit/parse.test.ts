/**
 * Markdown blocks (src/lib/parse.ts): whatever an author writes is either a block the site shows
 * and compares, or a problem the preflight refuses with its line (issue 15, item 3).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/parse.ts';

function blocks(source: string): [string, string][] {
  return parseArticle(source).blocks.map((b) => [b.kind, source.slice(b.start, b.end)]);
}

describe('parseArticle', () => {
  it('shows HTML blocks, code, link definitions and leaf directives as the paragraphs they look like', () => {
    const source = [
      'First.',
      '<!-- an unclosed comment',
      'He said “we will not pay”.',
      '<div class="x">boxed</div>',
      '    indented four spaces',
      '```\nfenced\n```',
      '[1]: https://example.org "a definition"',
      '::note[a leaf directive]{x=1}',
    ].join('\n\n');
    expect(blocks(source)).toEqual([
      ['paragraph', 'First.'],
      ['paragraph', '<!-- an unclosed comment'],
      ['paragraph', 'He said “we will not pay”.'],
      ['paragraph', '<div class="x">boxed</div>'],
      ['paragraph', 'indented four spaces'],
      ['paragraph', '```\nfenced\n```'],
      ['paragraph', '[1]: https://example.org "a definition"'],
      ['paragraph', '::note[a leaf directive]{x=1}'],
    ]);
    expect(parseArticle(source).problems).toEqual([]);
  });

  it('keeps the numbers of an ordered list, which are printed text, and drops a leading escape, which is markup', () => {
    expect(blocks('2026. The year began.\n\n- a bullet\n\n\\# 1 priority\n\n## \\#2 again')).toEqual([
      ['paragraph', '2026. The year began.'],
      ['paragraph', 'a bullet'],
      ['paragraph', '# 1 priority'],
      ['heading', '#2 again'],
    ]);
  });

  it('refuses container directives it cannot show: unknown, labelled, or never closed', () => {
    const source =
      ':::note\nA note.\n:::\n\n:::caption[Label]\nA photo.\n:::\n\n:::credit\nSource: Reuters\n\nThe rest of the article.';
    const problems = parseArticle(source).problems.map((p) => [p.offset, p.problem]);
    expect(problems).toEqual([
      [0, expect.stringMatching(/^":::note" is not a block the site knows/)],
      [21, expect.stringMatching(/^":::caption" takes no \[label\] or \{attributes\}/)],
      [
        53,
        '":::credit" is never closed with a ":::" line, so everything after it would be taken out of the comparison',
      ],
    ]);
    // The engine still shows every word; only the preflight refuses the file.
    expect(blocks(source).map(([, text]) => text)).toEqual([
      'A note.',
      'A photo.',
      'Source: Reuters\n\nThe rest of the article.',
    ]);
  });

  it('walks 3,000 nested block quotes without running out of stack', () => {
    expect(blocks(`${'> '.repeat(3000)}deep`)).toEqual([['paragraph', 'deep']]);
  });
});
