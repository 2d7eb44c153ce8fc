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

/**
 * Only blocks and their ranges are read here; sentences are cut from the source text itself. So
 * the inline constructs that never change where a block starts or ends (emphasis, links, images,
 * code spans, inline HTML, autolinks, escaped line breaks, text directives) are switched off:
 * parsing them was most of remark's time. Escapes and character references stay, since
 * block-level syntax such as link definitions reads them.
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
        'directiveText',
      ],
    },
  });
}

// remark is unified with remark-parse (and remark-stringify, unused here): only `parse` is called.
const processor = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective).use(remarkBlocksOnly);

/** Container directives that mark page furniture kept for display but left out of alignment. */
const DIRECTIVE_KINDS: Readonly<Record<string, BlockKind>> = { caption: 'caption', credit: 'credit' };

function range(nodes: readonly Nodes[]): { start: number; end: number } | undefined {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined || end <= start ? undefined : { start, end };
}

function collect(nodes: readonly RootContent[], out: ParsedBlock[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const r = range([node]);
        if (r) out.push({ kind: 'paragraph', ...r });
        break;
      }
      case 'heading': {
        const r = range(node.children);
        if (r) out.push({ kind: 'heading', depth: node.depth, ...r });
        break;
      }
      case 'containerDirective': {
        const kind = DIRECTIVE_KINDS[node.name];
        if (kind === undefined) {
          collect(node.children, out);
        } else {
          // The directive's label ([…]) is markup, not printed text; its content paragraphs are.
          const r = range(node.children.filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel === true)));
          if (r) out.push({ kind, ...r });
        }
        break;
      }
      case 'blockquote':
      case 'list':
      case 'listItem':
        collect(node.children, out);
        break;
      default:
        // Frontmatter, code, HTML, tables, rules and leaf directives carry no article prose.
        break;
    }
  }
}

/** The article's blocks in reading order. */
export function parseBlocks(source: string): ParsedBlock[] {
  const tree = processor.parse(source) as Root;
  const out: ParsedBlock[] = [];
  collect(tree.children, out);
  return out;
}
