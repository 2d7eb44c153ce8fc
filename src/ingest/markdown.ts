/**
 * The article body as an mdast tree, from either input format, and back out as Markdown.
 * Blocks are reduced to their plain text: the engine compares what the outlet printed, so links,
 * emphasis and line breaks inside a paragraph are flattened to their words.
 */
import type { Heading, Paragraph, Parents, Root } from 'mdast';
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

const stringifier = unified().use(remarkDirective).use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

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
