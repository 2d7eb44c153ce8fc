/** An article's blocks grouped as they are laid out on its page. */
import type { OutletAnalysis } from '../lib/index.ts';

/** Runs of blocks as they are laid out: a photo caption keeps the credits that follow it. */
export interface BlockGroup {
  kind: 'paragraph' | 'heading' | 'figure' | 'credit';
  /** Indices into `OutletAnalysis.blocks`. */
  blocks: number[];
}

export function blockGroups(outlet: OutletAnalysis): BlockGroup[] {
  const groups: BlockGroup[] = [];
  outlet.blocks.forEach((block, i) => {
    const last = groups.at(-1);
    if (block.kind === 'credit' && last?.kind === 'figure') last.blocks.push(i);
    else groups.push({ kind: block.kind === 'caption' ? 'figure' : block.kind, blocks: [i] });
  });
  return groups;
}
