/**
 * Markdown → blocks with exact character ranges. The whole file, frontmatter included, is parsed
 * so that every mdast offset is already an offset into `ArticleInput.source`: no shifting, no
 * chance of a range that is off by the frontmatter's length.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import type { Processor } from 'unified';
import type { BlockKind } from './types.ts';

/** A block before its sentences are known. */
export interface ParsedBlock {
  kind: BlockKind;
  depth?: number;
  /** Range of the block's text (for headings and directives: without the `##` or `:::` markup). */
  start: number;
  end: number;
}

/** Something an author wrote that the site could neither show nor compare; the preflight refuses the file. */
export interface MarkupProblem {
  /** Offset in the source of the markup at fault. */
  offset: number;
  problem: string;
}

/**
 * Only blocks and their ranges are read here; sentences are cut from the source text itself. So
 * the inline constructs that never change where a block starts or ends (emphasis, links, images,
 * code spans, inline HTML, autolinks, escaped line breaks) are switched off: parsing them was most
 * of remark's time.
 *
 * Block constructs that would hide an author's words are switched off too, so their lines read as
 * the paragraphs they look like: HTML blocks (an unclosed `<!--` hid everything after it), indented
 * and fenced code, and link definitions (`[x]: …`). News articles carry none of them on purpose.
 */
function remarkBlocksOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({
    disable: {
      null: [
        'attention',
        'autolink',
        'codeText',
        'hardBreakEscape',
        'htmlText',
        'labelStartImage',
        'labelStartLink',
        'labelEnd',
        'htmlFlow',
        'codeIndented',
        'codeFenced',
        'definition',
      ],
    },
  });
}

// remark is unified with remark-parse (and remark-stringify, unused here): only `parse` is called.
const processor = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective).use(remarkBlocksOnly);

/** Container directives that mark page furniture kept for display but left out of alignment. */
const DIRECTIVE_KINDS: Readonly<Record<string, BlockKind>> = { caption: 'caption', credit: 'credit' };

/** A container directive's closing fence: a line of three or more colons. */
const CLOSING_FENCE = /(?:^|\n)[ \t]*:{3,}[ \t]*$/;

/**
 * A backslash before ASCII punctuation at the start of a block is Markdown's way of saying "this
 * line is text, not markup" (`\# 1 priority`, `\- minus`): markup itself, so not part of the text.
 */
const LEADING_ESCAPE = /^\\[!-/:-@[-`{-~]/;

function range(nodes: readonly Nodes[]): { start: number; end: number } | undefined {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined || end <= start ? undefined : { start, end };
}

/** The whole source range of a node, markup included. */
function whole(node: Nodes): { start: number; end: number } | undefined {
  return range([node]);
}

/** The blocks and problems of one parse. */
export interface ParsedArticle {
  blocks: ParsedBlock[];
  problems: MarkupProblem[];
}

/**
 * The article's blocks in reading order, and the markup the site cannot show. Nodes are visited
 * with an explicit stack: a line of 3,000 `>` nests 3,000 block quotes, too deep to recurse.
 */
export function parseArticle(source: string): ParsedArticle {
  const tree = processor.parse(source) as Root;
  const blocks: ParsedBlock[] = [];
  const problems: MarkupProblem[] = [];
  /** Nodes still to visit, last first; a list item's first paragraph knows where its number starts. */
  const todo: { node: RootContent; itemStart?: number | undefined }[] = [];
  const pushChildren = (nodes: readonly RootContent[]): void => {
    for (let i = nodes.length - 1; i >= 0; i--) todo.push({ node: nodes[i]! });
  };
  pushChildren(tree.children);
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const { node } = next;
    switch (node.type) {
      case 'paragraph': {
        const r = range([node]);
        if (r === undefined) break;
        // An ordered list's numbers are printed text ("2026. The year began…"), unlike a bullet.
        if (next.itemStart !== undefined) r.start = next.itemStart;
        else if (LEADING_ESCAPE.test(source.slice(r.start, r.start + 2))) r.start += 1;
        blocks.push({ kind: 'paragraph', ...r });
        break;
      }
      case 'heading': {
        const r = range(node.children);
        if (r === undefined) break;
        if (LEADING_ESCAPE.test(source.slice(r.start, r.start + 2))) r.start += 1;
        if (r.end > r.start) blocks.push({ kind: 'heading', depth: node.depth, ...r });
        break;
      }
      case 'containerDirective': {
        const kind = DIRECTIVE_KINDS[node.name];
        const at = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? source.length;
        if (!CLOSING_FENCE.test(source.slice(at, end))) {
          problems.push({
            offset: at,
            problem: `":::${node.name}" is never closed with a ":::" line, so everything after it would be taken out of the comparison`,
          });
        }
        if (kind === undefined) {
          problems.push({
            offset: at,
            problem: `":::${node.name}" is not a block the site knows: use :::caption or :::credit, or write the text as a paragraph`,
          });
          pushChildren(node.children);
          break;
        }
        const label = node.children.find((c) => c.type === 'paragraph' && c.data?.directiveLabel === true);
        if (
          label !== undefined ||
          (node.attributes !== undefined && node.attributes !== null && Object.keys(node.attributes).length > 0)
        ) {
          problems.push({
            offset: at,
            problem: `":::${node.name}" takes no [label] or {attributes}: put the ${node.name}'s text on the lines below it`,
          });
        }
        const r = range(node.children.filter((c) => c !== label));
        if (r) blocks.push({ kind, ...r });
        break;
      }
      case 'leafDirective': {
        // "::name[…]" is not a block the site knows: its line is shown as the text it is.
        const r = whole(node);
        if (r) blocks.push({ kind: 'paragraph', ...r });
        break;
      }
      case 'list':
        for (let i = node.children.length - 1; i >= 0; i--) {
          const item = node.children[i]!;
          // A marker alone ("2026." or "-" on its own line) is an empty item: its characters are the text.
          if (item.children.length === 0) {
            todo.push({ node: { type: 'paragraph', children: [], ...(item.position && { position: item.position }) } });
            continue;
          }
          for (let j = item.children.length - 1; j >= 0; j--) {
            const first = j === 0 && node.ordered === true && item.children[0]?.type === 'paragraph';
            todo.push({ node: item.children[j]!, itemStart: first ? item.position?.start.offset : undefined });
          }
        }
        break;
      case 'blockquote':
        pushChildren(node.children);
        break;
      default:
        // Frontmatter, thematic breaks and headings without text carry no words.
        break;
    }
  }
  return { blocks, problems };
}

/** The article's blocks in reading order. */
export function parseBlocks(source: string): ParsedBlock[] {
  return parseArticle(source).blocks;
}
