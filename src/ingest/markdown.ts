/**
 * The article body as an mdast tree, from either input format, and back out as Markdown.
 * Blocks are reduced to their plain text: the engine compares what the outlet printed, so links,
 * emphasis and line breaks inside a paragraph are flattened to their words.
 */
import type { Heading, Paragraph, Parents, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { furnitureRule } from './furniture.ts';

/** A block taken out of the body, verbatim, with the rule that took it. */
export interface RemovedBlock {
  text: string;
  rule: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Removes every paragraph and heading whose text is site furniture, flattens the rest to plain
 * text, and drops blocks left empty. Returns what was removed, in reading order.
 */
export function cleanBody(root: Root): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  visit(root, (node, index, parent: Parents | undefined) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    if (parent === undefined || index === undefined) return undefined;
    const text = collapse(toString(node));
    const rule = text === '' ? undefined : furnitureRule(text);
    if (text === '' || rule !== undefined) {
      if (rule !== undefined) removed.push({ text, rule: rule.id });
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    (node as Paragraph | Heading).children = [{ type: 'text', value: text }];
    return SKIP;
  });
  return removed;
}

/**
 * What makes a one-line paragraph read as something else (src/lib/parse.ts reads only blocks):
 * an ATX heading, a block quote, a bullet, a thematic break, a container directive, or a leading
 * backslash escape that the reader would take as markup.
 */
const BLOCK_START = /^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|([-*_])[ \t]*(?:\1[ \t]*){2,}$|:{3}|\\[!-/:-@[-`{-~])/;
/** A heading's closing sequence ("## Score # #" keeps "Score #" only with one more " #"). */
const CLOSING_HASHES = /(?:^|[ \t])#+$/;

/**
 * Text is written as printed: the site reads only block structure (inline Markdown is shown as
 * typed), so remark-stringify's inline escapes (\*, \[, \<, \_, ::\:) were only backslashes on the
 * page. The one escape left is a backslash before a paragraph that would otherwise start another
 * block, which src/lib/parse.ts reads as markup and does not show.
 */
const text = (node: Text): string => node.value;
// cleanBody has made every paragraph and heading one line of plain text.
const paragraph = (node: Paragraph): string => {
  const value = toString(node);
  return BLOCK_START.test(value) ? `\\${value}` : value;
};
const heading = (node: Heading): string => {
  const value = toString(node);
  const escaped = /^\\[!-/:-@[-`{-~]/.test(value) ? `\\${value}` : value;
  return `${'#'.repeat(node.depth)} ${escaped}${CLOSING_HASHES.test(value) ? ' #' : ''}`;
};

const stringifier = unified()
  .use(remarkDirective)
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-', handlers: { text, paragraph, heading } });

/** The body as Markdown, one blank line between blocks, ending with a newline. */
export function toMarkdown(root: Root): string {
  return stringifier.stringify(root);
}

/** Plain text → paragraphs: blank lines separate paragraphs; without any, every line is one. */
export function textToTree(text: string): Root {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  const chunks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n+/) : normalised.split('\n');
  return {
    type: 'root',
    children: chunks
      .map(collapse)
      .filter((c) => c !== '')
      .map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
}
