/**
 * HTML → mdast with rehype-parse and rehype-remark. Only the article is kept: the first
 * `<article>`, else `<main>`, else `<body>`. Its headline is the first `<h1>` (else `<title>`),
 * taken out of the body like every outlet's headline in content/.
 */
import type { Element, Root as HastRoot } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Handle } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import type { RemovedBlock } from './markdown.ts';

/**
 * Page regions that are furniture as a whole (navigation, footers, forms, sidebars, buttons,
 * dialogs): removed with their text listed under `removed`.
 */
export const FURNITURE_ELEMENTS =
  'nav, footer, form, aside, button, dialog, [role=navigation], [role=contentinfo], [role=complementary], [role=dialog]';

/**
 * Text a reader of the page never sees: `hidden`, `display: none` or `visibility: hidden` inline,
 * `<noscript>` (readers have scripts on) and `<template>`. It is not the article as printed, so
 * it is removed and listed like furniture. (Hiding by a style sheet cannot be seen from the HTML
 * alone: always read the written file against the page.)
 */
export const HIDDEN_ELEMENTS = 'noscript, template, [hidden]';
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A photo caption becomes a `:::caption` block, which the engine shows but does not align. */
const figcaption: Handle = (state, node) => ({
  type: 'containerDirective',
  name: 'caption',
  children: [{ type: 'paragraph', children: state.all(node) as never }],
});

const toTree = unified().use(rehypeRemark, { handlers: { figcaption, img: () => undefined } });

export interface ParsedHtml {
  title: string | null;
  tree: Root;
  removed: RemovedBlock[];
}

export function parseHtml(html: string): ParsedHtml {
  const page = unified().use(rehypeParse).parse(html);
  const article = select('article', page) ?? select('main', page) ?? select('body', page);
  const scope: HastRoot = { type: 'root', children: article ? [article] : page.children };
  const removed: RemovedBlock[] = [];
  const hidden = [
    ...selectAll(HIDDEN_ELEMENTS, scope),
    ...selectAll('[style]', scope).filter((e) => HIDDEN_STYLE.test(String(e.properties['style']))),
  ];
  for (const [element, rule] of [
    ...hidden.map((e) => [e, 'hidden'] as const),
    ...selectAll(FURNITURE_ELEMENTS, scope).map((e) => [e, `<${e.tagName}>`] as const),
  ]) {
    // A region inside one already removed (a form's button) went with it.
    if (!detach(scope, element)) continue;
    const text = collapse(toText(element));
    if (text !== '') removed.push({ text, rule });
  }
  const h1 = select('h1', scope);
  const titleElement = select('title', page);
  const title = h1 ? collapse(toText(h1)) : titleElement ? collapse(toText(titleElement)) : '';
  if (h1) detach(scope, h1);
  const tree = toTree.runSync(scope) as Root;
  return { title: title === '' ? null : title, tree, removed };
}

/** Removes `target` from wherever it sits under `root` (a no-op if an ancestor went first). */
function detach(root: HastRoot | Element, target: Element): boolean {
  const i = root.children.indexOf(target);
  if (i !== -1) {
    root.children.splice(i, 1);
    return true;
  }
  return root.children.some((child) => child.type === 'element' && detach(child, target));
}
